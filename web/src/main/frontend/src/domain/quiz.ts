import type { AttemptItem, QuestionRequest, QuestionType, QuestionView } from '../api/quiz'
import type { Role } from './roles'
import { fileExtension, formatFileSize, type FileProblem } from './policies'

/*
 * Quizzes (issue 7): the rules the pages follow. The clock is the server's: a page counts down
 * to the deadline the server set, corrected by how far the device's clock is off.
 */

/** Roles that build banks and papers and grade short answers; the API enforces the same rule. */
export const QUIZ_STAFF_ROLES: readonly Role[] = ['TRAINER', 'ORG_ADMIN', 'SYS_ADMIN']

export const QUESTION_TYPES: readonly QuestionType[] = [
  'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'FILL_IN', 'SHORT_ANSWER',
]

/** The headers of the trainers' question sheet (Chinese in every locale: they are what the sheets say). */
export const SHEET_HEADERS = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '解析', '难度', '标签'] as const

export const MAX_QUESTION_SHEET_BYTES = 10 * 1024 * 1024

/** Checked before uploading; the server checks again. */
export function checkQuestionSheet(file: { name: string; size: number } | null | undefined): FileProblem | null {
  if (!file) return { key: 'quiz.import.fileRequired' }
  if (fileExtension(file.name) !== 'xlsx') return { key: 'quiz.import.badType' }
  if (file.size === 0) return { key: 'policy.upload.emptyFile' }
  if (file.size > MAX_QUESTION_SHEET_BYTES) {
    return { key: 'quiz.import.tooLarge', params: { size: formatFileSize(MAX_QUESTION_SHEET_BYTES) } }
  }
  return null
}

/** How far the device's clock is behind the server's (ms), from an answer's serverTime. */
export function clockOffset(serverTime: string, receivedAt: number): number {
  return Date.parse(serverTime) - receivedAt
}

/** Milliseconds left until the server's deadline, never negative. */
export function remainingMillis(deadline: string, offset: number, now: number): number {
  return Math.max(0, Date.parse(deadline) - (now + offset))
}

/** 65_000 → "01:05", 3_725_000 → "1:02:05"; rounded up, so "00:00" means time is up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const mm = String(minutes).padStart(2, '0')
  const ss = String(seconds).padStart(2, '0')
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`
}

/** A multiple-choice answer with the key added or removed, keys sorted. */
export function toggleKey(response: readonly string[], key: string): string[] {
  const keys = new Set(response)
  if (keys.has(key)) keys.delete(key)
  else keys.add(key)
  return [...keys].sort()
}

/** Whether the learner has put something down for this question. */
export function isAnswered(item: Pick<AttemptItem, 'response'>): boolean {
  return item.response.some((part) => part.trim() !== '')
}

/** A fill-in response with exactly one entry per blank. */
export function blanksOf(item: Pick<AttemptItem, 'response' | 'blanks'>): string[] {
  return Array.from({ length: Math.max(1, item.blanks) }, (_, i) => item.response[i] ?? '')
}

/** The editor's form for a new question. */
export interface QuestionForm {
  type: QuestionType
  stem: string
  options: string[]
  /** Choice keys ticked (A, C) or T/F. */
  keys: string[]
  /** Fill-in: one line per blank, variants split by |; short answer: a reference answer. */
  answerText: string
  explanation: string
  rubric: string
  difficulty: number
  tags: string
}

export function emptyQuestionForm(): QuestionForm {
  return {
    type: 'SINGLE_CHOICE', stem: '', options: ['', '', '', ''], keys: [], answerText: '', explanation: '', rubric: '',
    difficulty: 3, tags: '',
  }
}

/** The editor's form for an existing question (q7-analytics): the inverse of {@link questionRequest}. */
export function questionForm(question: QuestionView): QuestionForm {
  const choice = question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE'
  const written = question.type === 'FILL_IN' || question.type === 'SHORT_ANSWER'
  return {
    type: question.type,
    stem: question.stem,
    options: choice ? [...question.options] : ['', '', '', ''],
    keys: choice ? (question.answer[0] ?? '').split('') : question.type === 'TRUE_FALSE' ? question.answer.slice(0, 1) : [],
    answerText: written ? question.answer.join('\n') : '',
    explanation: question.explanation ?? '',
    rubric: question.rubric ?? '',
    difficulty: question.difficulty,
    tags: question.tags.join(' '),
  }
}

/** The request for a form: options only for choices, the answer in the shape its type has. */
export function questionRequest(form: QuestionForm): QuestionRequest {
  const choice = form.type === 'SINGLE_CHOICE' || form.type === 'MULTIPLE_CHOICE'
  const lines = form.answerText.split('\n').map((line) => line.trim()).filter((line) => line !== '')
  const answer = choice || form.type === 'TRUE_FALSE' ? form.keys : form.type === 'FILL_IN' ? lines : lines.length ? [form.answerText.trim()] : []
  return {
    type: form.type,
    stem: form.stem.trim(),
    options: choice ? form.options.map((o) => o.trim()).filter((o) => o !== '') : [],
    answer,
    explanation: form.explanation.trim() || null,
    rubric: form.type === 'SHORT_ANSWER' ? form.rubric.trim() || null : null,
    difficulty: form.difficulty,
    tags: form.tags.split(/[,，;；、\s]+/).map((tag) => tag.trim()).filter((tag) => tag !== ''),
  }
}

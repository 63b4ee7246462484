import { api, sessionUpload, type UploadProgress } from './index'
import type { Page } from './types'
import { uploadForm } from './upload'

/* Quizzes and exams (issue 7): the shapes of /api/quiz as the server sends them. */

export type QuestionType = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TRUE_FALSE' | 'FILL_IN' | 'SHORT_ANSWER'
export type AnswerVisibility = 'AFTER_SUBMIT' | 'AFTER_CLOSE' | 'NEVER'
export type AttemptStatus = 'OPEN' | 'AWAITING_GRADING' | 'GRADED'

export interface BankView {
  id: number
  name: string
  ownerUnitCode: string
  shared: boolean
  questionCount: number
  editable: boolean
  shareable: boolean
  createdBy: string
  createdAt: string
}

export interface QuestionView {
  id: number
  bankId: number
  type: QuestionType
  stem: string
  options: string[]
  answer: string[]
  explanation: string | null
  rubric: string | null
  difficulty: number
  tags: string[]
  /** A signed link to the question's picture (q7-analytics). */
  imageUrl?: string
}

export interface QuestionRequest {
  type: QuestionType
  stem: string
  options: string[]
  answer: string[]
  explanation: string | null
  rubric: string | null
  difficulty: number
  tags: string[]
}

export interface ImportReport {
  fileName: string
  rows: number
  imported: number
  committed: boolean
  /** All of them; `problems` holds the first 200. */
  problemCount: number
  problems: { row: number; column: string; code: string; message: string }[]
}

export interface DrawRule {
  bankId: number
  tag: string | null
  type: QuestionType | null
  difficulty: number | null
  count: number
  points: number
}

export interface PaperRequest {
  title: string
  audienceUnitCode?: string | null
  courseId?: number | null
  requiredForCompletion?: boolean
  timeLimitSeconds: number
  maxAttempts: number
  passScore: number
  answerVisibility: AnswerVisibility
  creditHours?: number | null
  opensAt?: string | null
  closesAt?: string | null
  questions: { questionId: number; points: number }[]
  rules: DrawRule[]
  /** q7-analytics: a post-session quiz, or the posts and village rule narrowing the unit. */
  sessionId?: number | null
  audiencePositions?: string[]
  audienceWeakOnly?: boolean
}

export interface PaperView {
  id: number
  title: string
  ownerUnitCode: string
  audienceUnitCode: string
  courseId: number | null
  requiredForCompletion: boolean
  timeLimitSeconds: number
  maxAttempts: number
  passScore: number
  maxScore: number
  answerVisibility: AnswerVisibility
  creditHours: number
  opensAt: string | null
  closesAt: string | null
  publishedAt: string | null
  questions: { questionId: number; points: number; type: QuestionType; stem: string }[]
  rules: DrawRule[]
  sessionId: number | null
  audiencePositions: string[]
  audienceWeakOnly: boolean
}

export interface OfferedPaper {
  id: number
  title: string
  courseId: number | null
  timeLimitSeconds: number
  maxAttempts: number
  attemptsUsed: number
  passScore: number
  opensAt: string | null
  closesAt: string | null
  openAttemptId: string | null
  bestScore: number | null
  passed: boolean
  /** The session this post-session quiz belongs to (q7-analytics). */
  sessionId?: number | null
}

export interface AttemptItem {
  position: number
  type: QuestionType
  stem: string
  options: { key: string; text: string }[]
  blanks: number
  points: number
  response: string[]
  savedAt: string | null
  /** Null until the answers may be seen. */
  score: number | null
  correctAnswer: string[] | null
  explanation: string | null
  comment: string | null
  /** A signed link to the question's picture (q7-analytics). */
  imageUrl?: string
}

export interface AttemptView {
  id: string
  paperId: number
  paperTitle: string
  number: number
  status: AttemptStatus
  startedAt: string
  deadline: string
  serverTime: string
  remainingMillis: number
  submittedAt: string | null
  autoSubmitted: boolean
  maxScore: number
  passScore: number
  score: number | null
  passed: boolean | null
  /** The credit hours (学时) a pass of this paper earned. */
  creditHours: number | null
  answersVisible: boolean
  items: AttemptItem[]
}

export interface AttemptSummary {
  id: string
  learner: string
  orgUnitCode: string | null
  number: number
  status: AttemptStatus
  startedAt: string
  deadline: string
  submittedAt: string | null
  autoSubmitted: boolean
  score: number | null
  passed: boolean | null
}

export interface PendingAnswer {
  attemptId: string
  position: number
  paperId: number
  paperTitle: string
  learner: string
  submittedAt: string
  questionId: number
  stem: string
  rubric: string | null
  referenceAnswer: string[]
  points: number
  response: string[]
  score: number | null
  comment: string | null
}

const bankPath = (id: number, rest = '') => `/api/quiz/banks/${encodeURIComponent(String(id))}${rest}`
const paperPath = (id: number, rest = '') => `/api/quiz/papers/${encodeURIComponent(String(id))}${rest}`
const attemptPath = (id: string, rest = '') => `/api/quiz/attempts/${encodeURIComponent(id)}${rest}`

export const quizApi = {
  banks: (page = 1, size = 100) => api.get<Page<BankView>>('/api/quiz/banks', { page, size }),
  createBank: (name: string) => api.post<BankView>('/api/quiz/banks', { name }),
  share: (id: number, shared: boolean) => api.put<BankView>(bankPath(id, '/shared'), { shared }),
  questions: (bankId: number, query: { type?: QuestionType | ''; tag?: string; q?: string; page: number; size: number }) =>
    api.get<Page<QuestionView>>(bankPath(bankId, '/questions'), { ...query }),
  addQuestion: (bankId: number, question: QuestionRequest) =>
    api.post<QuestionView>(bankPath(bankId, '/questions'), question),
  deleteQuestion: (bankId: number, id: number) => api.delete<void>(bankPath(bankId, `/questions/${id}`)),
  /** Checks the sheet and adds all its questions, or none and the problems by row. */
  importSheet: (bankId: number, file: File, progress: UploadProgress = {}) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return uploadForm<ImportReport>(bankPath(bankId, '/imports'), form, sessionUpload(progress))
  },
  exportSheet: (bankId: number) => api.download(bankPath(bankId, '/export')),
  papers: (page = 1, size = 50) => api.get<Page<PaperView>>('/api/quiz/papers', { page, size }),
  createPaper: (paper: PaperRequest) => api.post<PaperView>('/api/quiz/papers', paper),
  publish: (id: number) => api.post<PaperView>(paperPath(id, '/publish')),
  attemptsAt: (id: number) => api.get<AttemptSummary[]>(paperPath(id, '/attempts')),
  offered: (page = 1, size = 50) => api.get<Page<OfferedPaper>>('/api/quiz/papers/offered', { page, size }),
  start: (paperId: number) => api.post<AttemptView>(paperPath(paperId, '/attempts')),
  attempt: (id: string) => api.get<AttemptView>(attemptPath(id)),
  save: (id: string, position: number, response: string[]) =>
    api.put<{ savedAt: string; deadline: string }>(attemptPath(id, `/answers/${position}`), { response }),
  submit: (id: string, answers: Record<number, string[]>) => api.post<AttemptView>(attemptPath(id, '/submit'), { answers }),
  pending: (page = 1, size = 50) => api.get<Page<PendingAnswer>>('/api/quiz/grading', { page, size }),
  grade: (attemptId: string, position: number, score: number, comment: string) =>
    api.put<PendingAnswer>(`/api/quiz/grading/${encodeURIComponent(attemptId)}/answers/${position}`, { score, comment }),
}

/* Analytics (考试分析), papers by session and audience, images (q7-analytics). */

export interface PaperAnalysis {
  paperId: number
  title: string
  passScore: number
  maxScore: number | null
  graded: number
  passed: number
  /** Fractions from 0 to 1; null when nothing was graded. */
  passRate: number | null
  meanScore: number | null
  awaitingGrading: number
  /** Graded attempts per tenth of maxScore, the last one including full marks. */
  histogram: number[]
  units: { code: string; name: string; graded: number; passed: number; passRate: number | null; meanScore: number | null }[]
  questions: QuestionStats[]
  weakestTags: { tag: string; asked: number; correct: number; shareCorrect: number | null }[]
}

export interface QuestionStats {
  questionId: number
  type: QuestionType
  stem: string
  tags: string[]
  asked: number
  answered: number
  correct: number
  shareCorrect: number | null
  /** Upper 27 % share correct less lower 27 %; null when a group was not asked the question. */
  discrimination: number | null
  wrongOption?: string
  wrongOptionText?: string
  wrongOptionChosen?: number
}

export const quizMoreApi = {
  analysis: (paperId: number) => api.get<PaperAnalysis>(paperPath(paperId, '/analytics')),
  rewriteQuestion: (bankId: number, id: number, question: QuestionRequest) =>
    api.put<QuestionView>(bankPath(bankId, `/questions/${id}`), question),
  /** Shows a PNG, JPEG or WebP picture (≤ 2 MiB) with the question. */
  showImage: (bankId: number, id: number, file: File) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return uploadForm<QuestionView>(bankPath(bankId, `/questions/${id}/image`), form, sessionUpload({}))
  },
  updatePaper: (id: number, paper: PaperRequest) => api.put<PaperView>(paperPath(id), paper),
}

import { describe, expect, it } from 'vitest'
import {
  blanksOf,
  checkQuestionSheet,
  clockOffset,
  emptyQuestionForm,
  formatRemaining,
  isAnswered,
  questionForm,
  questionRequest,
  remainingMillis,
  toggleKey,
} from './quiz'
import type { QuestionView } from '../api/quiz'

describe('the server clock', () => {
  it('counts down to the deadline even when the device clock is off', () => {
    const receivedAt = Date.parse('2026-11-25T08:00:00Z') - 90_000 // the device is 90 s behind
    const offset = clockOffset('2026-11-25T08:00:00Z', receivedAt)
    expect(offset).toBe(90_000)
    expect(remainingMillis('2026-11-25T08:10:00Z', offset, receivedAt)).toBe(600_000)
    expect(remainingMillis('2026-11-25T08:10:00Z', offset, receivedAt + 700_000)).toBe(0)
  })

  it('shows minutes and seconds, and hours when there are any', () => {
    expect(formatRemaining(65_000)).toBe('01:05')
    expect(formatRemaining(3_725_000)).toBe('1:02:05')
    expect(formatRemaining(400)).toBe('00:01')
    expect(formatRemaining(0)).toBe('00:00')
  })
})

describe('answers', () => {
  it('toggles multiple-choice keys and keeps them sorted', () => {
    expect(toggleKey(['C'], 'A')).toEqual(['A', 'C'])
    expect(toggleKey(['A', 'C'], 'A')).toEqual(['C'])
  })

  it('knows an unanswered question and gives every blank an entry', () => {
    expect(isAnswered({ response: [] })).toBe(false)
    expect(isAnswered({ response: [' ', ''] })).toBe(false)
    expect(isAnswered({ response: ['', '生态宜居'] })).toBe(true)
    expect(blanksOf({ response: ['甲'], blanks: 3 })).toEqual(['甲', '', ''])
    expect(blanksOf({ response: [], blanks: 0 })).toEqual([''])
  })
})

describe('the question editor', () => {
  it('sends options and keys for choices only', () => {
    const form = { ...emptyQuestionForm(), stem: ' 哪一星是基础？ ', options: ['支部过硬', '产业兴旺', '', ''], keys: ['A'], tags: 'star:支部过硬，policy:12' }
    expect(questionRequest(form)).toMatchObject({
      type: 'SINGLE_CHOICE', stem: '哪一星是基础？', options: ['支部过硬', '产业兴旺'], answer: ['A'],
      tags: ['star:支部过硬', 'policy:12'], rubric: null,
    })
    expect(questionRequest({ ...form, type: 'TRUE_FALSE', keys: ['T'] })).toMatchObject({ options: [], answer: ['T'] })
  })

  it('sends one answer per blank for fill-in and one text for a short answer', () => {
    const form = { ...emptyQuestionForm(), type: 'FILL_IN' as const, answerText: '生态宜居|生态宜居星\n\n支部过硬\n' }
    expect(questionRequest(form).answer).toEqual(['生态宜居|生态宜居星', '支部过硬'])
    const essay = { ...form, type: 'SHORT_ANSWER' as const, answerText: '第一点\n第二点', rubric: '要点' }
    expect(questionRequest(essay)).toMatchObject({ answer: ['第一点\n第二点'], rubric: '要点' })
  })
})

describe('question sheets', () => {
  it('takes .xlsx only, not empty, not too large', () => {
    expect(checkQuestionSheet(null)?.key).toBe('quiz.import.fileRequired')
    expect(checkQuestionSheet({ name: '题库.xls', size: 10 })?.key).toBe('quiz.import.badType')
    expect(checkQuestionSheet({ name: '题库.xlsx', size: 0 })?.key).toBe('policy.upload.emptyFile')
    expect(checkQuestionSheet({ name: '题库.xlsx', size: 11 * 1024 * 1024 })?.key).toBe('quiz.import.tooLarge')
    expect(checkQuestionSheet({ name: '题库.XLSX', size: 1000 })).toBeNull()
  })
})

describe('editing a question (q7-analytics)', () => {
  const base = { id: 7, bankId: 1, explanation: '解析', rubric: null, difficulty: 2, tags: ['star:产业兴旺', 'course:3'] }

  it('fills the form from a stored question so that saving it unchanged sends the same question', () => {
    const stored: [QuestionView, string[]][] = [
      [{ ...base, type: 'MULTIPLE_CHOICE', stem: '哪些属于五星？', options: ['支部过硬', '产业兴旺', '打牌'], answer: ['AB'] }, ['A', 'B']],
      [{ ...base, type: 'TRUE_FALSE', stem: '第一书记由县委选派。', options: [], answer: ['T'] }, ['T']],
      [{ ...base, type: 'FILL_IN', stem: '____星，____星。', options: [], answer: ['生态宜居|生态宜居星', '乡风文明'] },
        ['生态宜居|生态宜居星', '乡风文明']],
    ]
    for (const [question, answer] of stored) {
      expect(questionRequest(questionForm(question))).toEqual({
        type: question.type, stem: question.stem, options: question.options, answer,
        explanation: '解析', rubric: null, difficulty: 2, tags: ['star:产业兴旺', 'course:3'],
      })
    }
  })

  it('ticks each key of a multiple-choice answer', () => {
    const form = questionForm({ ...base, type: 'MULTIPLE_CHOICE', stem: 's', options: ['a', 'b', 'c', 'd'], answer: ['ACD'] })
    expect(form.keys).toEqual(['A', 'C', 'D'])
  })
})

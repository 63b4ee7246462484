import { describe, expect, it } from 'vitest'
import type { PeopleImportView } from '../api/types'
import { CHECK_POLL_MS, MAX_SHEET_BYTES, canCommit, checkSheetFile, untilChecked, writesOf } from './peopleImport'

const view = (over: Partial<PeopleImportView> = {}): PeopleImportView => ({
  id: 'x',
  fileName: '太康县.xlsx',
  unitCode: '411627000000',
  state: 'CHECKED',
  progress: { phase: 'DONE', percent: 100 },
  checkedAt: '2026-11-25T04:00:00Z',
  rows: 10,
  columns: {},
  unrecognizedColumns: [],
  changes: { NEW: 2, UPDATED: 1, MOVED: 1, REACTIVATED: 0, UNCHANGED: 6 },
  leftOut: 3,
  leftOutPeople: [],
  problemCount: 0,
  problems: [],
  committed: false,
  written: null,
  ...over,
})

describe('checkSheetFile', () => {
  it('takes .xlsx and .csv up to the limit', () => {
    expect(checkSheetFile({ name: '太康县.XLSX', size: 1000 })).toBeNull()
    expect(checkSheetFile({ name: 'people.csv', size: MAX_SHEET_BYTES })).toBeNull()
  })

  it('says what is wrong with anything else', () => {
    expect(checkSheetFile(null)?.key).toBe('peopleImport.fileRequired')
    expect(checkSheetFile({ name: 'old.xls', size: 10 })?.key).toBe('peopleImport.oldXls')
    expect(checkSheetFile({ name: 'people.pdf', size: 10 })?.key).toBe('peopleImport.badType')
    expect(checkSheetFile({ name: 'empty.csv', size: 0 })?.key).toBe('policy.upload.emptyFile')
    expect(checkSheetFile({ name: 'big.csv', size: MAX_SHEET_BYTES + 1 })?.key).toBe('peopleImport.tooLarge')
  })
})

describe('canCommit', () => {
  it('needs a preview without problems that was not committed yet', () => {
    expect(canCommit(view())).toBe(true)
    expect(canCommit(null)).toBe(false)
    expect(canCommit(view({ problemCount: 1 }))).toBe(false)
    expect(canCommit(view({ committed: true }))).toBe(false)
  })
})

describe('writesOf', () => {
  it('counts the rows that change and the departures asked for', () => {
    expect(writesOf(view(), false)).toBe(4)
    expect(writesOf(view(), true)).toBe(7)
  })
})

describe('untilChecked', () => {
  it('reports each state of a running check, pausing between polls, and resolves with the preview', async () => {
    const reading = view({ state: 'CHECKING', progress: { phase: 'READING', percent: 40 } })
    const matching = view({ state: 'CHECKING', progress: { phase: 'MATCHING', percent: 90 } })
    const answers = [matching, view()]
    const seen: number[] = []
    const pauses: number[] = []

    const done = await untilChecked(
      reading,
      async (id) => {
        expect(id).toBe('x')
        return answers.shift()!
      },
      (v) => seen.push(v.progress.percent),
      async (ms) => {
        pauses.push(ms)
      },
    )

    expect(done.state).toBe('CHECKED')
    expect(seen).toEqual([40, 90])
    expect(pauses).toEqual([CHECK_POLL_MS, CHECK_POLL_MS])
  })

  it('returns a preview that came back checked at once without polling', async () => {
    const done = await untilChecked(view(), () => Promise.reject(new Error('no poll expected')), () => {})
    expect(done.rows).toBe(10)
  })

  it('rejects with the failure of the check', async () => {
    const failing = untilChecked(
      view({ state: 'CHECKING' }),
      () => Promise.reject(new Error('missing columns')),
      () => {},
      async () => {},
    )
    await expect(failing).rejects.toThrow('missing columns')
  })
})

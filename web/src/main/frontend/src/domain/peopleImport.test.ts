import { describe, expect, it } from 'vitest'
import type { PeopleImportView } from '../api/types'
import { MAX_SHEET_BYTES, canCommit, checkSheetFile, writesOf } from './peopleImport'

const view = (over: Partial<PeopleImportView> = {}): PeopleImportView => ({
  id: 'x',
  fileName: '太康县.xlsx',
  unitCode: '411627000000',
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

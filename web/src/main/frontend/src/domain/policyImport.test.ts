import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '../api/client'
import type { PolicyImportJob } from '../api/types'
import en from '../i18n/en'
import zhCN from '../i18n/zh-CN'
import {
  IMPORT_COLUMNS,
  MAX_IMPORT_BYTES,
  checkImportFile,
  describeImportFailure,
  importFinished,
  importView,
  sortImportErrors,
} from './policyImport'

const job = (patch: Partial<PolicyImportJob>): PolicyImportJob => ({
  id: '7d0c1a52-7a43-4a59-9d61-2b8a4b0c7e11',
  state: 'VALIDATING',
  done: 0,
  total: 0,
  imported: 0,
  errors: [],
  ...patch,
})

describe('import job → what the dialog shows', () => {
  it('shows validation progress as done / total', () => {
    const view = importView(job({ state: 'VALIDATING', done: 12, total: 40 }))
    expect(view).toEqual({ kind: 'processing', step: 'validating', done: 12, total: 40, percent: 30, indeterminate: false })
    expect(importFinished(view)).toBe(false)
  })

  it('shows the import step once validation passed', () => {
    expect(importView(job({ state: 'IMPORTING', done: 40, total: 40 }))).toMatchObject({
      kind: 'processing',
      step: 'importing',
      percent: 100,
    })
  })

  it('moves the bar without numbers while the total is unknown', () => {
    expect(importView(job({ state: 'VALIDATING', done: 0, total: 0 }))).toMatchObject({
      kind: 'processing',
      percent: 0,
      indeterminate: true,
    })
  })

  it('keeps polling a state it does not know (a newer server may queue jobs)', () => {
    const view = importView(job({ state: 'QUEUED' }))
    expect(view.kind).toBe('processing')
    expect(importFinished(view)).toBe(false)
  })

  it('clamps odd counters from the server', () => {
    expect(
      importView(job({ state: 'IMPORTING', done: 50, total: 40 })),
    ).toMatchObject({ done: 40, total: 40, percent: 100 })
    expect(
      importView(job({ state: 'IMPORTING', done: -3, total: Number.NaN })),
    ).toMatchObject({ done: 0, total: 0, indeterminate: true })
  })

  it('reports the number imported when done', () => {
    const view = importView(job({ state: 'DONE', done: 40, total: 40, imported: 40 }))
    expect(view).toEqual({ kind: 'done', imported: 40 })
    expect(importFinished(view)).toBe(true)
  })

  it('lists the problems when failed, rows in sheet order, zip-wide problems first', () => {
    const view = importView(
      job({
        state: 'FAILED',
        errors: [
          { file: 'b.pdf', row: 5, message: '发文日期格式应为 yyyy-mm-dd' },
          { file: 'a.pdf', row: 3, message: '压缩包中没有此文件' },
          { file: null, row: null, message: '缺少表头：内部' },
          { file: 'a.pdf', row: 3, message: '层级只能是省级、市级、县级或乡镇级' },
        ],
      }),
    )
    expect(importFinished(view)).toBe(true)
    expect(view).toEqual({
      kind: 'failed',
      errors: [
        { file: null, row: null, message: '缺少表头：内部' },
        { file: 'a.pdf', row: 3, message: '压缩包中没有此文件' },
        { file: 'a.pdf', row: 3, message: '层级只能是省级、市级、县级或乡镇级' },
        { file: 'b.pdf', row: 5, message: '发文日期格式应为 yyyy-mm-dd' },
      ],
    })
  })

  it('treats missing error fields as empty', () => {
    expect(importView(job({ state: 'FAILED', errors: undefined as never }))).toEqual({ kind: 'failed', errors: [] })
    expect(sortImportErrors([{ file: '', row: undefined as never, message: 'x' }])).toEqual([
      { file: null, row: null, message: 'x' },
    ])
  })

  it('shows row 0 (the archive as a whole) without a row number, first', () => {
    expect(
      sortImportErrors([
        { file: 'a.pdf', row: 2, message: '标题不能为空' },
        { file: null, row: 0, message: '压缩包中没有 metadata.xlsx' },
      ]),
    ).toEqual([
      { file: null, row: null, message: '压缩包中没有 metadata.xlsx' },
      { file: 'a.pdf', row: 2, message: '标题不能为空' },
    ])
  })
})

describe('zip checks before sending', () => {
  it('wants a non-empty .zip of at most 200 MB', () => {
    expect(checkImportFile(null)).toEqual({ key: 'policy.import.fileRequired' })
    expect(checkImportFile({ name: 'docs.rar', size: 10 })).toEqual({ key: 'policy.import.badType' })
    expect(checkImportFile({ name: 'docs.zip', size: 0 })).toEqual({ key: 'policy.upload.emptyFile' })
    expect(checkImportFile({ name: 'docs.zip', size: MAX_IMPORT_BYTES + 1 })).toEqual({
      key: 'policy.import.tooLarge',
      params: { size: '200 MB' },
    })
    expect(checkImportFile({ name: '2024 文件.ZIP', size: MAX_IMPORT_BYTES })).toBeNull()
  })
})

describe('refused imports', () => {
  const refused = (status: number, body: Record<string, unknown>) =>
    new ApiError({ status, title: body.title as string, detail: body.detail as string, type: body.type as string })

  it('shows the detail of invalid-import with advice about the sheet', () => {
    const failure = describeImportFailure(
      refused(400, { type: 'urn:zhixing:problem:invalid-import', title: 'Invalid import', detail: '压缩包中没有 metadata.xlsx' }),
    )
    expect(failure.notice).toEqual({ kind: 'text', text: '压缩包中没有 metadata.xlsx' })
    expect(failure.hintKey).toBe('policy.import.hint.invalid')
  })

  it('words a bare 413 with the import limit, not the single file limit', () => {
    const failure = describeImportFailure(new ApiError({ status: 413, title: 'Payload Too Large' }))
    expect(failure.kind).toBe('tooLarge')
    expect(failure.notice).toEqual({ kind: 'key', key: 'policy.import.tooLarge', params: { size: '200 MB' } })
    expect(failure.hintKey).toBe('policy.import.hint.tooLarge')
  })

  it('keeps the server detail of document-too-large', () => {
    const failure = describeImportFailure(
      refused(413, { type: 'urn:zhixing:problem:document-too-large', detail: '压缩包超过 200 MB' }),
    )
    expect(failure.notice).toEqual({ kind: 'text', text: '压缩包超过 200 MB' })
  })

  it('is silent on 401 and words network errors', () => {
    expect(describeImportFailure(new ApiError({ status: 401 })).notice).toEqual({ kind: 'silent' })
    expect(describeImportFailure(new NetworkError(new Error('x'))).notice).toEqual({ kind: 'key', key: 'error.network' })
  })
})

describe('messages', () => {
  it('has every key the dialog uses in both languages', () => {
    for (const messages of [zhCN, en]) {
      for (const column of IMPORT_COLUMNS) expect(messages.policy.import.columns[column.key]).toBeTruthy()
      expect(messages.policy.import.done).toContain('{n}')
      expect(messages.policy.import.hint.invalid).toBeTruthy()
    }
    expect(zhCN.policy.import.done).toBe('已导入 {n} 份文件')
    expect(zhCN.policy.import.nothingImported).toBe('未导入任何文件，请修正后重新导入')
  })
})

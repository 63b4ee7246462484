import type { PolicyImportError, PolicyImportJob } from '../api/types'
import { ApiError } from '../api/client'
import { describeUploadFailure, problemSlug, type UploadFailure } from '../api/upload'
import { fileExtension, formatFileSize, progressPercent, type FileProblem } from './policies'

/*
 * Bulk import of policy documents: a .zip with the files plus metadata.xlsx. The server validates
 * every row first and imports all or nothing; the portal polls the job and shows where it stands.
 */

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024
export const IMPORT_FILE_ACCEPT = '.zip,application/zip'
export const IMPORT_POLL_MS = 500

/** The sheet's headers, exactly as the server reads them (Chinese in every locale), in order. */
export const IMPORT_COLUMNS = [
  { header: '文件名', key: 'fileName' },
  { header: '文号', key: 'docNumber' },
  { header: '标题', key: 'title' },
  { header: '发文机关', key: 'authority' },
  { header: '层级', key: 'level' },
  { header: '发文日期', key: 'issueDate' },
  { header: '文种', key: 'type' },
  { header: '标签', key: 'tags' },
  { header: '内部', key: 'internal' },
] as const

/** Checked before sending up to 200 MB over a village connection; the server checks again. */
export function checkImportFile(file: { name: string; size: number } | null | undefined): FileProblem | null {
  if (!file) return { key: 'policy.import.fileRequired' }
  if (fileExtension(file.name) !== 'zip') return { key: 'policy.import.badType' }
  if (file.size === 0) return { key: 'policy.upload.emptyFile' }
  if (file.size > MAX_IMPORT_BYTES) {
    return { key: 'policy.import.tooLarge', params: { size: formatFileSize(MAX_IMPORT_BYTES) } }
  }
  return null
}

/** What the dialog shows for a job the server reported. */
export type ImportView =
  | {
      kind: 'processing'
      /** validating: checking every row and file; importing: storing and indexing them. */
      step: 'validating' | 'importing'
      done: number
      total: number
      percent: number
      /** No total yet: the bar just moves. */
      indeterminate: boolean
    }
  | { kind: 'done'; imported: number }
  | { kind: 'failed'; errors: PolicyImportError[] }

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0

/** Row 0 (or none) is the archive as a whole, shown without a row number. */
const sheetRow = (row: unknown): number | null => (typeof row === 'number' && row > 0 ? row : null)

/** Rows in sheet order; problems of the zip as a whole (no row) first. */
export function sortImportErrors(errors: readonly PolicyImportError[] | null | undefined): PolicyImportError[] {
  return (errors ?? [])
    .map((error) => ({ ...error, row: sheetRow(error.row) }))
    .map((error, index) => ({ error, index }))
    .sort((a, b) => {
      const ra = a.error.row ?? -Infinity
      const rb = b.error.row ?? -Infinity
      return ra === rb ? a.index - b.index : ra < rb ? -1 : 1
    })
    .map(({ error }) => ({ file: error.file || null, row: error.row ?? null, message: error.message ?? '' }))
}

export function importView(job: PolicyImportJob): ImportView {
  switch (job.state) {
    case 'DONE':
      return { kind: 'done', imported: count(job.imported) }
    case 'FAILED':
      return { kind: 'failed', errors: sortImportErrors(job.errors) }
    default: {
      // VALIDATING, IMPORTING, or a state a newer server adds before these (queued…): keep polling.
      const done = count(job.done)
      const total = count(job.total)
      return {
        kind: 'processing',
        step: job.state === 'IMPORTING' ? 'importing' : 'validating',
        done: Math.min(done, total || done),
        total,
        percent: progressPercent(done, total),
        indeterminate: total === 0,
      }
    }
  }
}

/** Whether the dialog should ask for the job again. */
export const importFinished = (view: ImportView): boolean => view.kind !== 'processing'

const IMPORT_HINTS: Partial<Record<UploadFailure['kind'], string>> = {
  tooLarge: 'policy.import.hint.tooLarge',
  unsupported: 'policy.import.hint.unsupported',
}

/**
 * A refused import (problem+json on the POST or on polling): like a single upload's failure,
 * with the import's own size limit and advice instead of the single file's.
 */
export function describeImportFailure(error: unknown): UploadFailure {
  const failure = describeUploadFailure(error)
  let { notice } = failure
  if (failure.kind === 'tooLarge' && notice.kind === 'key' && notice.key === 'policy.upload.tooLarge') {
    notice = { kind: 'key', key: 'policy.import.tooLarge', params: { size: formatFileSize(MAX_IMPORT_BYTES) } }
  }
  const invalid = error instanceof ApiError && problemSlug(error.problem.type) === 'invalid-import'
  const hintKey = invalid ? 'policy.import.hint.invalid' : (IMPORT_HINTS[failure.kind] ?? null)
  return { ...failure, notice, hintKey, fieldErrors: {} }
}

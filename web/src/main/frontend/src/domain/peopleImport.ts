import type { PeopleChange, PeopleImportView } from '../api/types'
import { fileExtension, formatFileSize, type FileProblem } from './policies'

/*
 * People sheets: the server checks a sheet and previews what it would change; the admin commits
 * it, all rows or none. The page shows the preview in this order.
 */

export const MAX_SHEET_BYTES = 50 * 1024 * 1024
export const SHEET_FILE_ACCEPT =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'

/** The template's headers (Chinese in every locale: they are what the sheets say). */
export const TEMPLATE_HEADERS = [
  '姓名', '性别', '手机号', '身份证号', '县(市、区)', '乡镇(街道)', '村(社区)', '区划代码', '职务', '是否驻村第一书记', '派出单位',
] as const

export const CHANGES: readonly PeopleChange[] = ['NEW', 'UPDATED', 'MOVED', 'REACTIVATED', 'UNCHANGED']

/** Checked before uploading over a village connection; the server checks again. */
export function checkSheetFile(file: { name: string; size: number } | null | undefined): FileProblem | null {
  if (!file) return { key: 'peopleImport.fileRequired' }
  const extension = fileExtension(file.name)
  if (extension === 'xls') return { key: 'peopleImport.oldXls' }
  if (extension !== 'xlsx' && extension !== 'csv') return { key: 'peopleImport.badType' }
  if (file.size === 0) return { key: 'policy.upload.emptyFile' }
  if (file.size > MAX_SHEET_BYTES) {
    return { key: 'peopleImport.tooLarge', params: { size: formatFileSize(MAX_SHEET_BYTES) } }
  }
  return null
}

/** A sheet can be committed once, and only without a single problem. */
export function canCommit(view: PeopleImportView | null): boolean {
  return view !== null && !view.committed && view.problemCount === 0
}

/** Rows the commit would write: everything but the unchanged, plus those marked departed if asked. */
export function writesOf(view: PeopleImportView, departLeftOut: boolean): number {
  const changed = CHANGES.filter((change) => change !== 'UNCHANGED')
    .map((change) => view.changes[change] ?? 0)
    .reduce((sum, n) => sum + n, 0)
  return changed + (departLeftOut ? view.leftOut : 0)
}

/** How often the page asks how far a check has got. */
export const CHECK_POLL_MS = 500

/**
 * Follows a sheet's check until it is done: reports each state while it runs, then resolves with
 * the preview. A failed check (a sheet without the needed columns …) rejects with its problem.
 */
export async function untilChecked(
  first: PeopleImportView,
  get: (id: string) => Promise<PeopleImportView>,
  onProgress: (view: PeopleImportView) => void,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<PeopleImportView> {
  let view = first
  while (view.state === 'CHECKING') {
    onProgress(view)
    await pause(CHECK_POLL_MS)
    view = await get(view.id)
  }
  return view
}

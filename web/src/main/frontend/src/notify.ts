import { ElMessage } from 'element-plus'
import { errorNotice } from './api/errors'
import { i18n } from './i18n'

/** Shows a failed API call in an ElMessage, in the current language. */
export function showError(error: unknown): void {
  const notice = errorNotice(error)
  if (notice.kind === 'silent') return
  const message = notice.kind === 'key' ? i18n.global.t(notice.key, notice.params ?? {}) : notice.text
  ElMessage({ type: 'error', message, grouping: true, showClose: true })
}

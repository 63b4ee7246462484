import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { policyApi } from '../api'
import { showError } from '../notify'

/** Publish / withdraw a document after asking; resolves true when the server accepted it. */
export function usePolicyActions() {
  const { t } = useI18n()

  async function confirmed(message: string, confirmKey: string): Promise<boolean> {
    try {
      await ElMessageBox.confirm(message, t('policy.actions.confirmTitle'), {
        type: 'warning',
        confirmButtonText: t(confirmKey),
        cancelButtonText: t('policy.form.cancel'),
      })
      return true
    } catch {
      return false // cancelled or closed
    }
  }

  async function publish(document: { id: number; title: string }): Promise<boolean> {
    if (!(await confirmed(t('policy.actions.confirmPublish', { name: document.title }), 'policy.actions.publish'))) {
      return false
    }
    try {
      await policyApi.publish(document.id)
      ElMessage({ type: 'success', message: t('policy.actions.published') })
      return true
    } catch (error) {
      showError(error)
      return false
    }
  }

  async function unpublish(document: { id: number; title: string }): Promise<boolean> {
    if (
      !(await confirmed(t('policy.actions.confirmUnpublish', { name: document.title }), 'policy.actions.unpublish'))
    ) {
      return false
    }
    try {
      await policyApi.unpublish(document.id)
      ElMessage({ type: 'success', message: t('policy.actions.unpublished') })
      return true
    } catch (error) {
      showError(error)
      return false
    }
  }

  return { publish, unpublish }
}

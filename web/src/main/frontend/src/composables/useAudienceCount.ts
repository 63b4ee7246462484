import { onBeforeUnmount, ref, watch } from 'vue'
import { calendarApi } from '../api/calendar'
import type { AudienceRule } from '../api/sessions'

/**
 * How many people an audience rule (and people added by name) picks now, asked half a second after the editor last
 * changed them; null while there is nothing to count or the server refuses (saving then says what is wrong). Sessions
 * and training plans both show it; an answer overtaken by a later change is dropped.
 */
export function useAudienceCount(source: () => { rule: AudienceRule; additions: string[] }) {
  const count = ref<number | null>(null)
  const counting = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let asked = 0

  async function ask(): Promise<void> {
    const { rule, additions } = source()
    const complete = /^\d{12}$/.test(rule.unitCode) ? { ...rule } : null
    const question = ++asked
    if (!complete && additions.length === 0) {
      count.value = null
      return
    }
    counting.value = true
    try {
      const people = (await calendarApi.audienceSize(complete, additions)).people
      if (question === asked) count.value = people
    } catch {
      if (question === asked) count.value = null
    } finally {
      if (question === asked) counting.value = false
    }
  }

  watch(source, () => {
    clearTimeout(timer)
    timer = setTimeout(() => void ask(), 500)
  }, { deep: true, immediate: true })
  onBeforeUnmount(() => clearTimeout(timer))
  return { count, counting }
}

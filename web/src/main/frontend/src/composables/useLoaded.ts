import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { ApiError } from '../api/client'
import { errorNotice } from '../api/errors'
import { problemMessage } from '../api/problem'
import { i18n } from '../i18n'

/** What a person reads about a failed call shown in place: the server's detail (even of a 403), else the notice. */
export function errorText(error: unknown): string | null {
  if (error instanceof ApiError) {
    const text = problemMessage(error.problem)
    if (text) return text
  }
  const notice = errorNotice(error)
  if (notice.kind === 'silent') return null
  return notice.kind === 'key' ? i18n.global.t(notice.key, notice.params ?? {}) : notice.text
}

export interface Loaded<T> {
  data: ShallowRef<T | null>
  loading: Ref<boolean>
  /** The failure to show in place of the data, readable. */
  error: Ref<string | null>
  /** The HTTP status of the failure, if the server answered. */
  status: Ref<number | null>
  reload: () => Promise<void>
}

/**
 * Data that follows its inputs: loaded again whenever `key` changes (a plan, a unit, a month), with its loading state
 * and a readable error; an answer that arrives after newer inputs were asked for is dropped. `load` answering null
 * means "nothing to load" (no plan picked yet).
 */
export function useLoaded<T>(key: () => unknown, load: () => Promise<T> | null): Loaded<T> {
  const data = shallowRef<T | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  const status = ref<number | null>(null)
  let ticket = 0

  async function reload(): Promise<void> {
    const mine = ++ticket
    const pending = load()
    error.value = null
    status.value = null
    if (!pending) {
      data.value = null
      return
    }
    loading.value = true
    try {
      const answer = await pending
      if (mine === ticket) data.value = answer
    } catch (failure) {
      if (mine !== ticket) return
      data.value = null
      error.value = errorText(failure)
      status.value = failure instanceof ApiError ? failure.status : null
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  watch(key, () => void reload(), { immediate: true, deep: true })
  return { data, loading, error, status, reload }
}

import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { ApiError, NetworkError } from '../api/client'
import { errorText, useLoaded } from './useLoaded'

/** A promise and its resolvers, to answer calls in an order of the test's choosing. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('data that follows its inputs', () => {
  it('keeps the answer to the newest inputs when an older one arrives late', async () => {
    const unit = ref('411627000000')
    const calls = new Map<string, ReturnType<typeof deferred<string>>>()
    const loaded = useLoaded(() => unit.value, () => {
      const call = deferred<string>()
      calls.set(unit.value, call)
      return call.promise
    })
    expect(loaded.loading.value).toBe(true)
    unit.value = '411625000000'
    await nextTick()
    calls.get('411625000000')!.resolve('郸城县')
    await settle()
    calls.get('411627000000')!.resolve('太康县')
    await settle()
    expect(loaded.data.value).toBe('郸城县')
    expect(loaded.loading.value).toBe(false)
  })

  it('shows a refusal in the server own words, with its status', async () => {
    const loaded = useLoaded(() => 1, () => Promise.reject(new ApiError({
      status: 403, title: '超出管理范围', detail: '机构 411625000000 不在您的管理范围内。',
    })))
    await settle()
    expect(loaded.data.value).toBeNull()
    expect(loaded.error.value).toBe('机构 411625000000 不在您的管理范围内。')
    expect(loaded.status.value).toBe(403)
  })

  it('loads nothing while there is nothing to load', async () => {
    const loaded = useLoaded(() => null, () => null)
    await settle()
    expect(loaded.loading.value).toBe(false)
    expect(loaded.data.value).toBeNull()
    expect(loaded.error.value).toBeNull()
  })
})

describe('error texts', () => {
  it('falls back to the portal words when the server said nothing readable', () => {
    expect(errorText(new ApiError({ status: 403 }))).toBe('无权访问')
    expect(errorText(new NetworkError(new Error('offline')))).toBeTruthy()
    expect(errorText(new ApiError({ status: 401 }))).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, otherLocale, readStoredLocale, resolveLocale, storeLocale } from './locale'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  }
}

describe('locale', () => {
  it('starts in Chinese', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN')
    expect(readStoredLocale(memoryStorage())).toBe('zh-CN')
    expect(readStoredLocale(undefined)).toBe('zh-CN')
  })

  it('remembers the chosen language', () => {
    const storage = memoryStorage()
    storeLocale(storage, 'en')
    expect(storage.data.get(LOCALE_STORAGE_KEY)).toBe('en')
    expect(readStoredLocale(storage)).toBe('en')
  })

  it('ignores a stored value it does not know', () => {
    expect(resolveLocale('fr')).toBe('zh-CN')
    expect(readStoredLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'zh-TW' }))).toBe('zh-CN')
  })

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    expect(readStoredLocale(broken)).toBe('zh-CN')
    expect(() => storeLocale(broken, 'en')).not.toThrow()
  })

  it('switches between the two languages', () => {
    expect(otherLocale('zh-CN')).toBe('en')
    expect(otherLocale('en')).toBe('zh-CN')
  })
})

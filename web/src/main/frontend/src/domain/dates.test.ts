import { describe, expect, it } from 'vitest'
import { formatCount, formatDate, formatDateTime } from './dates'

describe('dates', () => {
  it('shows instants in Beijing time whatever the device zone', () => {
    // 16:30 UTC on 1 January is 00:30 on 2 January in Asia/Shanghai.
    expect(formatDateTime('2026-01-01T16:30:00Z', 'zh-CN')).toBe('2026/01/02 00:30')
    expect(formatDate('2026-01-01T16:30:00Z', 'zh-CN')).toBe('2026年1月2日星期五')
    expect(formatDate('2026-01-01T16:30:00Z', 'en')).toBe('Friday, January 2, 2026')
  })

  it('groups large counts by locale and shows a dash for a missing one', () => {
    expect(formatCount(12345, 'en')).toBe('12,345')
    expect(formatCount(null, 'zh-CN')).toBe('—')
  })
})

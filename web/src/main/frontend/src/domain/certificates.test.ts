import { describe, expect, it } from 'vitest'
import { chinaYear, formatHours, recordYears, verifyNumberOf } from './certificates'

describe('certificates', () => {
  it('prints credit hours without trailing zeros', () => {
    expect(formatHours(2)).toBe('2')
    expect(formatHours(0.5)).toBe('0.5')
    expect(formatHours(1.50000001)).toBe('1.5')
  })

  it('takes the year of China, where New Year comes eight hours before UTC', () => {
    expect(chinaYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027)
    expect(chinaYear(new Date('2026-12-31T15:30:00Z'))).toBe(2026)
    expect(recordYears(new Date('2026-06-01T00:00:00Z'))).toEqual([2026, 2025, 2024, 2023, 2022, 2021])
  })

  it('recognises a verification address and nothing else', () => {
    expect(verifyNumberOf('/verify/ZX-2026-48213907-1')).toBe('ZX-2026-48213907-1')
    expect(verifyNumberOf('/verify/ZX%202026/')).toBe('ZX 2026')
    expect(verifyNumberOf('/verify/')).toBeNull()
    expect(verifyNumberOf('/verify/a/b')).toBeNull()
    expect(verifyNumberOf('/quiz')).toBeNull()
  })
})

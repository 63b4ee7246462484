import { describe, expect, it } from 'vitest'
import { addMonths, byDay, calendarDays, shanghaiClock, shanghaiDate, shanghaiToday, step, weekday } from './calendar'

describe('calendar days', () => {
  it('reads instants as Shanghai dates whatever their offset', () => {
    expect(shanghaiDate('2026-11-30T16:30:00Z')).toBe('2026-12-01')
    expect(shanghaiDate('2026-12-01T00:30:00+08:00')).toBe('2026-12-01')
    expect(shanghaiToday(Date.parse('2026-12-31T17:00:00Z'))).toBe('2027-01-01')
    expect(shanghaiClock('2026-11-30T16:30:00Z')).toBe('00:30')
  })

  it('shows a month as whole weeks from Monday', () => {
    const november = calendarDays('month', '2026-11-18')
    expect(november.from).toBe('2026-10-26')
    expect(november.to).toBe('2026-12-07')
    expect(november.days).toHaveLength(42)
    expect(weekday(november.days[0])).toBe(0)
    const february = calendarDays('month', '2027-02-10')
    expect(february.from).toBe('2027-02-01')
    expect(february.to).toBe('2027-03-01')
  })

  it('shows a week from its Monday and steps by weeks and months across year ends', () => {
    expect(calendarDays('week', '2026-12-31')).toMatchObject({ from: '2026-12-28', to: '2027-01-04' })
    expect(step('week', '2026-12-31', 1)).toBe('2027-01-07')
    expect(step('month', '2026-12-15', 1)).toBe('2027-01-01')
    expect(addMonths('2027-01-31', -1)).toBe('2026-12-01')
  })

  it('groups items by the Shanghai day they start on, in start order', () => {
    const items = [
      { id: 2, start: '2026-12-01T09:00:00+08:00' },
      { id: 1, start: '2026-11-30T23:00:00Z' },
      { id: 3, start: '2026-11-30T10:00:00+08:00' },
    ]
    const days = byDay(items, (item) => item.start)
    expect(days.get('2026-12-01')?.map((i) => i.id)).toEqual([1, 2])
    expect(days.get('2026-11-30')?.map((i) => i.id)).toEqual([3])
  })
})

/*
 * Month and week calendars in Shanghai days. Dates are 'YYYY-MM-DD' strings of the Shanghai calendar (UTC+8 all year:
 * China has no daylight saving), so that the grid is the same whatever zone the device is in. Weeks start on Monday.
 */

const SHANGHAI_OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000

export type CalendarMode = 'month' | 'week'

/** The Shanghai date of an instant given as an ISO string with offset. */
export function shanghaiDate(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** Today in Shanghai. */
export function shanghaiToday(now: number = Date.now()): string {
  return new Date(now + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** 0 for Monday … 6 for Sunday. */
export function weekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7
}

export function addMonths(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number)
  const index = year * 12 + (month - 1) + months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/** The days a calendar shows for the month or week around {@code anchor}: whole weeks, Monday first; to is exclusive. */
export function calendarDays(mode: CalendarMode, anchor: string): { from: string; to: string; days: string[] } {
  const first = mode === 'month' ? `${anchor.slice(0, 7)}-01` : anchor
  const from = addDays(first, -weekday(first))
  let to = addDays(from, 7)
  if (mode === 'month') {
    const nextMonth = addMonths(anchor, 1)
    while (to < nextMonth) to = addDays(to, 7)
  }
  const days: string[] = []
  for (let day = from; day < to; day = addDays(day, 1)) days.push(day)
  return { from, to, days }
}

/** Moves the anchor one month or one week back (-1) or on (+1). */
export function step(mode: CalendarMode, anchor: string, direction: 1 | -1): string {
  return mode === 'month' ? addMonths(anchor, direction) : addDays(anchor, 7 * direction)
}

/** Items grouped by the Shanghai day they start on, each day's in start order. */
export function byDay<T>(items: readonly T[], startOf: (item: T) => string): Map<string, T[]> {
  const days = new Map<string, T[]>()
  for (const item of [...items].sort((a, b) => Date.parse(startOf(a)) - Date.parse(startOf(b)))) {
    const day = shanghaiDate(startOf(item))
    days.set(day, [...(days.get(day) ?? []), item])
  }
  return days
}

/** "09:30" in Shanghai time. */
export function shanghaiClock(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16)
}

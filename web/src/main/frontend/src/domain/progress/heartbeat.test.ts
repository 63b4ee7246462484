import { describe, expect, it } from 'vitest'
import { newEventId } from './events'
import { formatClock, mediaHeartbeat, pageHeartbeat, presenceAnswer } from './heartbeat'

const lesson = { courseId: 7, lessonId: 9 }
const now = new Date('2026-11-25T08:00:00Z')

describe('heartbeats', () => {
  it('report played intervals and the position, each with its own id', () => {
    const events = mediaHeartbeat(lesson, [{ from: 0, to: 4.25 }, { from: 10, to: 10.01 }], 4.25, now)
    expect(events.map((e) => [e.kind, e.from, e.to, e.at])).toEqual([
      ['WATCHED', 0, 4.25, undefined],
      ['POSITION', undefined, undefined, 4.25],
    ])
    expect(new Set(events.map((e) => e.id)).size).toBe(2)
    expect(events.every((e) => e.courseId === 7 && e.lessonId === 9 && e.clientTime === now.toISOString())).toBe(true)
  })

  it('report page dwell and the current page', () => {
    const events = pageHeartbeat(lesson, [{ page: 1, seconds: 3 }], 2, now)
    expect(events.map((e) => [e.kind, e.page, e.dwellSeconds, e.at])).toEqual([
      ['PAGE', 1, 3, undefined],
      ['POSITION', undefined, undefined, 2],
    ])
  })

  it('answer a presence check by its id', () => {
    expect(presenceAnswer(lesson, 'c1', now)).toMatchObject({ kind: 'PRESENCE', checkId: 'c1' })
  })
})

describe('newEventId', () => {
  it('makes version-4 UUIDs without crypto too', () => {
    let seed = 1
    const id = newEventId(() => ((seed = (seed * 16807) % 2147483647) / 2147483647))
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})

describe('formatClock', () => {
  it('shows minutes and seconds, and hours when there are any', () => {
    expect(formatClock(75)).toBe('1:15')
    expect(formatClock(3725)).toBe('1:02:05')
    expect(formatClock(-3)).toBe('0:00')
  })
})

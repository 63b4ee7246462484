import { newEventId, type ProgressEvent } from './events'
import type { Interval } from './watchTracker'

/** The lesson a heartbeat reports on. */
export interface LessonRef {
  courseId: number
  lessonId: number
}

/** Intervals shorter than this are noise of the media element's clock, not watching. */
const MIN_INTERVAL_SECONDS = 0.05

const round = (seconds: number) => Math.round(seconds * 1000) / 1000

/** A heartbeat of a timed lesson: what was played since the last one, and where the learner is now. */
export function mediaHeartbeat(lesson: LessonRef, played: Interval[], position: number, now: Date = new Date()): ProgressEvent[] {
  const clientTime = now.toISOString()
  const events: ProgressEvent[] = played
    .filter((i) => i.to - i.from >= MIN_INTERVAL_SECONDS)
    .map((i) => ({ ...lesson, id: newEventId(), kind: 'WATCHED', from: round(Math.max(0, i.from)), to: round(i.to), clientTime }))
  events.push({ ...lesson, id: newEventId(), kind: 'POSITION', at: round(Math.max(0, position)), clientTime })
  return events
}

/** A heartbeat of a paged lesson: the seconds spent on each page, and the page the learner is on. */
export function pageHeartbeat(
  lesson: LessonRef,
  dwell: { page: number; seconds: number }[],
  page: number,
  now: Date = new Date(),
): ProgressEvent[] {
  const clientTime = now.toISOString()
  const events: ProgressEvent[] = dwell.map((d) => ({
    ...lesson,
    id: newEventId(),
    kind: 'PAGE',
    page: d.page,
    dwellSeconds: d.seconds,
    clientTime,
  }))
  events.push({ ...lesson, id: newEventId(), kind: 'POSITION', at: page, clientTime })
  return events
}

export function presenceAnswer(lesson: LessonRef, checkId: string, now: Date = new Date()): ProgressEvent {
  return { ...lesson, id: newEventId(), kind: 'PRESENCE', checkId, clientTime: now.toISOString() }
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m)
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`
}

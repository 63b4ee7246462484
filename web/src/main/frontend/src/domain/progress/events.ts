/** The player's events as POST /api/progress/batches takes them; media times in seconds. */
export type ProgressKind = 'WATCHED' | 'PAGE' | 'POSITION' | 'PRESENCE'

export interface ProgressEvent {
  /** The player's own id: a resent event counts once on the server. */
  id: string
  courseId: number
  lessonId: number
  kind: ProgressKind
  /** ISO time on this device when it happened. */
  clientTime: string
  from?: number
  to?: number
  page?: number
  dwellSeconds?: number
  at?: number
  checkId?: string
}

export interface PresenceCheckView {
  id: string
  issuedAt: string
  deadline: string
}

export interface LessonProgress {
  courseId: number
  lessonId: number
  lessonKey: string
  title: string
  required: boolean
  kind: 'VIDEO' | 'AUDIO' | 'PDF' | 'HTML' | 'IMAGE'
  assetId: string | null
  durationSeconds: number
  pageCount: number
  minWatchedShare: number
  minDwellSeconds: number
  noSkipAhead: boolean
  presenceChecks: boolean
  share: number
  completed: boolean
  completedAt: string | null
  position: number
  frontier: number
  watchedSeconds: number
  pagesRead: number
  clockStopped: boolean
  presenceCheck: PresenceCheckView | null
}

export interface BatchAnswer {
  counted: number
  duplicates: number
  ignored: { id: string; reason: string }[]
  lessons: LessonProgress[]
  awards: { courseId: number; creditHours: number; awardedAt: string }[]
}

/** An event id: crypto.randomUUID where the browser has it (secure contexts), else random hex in UUID form. */
export function newEventId(random: () => number = Math.random): string {
  if (random === Math.random && typeof crypto !== 'undefined' && 'randomUUID' in crypto) {
    return crypto.randomUUID()
  }
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16))
  hex[12] = '4'
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}

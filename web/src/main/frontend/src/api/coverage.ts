import { api } from '.'
import { buildQuery } from './client'
import type { Page } from './types'
import type { CoverageView, Figures } from './plans'

/*
 * 培训覆盖看板 (issue 8): what the coverage dashboard reads and does, typed after /work/helper-notes/CONTRACT-8.md —
 * rankings, the month's movement, the trend, monthly snapshots, the laggard lists, supervision and the reports.
 * Months are `YYYY-MM` in Beijing time; `unit` is a 12-digit unit code, absent = the plan's or the caller's unit.
 */

export type RankingLevel = 'COUNTY' | 'TOWNSHIP'

export interface RankingEntry {
  unitCode: string
  unitName: string
  parentCode: string | null
  parentName: string | null
  figures: Figures
  monthCompleted: number
  monthRateGain: number
  rankByRate: number
  rankByProgress: number
}

export interface Rankings {
  planId: number
  level: RankingLevel
  unitCode: string
  month: string
  targetRate: number
  entries: RankingEntry[]
}

export interface MovementDay {
  day: string
  completed: number
  personTimes: number
}

export interface Movement {
  planId: number
  unitCode: string
  month: string
  completed: number
  started: number
  personTimes: number
  creditHours: number
  rateAtMonthStart: number
  rate: number
  days: MovementDay[]
}

export interface TrendPoint {
  month: string
  figures: Figures
  live: boolean
}

export interface Trend {
  planId: number
  unitCode: string
  points: TrendPoint[]
}

export interface Snapshot {
  month: string
  takenAt: string
  automatic: boolean
  rosterLines: number
}

/** A required person not yet done (`/coverage/missing`). */
export interface PendingPerson {
  personId: number
  name: string
  unitCode: string
  unitName: string | null
  villageCode: string | null
  weakAndLax: boolean
  started: boolean
  itemsDone: number
}

export type PersonStatus = 'NOT_STARTED' | 'STARTED' | 'COMPLETED' | 'LEFT'

/** Someone the plan requires in a unit, with their status (`/coverage/people`, live only). */
export interface PersonStatusView {
  personId: number
  name: string
  unitCode: string
  unitName: string | null
  partySecretary: boolean
  weakAndLax: boolean
  status: PersonStatus
  itemsDone: number
  creditHours: number
  completedAt: string | null
  leftReason: 'DEPARTED' | 'MOVED_OUT' | null
}

/** A village on the laggard list, with its figures. */
export interface LaggardVillage {
  villageCode: string
  villageName: string | null
  weakAndLax: boolean
  hasSecretary: boolean
  figures: Figures
}

export interface ReminderRequest {
  unit?: string
  villageCodes?: string[]
  threshold?: number
  message?: string
}

export interface RemindersSent {
  villages: number
  people: number
  peopleWithoutAccount: number
  organizers: number
  /** People reached now, by channel (INBOX, MAIL, SMS); a channel not used may be absent. */
  reached: Partial<Record<'INBOX' | 'MAIL' | 'SMS', number>>
}

export interface MakeUpRequest {
  villageCodes: string[]
  title: string
  startsAt: string
  endsAt: string
  place: string
}

export interface MakeUpSession {
  sessionId: number
  title: string
  villages: number
  audienceSize: number
  /** Those without a sign-in name, not on the session's audience. */
  peopleWithoutAccount?: number
  status: 'DRAFT' | 'PUBLISHED'
}

const plan = (id: number) => `/api/plans/${encodeURIComponent(String(id))}`

export const coverageApi = {
  /** The live coverage, or the snapshot of `month` when given. */
  coverage: (id: number, unit: string | null, month: string | null) =>
    month
      ? api.get<CoverageView>(`${plan(id)}/snapshots/${encodeURIComponent(month)}/coverage`, { unit })
      : api.get<CoverageView>(`${plan(id)}/coverage`, { unit }),
  missing: (id: number, unit: string | null, month: string | null, notStarted: boolean, page = 1, size = 20) =>
    month
      ? api.get<Page<PendingPerson>>(`${plan(id)}/snapshots/${encodeURIComponent(month)}/coverage/missing`, { unit, notStarted, page, size })
      : api.get<Page<PendingPerson>>(`${plan(id)}/coverage/missing`, { unit, notStarted, page, size }),
  people: (id: number, unit: string, page = 1, size = 50) =>
    api.get<Page<PersonStatusView>>(`${plan(id)}/coverage/people`, { unit, page, size }),
  laggards: (id: number, unit: string | null, threshold: number, page = 1, size = 20) =>
    api.get<Page<LaggardVillage>>(`${plan(id)}/coverage/laggard-villages`, { unit, threshold, page, size }),
  rankings: (id: number, level: RankingLevel, unit: string | null, month: string | null) =>
    api.get<Rankings>(`${plan(id)}/rankings`, { level, unit, month }),
  movement: (id: number, unit: string | null, month: string | null) =>
    api.get<Movement>(`${plan(id)}/movement`, { unit, month }),
  trend: (id: number, unit: string | null) => api.get<Trend>(`${plan(id)}/trend`, { unit }),
  snapshots: (id: number) => api.get<Snapshot[]>(`${plan(id)}/snapshots`),
  /** Takes (or retakes) this month's snapshot now. */
  takeSnapshot: (id: number) => api.post<Snapshot>(`${plan(id)}/snapshots`),
  remind: (id: number, request: ReminderRequest) =>
    api.post<RemindersSent>(`${plan(id)}/supervision/reminders`, request),
  makeUp: (id: number, request: MakeUpRequest) =>
    api.post<MakeUpSession>(`${plan(id)}/supervision/make-up-sessions`, request),
  /** The unit's report as .xlsx or .pdf; a month = that month's snapshot. */
  report: (id: number, format: 'xlsx' | 'pdf', unit: string | null, month: string | null) =>
    api.download(`${plan(id)}/report.${format}${buildQuery({ unit, month })}`),
}

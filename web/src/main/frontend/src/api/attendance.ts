import { api } from '.'
import type { Page } from './types'
import type { SessionLevel, SessionMode } from './sessions'

/* ---- Attendance after the QR sign-in: rosters, corrections, village sites, credit hours (考勤、分会场、学时) ---- */

export interface RosterLine {
  personId: number
  name: string
  unitCode: string
  unitName: string
  positions: string[]
  present: boolean
  signedInAt: string | null
  signedOutAt: string | null
  late: boolean
  leftEarly: boolean
  absent: boolean
  corrected: boolean
  correctedBy: string | null
  creditHours: number | null
}

/** A trainer's correction: present or absent with a reason; times and marks left out are kept or follow the times. */
export interface CorrectionRequest {
  present: boolean
  signedInAt?: string | null
  signedOutAt?: string | null
  late?: boolean | null
  leftEarly?: boolean | null
  reason: string
}

export interface SiteView {
  unitCode: string
  unitName: string
  expected: number
  missing: boolean
  checkedInAt: string | null
  presentCount: number | null
  checkedBy: string | null
}

export interface PersonCard {
  id: number
  name: string
  unitCode: string
  positions: string[]
}

/** The caller's own site (their village's activity room) at one occurrence. */
export interface MySite {
  sessionId: number
  sessionTitle: string
  occurrenceId: number
  occurrenceStart: string
  siteUnitCode: string
  siteName: string
  expectedPeople: PersonCard[]
  checkedInAt: string | null
  presentCount: number | null
  attendeeIds: number[]
}

export interface SiteCounts {
  expected: number
  checkedIn: number
  missing: number
  present: number
}

/** A session's credit hours: its mode's and level's, its own (null when not set), and the ones attendance earns. */
export interface SessionHours {
  ruleHours: number
  ownHours: number | null
  hours: number
}

const occurrencePath = (sessionId: number, occurrenceId: number) => `/api/sessions/${sessionId}/occurrences/${occurrenceId}`

export const rosterApi = {
  page: (sessionId: number, occurrenceId: number, unit: string | null, page = 1, size = 50) =>
    api.get<Page<RosterLine>>(`${occurrencePath(sessionId, occurrenceId)}/attendance`, { page, size, unit }),
  export: (sessionId: number, occurrenceId: number, unit: string | null) =>
    api.download(`${occurrencePath(sessionId, occurrenceId)}/attendance/export${unit ? `?unit=${unit}` : ''}`),
  correct: (sessionId: number, occurrenceId: number, personId: number, correction: CorrectionRequest) =>
    api.put<RosterLine>(`${occurrencePath(sessionId, occurrenceId)}/attendance/${personId}`, correction),
  sites: (sessionId: number, occurrenceId: number, missingOnly: boolean, page = 1, size = 50) =>
    api.get<Page<SiteView>>(`${occurrencePath(sessionId, occurrenceId)}/sites`, { page, size, missing: missingOnly }),
}

export const siteApi = {
  mine: (occurrenceId: number) => api.get<MySite>(`/api/attendance/sites/${occurrenceId}`),
  checkIn: (code: string, presentCount: number, attendeeIds: number[]) =>
    api.post<MySite>('/api/attendance/sites/check-in', { code, presentCount, attendeeIds }),
  update: (occurrenceId: number, presentCount: number, attendeeIds: number[]) =>
    api.put<MySite>(`/api/attendance/sites/${occurrenceId}`, { presentCount, attendeeIds }),
}

/** The credit hours of one mode at one level. */
export interface CreditRule {
  mode: SessionMode
  level: SessionLevel
  hours: number
}

export const creditApi = {
  rules: () => api.get<CreditRule[]>('/api/credit-rules'),
  setRules: (rules: CreditRule[]) => api.put<CreditRule[]>('/api/credit-rules', rules),
  session: (sessionId: number) => api.get<SessionHours>(`/api/sessions/${sessionId}/credit-hours`),
  setSession: (sessionId: number, hours: number | null) =>
    api.put<SessionHours>(`/api/sessions/${sessionId}/credit-hours`, { hours }),
}

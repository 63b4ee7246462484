import { api } from '.'
import type { Page } from './types'
import type { SiteCounts } from './attendance'

/* ---- Training sessions and attendance (培训班次与签到) ---- */

export type SessionLevel = 'MUNICIPAL' | 'COUNTY' | 'TOWNSHIP'
export type SessionMode = 'CENTRALIZED' | 'REMOTE_SYNC' | 'SEMINAR' | 'OBSERVATION' | 'FACE_TO_FACE'
export type SessionStatus = 'DRAFT' | 'PUBLISHED' | 'CANCELLED'

export const SESSION_LEVELS: readonly SessionLevel[] = ['MUNICIPAL', 'COUNTY', 'TOWNSHIP']
export const SESSION_MODES: readonly SessionMode[] = ['CENTRALIZED', 'REMOTE_SYNC', 'SEMINAR', 'OBSERVATION', 'FACE_TO_FACE']

export interface AudienceRule {
  unitCode: string
  positions: string[]
  weakAndLaxOnly: boolean
  starTargets: number[]
}

/** What the editor sends; times as ISO strings with their offset (+08:00). */
export interface SessionRequest {
  level: SessionLevel
  mode: SessionMode
  title: string
  organizerCode: string
  startsAt: string
  endsAt: string
  rrule: string | null
  venueName: string | null
  capacity: number | null
  streamUrl: string | null
  trainers: string[]
  courseIds: number[]
  policyIds: number[]
  audience: AudienceRule | null
  additions: string[]
}

export interface SessionView extends SessionRequest {
  id: number
  status: SessionStatus
  publishedAt: string | null
  version: number
}

export interface OccurrenceView {
  id: number
  originalStart: string
  startsAt: string
  endsAt: string
  cancelled: boolean
}

export interface ClashView {
  subject: string
  sessionId: number
  title: string
  startsAt: string
  endsAt: string
}

export interface ConflictView {
  clear: boolean
  venue: ClashView[]
  trainers: ClashView[]
  audienceBusy: number
  audienceSample: ClashView[]
  audienceSize: number
  capacity: number | null
  overCapacity: boolean
}

export interface SignInCodeView {
  code: string
  url: string
  /** Our own server's SVG drawing of the QR code. */
  qrSvg: string
  refreshAt: string
}

export interface Counts {
  expected: number
  signedIn: number
  late: number
  signedOut: number
}

export interface LiveView {
  total: Counts
  byUnit: Record<string, Counts>
  /** A remote session's village sites (expected, checked in, missing); null for other sessions. */
  sites: SiteCounts | null
  sitesByUnit: Record<string, SiteCounts>
  unitNames: Record<string, string>
}

export interface AttendanceView {
  occurrenceId: number
  signedInAt: string
  signedOutAt: string | null
  late: boolean
  leftEarly: boolean
}

export interface ScheduleEntry {
  occurrence: OccurrenceView
  session: SessionView
  attendance: AttendanceView | null
}

const path = (id: number) => `/api/sessions/${id}`

export const sessionApi = {
  list: (page = 1, size = 20) => api.get<Page<SessionView>>('/api/sessions', { page, size }),
  read: (id: number) => api.get<SessionView>(path(id)),
  create: (request: SessionRequest) => api.post<SessionView>('/api/sessions', request),
  update: (id: number, request: SessionRequest) => api.put<SessionView>(path(id), request),
  conflicts: (id: number) => api.get<ConflictView>(`${path(id)}/conflicts`),
  publish: (id: number, acceptConflicts: boolean) =>
    api.post<{ session: SessionView; audienceSize: number }>(`${path(id)}/publish${acceptConflicts ? '?acceptConflicts=true' : ''}`),
  cancel: (id: number) => api.post<SessionView>(`${path(id)}/cancel`),
  occurrences: (id: number) => api.get<OccurrenceView[]>(`${path(id)}/occurrences`),
  cancelOccurrence: (id: number, originalStart: string) =>
    api.post<OccurrenceView[]>(`${path(id)}/occurrences/cancel`, { originalStart }),
  signInCode: (id: number, occurrenceId: number) =>
    api.get<SignInCodeView>(`${path(id)}/occurrences/${occurrenceId}/sign-in-code`),
  live: (id: number, occurrenceId: number) => api.get<LiveView>(`${path(id)}/occurrences/${occurrenceId}/live`),
}

export const scheduleApi = {
  mine: (page = 1, size = 20) => api.get<Page<ScheduleEntry>>('/api/me/sessions', { page, size }),
  renewFeed: () => api.post<{ url: string }>('/api/me/calendar-feed'),
  revokeFeed: () => api.delete<void>('/api/me/calendar-feed'),
  signIn: (code: string) => api.post<AttendanceView>('/api/attendance/sign-in', { code }),
  signOut: (code: string) => api.post<AttendanceView>('/api/attendance/sign-out', { code }),
}

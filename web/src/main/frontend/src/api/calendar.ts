import { api } from '.'
import type { Page } from './types'
import type { AudienceRule, OccurrenceView, ScheduleEntry, SessionLevel, SessionMode, SessionStatus } from './sessions'

/* ---- Calendars, moving one occurrence, and the audience count while editing ---- */

export interface CalendarOccurrence {
  occurrence: OccurrenceView
  sessionId: number
  title: string
  mode: SessionMode
  level: SessionLevel
  status: SessionStatus
  venueName: string | null
  sessionStartsAt: string
}

export const calendarApi = {
  /** The learner's occurrences of a range of Shanghai dates ('YYYY-MM-DD', to exclusive). */
  mine: (from: string, to: string) => api.get<Page<ScheduleEntry>>('/api/me/sessions', { from, to, size: 100 }),
  /** Occurrences of the sessions organized in the caller's subtree, drafts included. */
  planned: (from: string, to: string) => api.get<CalendarOccurrence[]>('/api/sessions/calendar', { from, to }),
  moveOccurrence: (sessionId: number, originalStart: string, startsAt: string, endsAt: string) =>
    api.post<OccurrenceView[]>(`/api/sessions/${sessionId}/occurrences/move`, { originalStart, startsAt, endsAt }),
  trainerCandidates: (q: string) =>
    api.get<{ username: string; name: string; unitCode: string }[]>('/api/sessions/trainer-candidates', { q }),
  audienceSize: (audience: AudienceRule | null, additions: string[]) =>
    api.post<{ people: number }>('/api/sessions/audience-size', { audience, additions }),
}

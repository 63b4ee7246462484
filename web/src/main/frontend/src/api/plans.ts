import { api } from '.'
import type { Page } from './types'
import type { AudienceRule } from './sessions'

/* ---- Training plans and their coverage (培训计划与覆盖率, issue 8) ---- */

export type PlanKind = 'ANNUAL' | 'FIVE_STAR' | 'MAKE_UP'

export interface PlanView {
  id: number
  name: string
  kind: PlanKind
  startsOn: string
  endsOn: string
  deadline: string
  audience: AudienceRule
  minCreditHours: number
  /** The required items; a title is absent when its course, session or paper is gone. */
  items: { kind: PlanItemKind; id: number; title?: string }[]
  status: 'DRAFT' | 'PUBLISHED'
  publishedAt: string | null
  createdBy: string
  /** The rate the department aims at, 0..1. */
  targetRate: number
}

export type PlanItemKind = 'COURSE' | 'SESSION' | 'TEST'

/** What the editor sends: days as ISO dates (the city's calendar), required items by kind and id. */
export interface PlanRequest {
  name: string
  kind: PlanKind
  startsOn: string
  endsOn: string
  deadline: string
  audience: AudienceRule
  minCreditHours: number
  items: { kind: PlanItemKind; id: number }[]
  targetRate: number
}

/** A plan just published and the number of people its rule put on the roster. */
export interface PublishedView {
  plan: PlanView
  rosterSize: number
}

/** Coverage figures; rate lies within 0 and 1. */
export interface Figures {
  required: number
  completed: number
  rate: number
  started: number
  personTimes: number
  creditHours: number
  left: number
  movedIn: number
}

export interface CoverageView {
  planId: number
  planName: string
  unitCode: string
  unitName: string
  figures: Figures
  children: { unitCode: string; unitName: string | null; figures: Figures }[]
  byPosition: Record<string, Figures>
  byCategory: Record<string, Figures>
  fullCoverage: { covered: boolean; peopleMissing: number; villagesMissingSecretary: number | null }
}

const path = (id: number) => `/api/plans/${encodeURIComponent(String(id))}`

export const planApi = {
  list: (page = 1, size = 20) => api.get<Page<PlanView>>('/api/plans', { page, size }),
  read: (id: number) => api.get<PlanView>(path(id)),
  create: (request: PlanRequest) => api.post<PlanView>('/api/plans', request),
  update: (id: number, request: PlanRequest) => api.put<PlanView>(path(id), request),
  remove: (id: number) => api.delete<void>(path(id)),
  publish: (id: number) => api.post<PublishedView>(`${path(id)}/publish`),
  recompute: (id: number) => api.post<CoverageView>(`${path(id)}/recompute`),
  coverage: (id: number, unit?: string) => api.get<CoverageView>(`${path(id)}/coverage`, unit ? { unit } : {}),
}


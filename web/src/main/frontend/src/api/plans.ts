import { api } from '.'
import type { Page } from './types'

/* ---- Training plans and their coverage (培训计划与覆盖率, issue 8) ---- */

export type PlanKind = 'ANNUAL' | 'FIVE_STAR' | 'MAKE_UP'

export interface PlanView {
  id: number
  name: string
  kind: PlanKind
  startsOn: string
  endsOn: string
  deadline: string
  audience: { unitCode: string; positions: string[]; weakAndLaxOnly: boolean; starTargets: number[] }
  minCreditHours: number
  items: { kind: 'COURSE' | 'SESSION' | 'TEST'; id: number; title?: string }[]
  status: 'DRAFT' | 'PUBLISHED'
  publishedAt: string | null
  createdBy: string
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
  coverage: (id: number, unit?: string) => api.get<CoverageView>(`${path(id)}/coverage`, unit ? { unit } : {}),
}

import { api } from '.'
import type { PlanView } from './plans'

/* The learner's own training plans (我的培训计划): where they stand on each. */

export interface MyPlanItem {
  kind: 'COURSE' | 'SESSION' | 'TEST'
  id: number
  /** absent when the course, session or paper has been deleted since */
  title?: string
  /** absent: not done yet */
  doneAt?: string
}

export interface MyPlan {
  plan: PlanView
  itemsDone: number
  itemsRequired: number
  creditHours: number
  startedAt?: string
  completedAt?: string
  completed: boolean
  items: MyPlanItem[]
}

export const myPlanApi = {
  list: () => api.get<MyPlan[]>('/api/plans/mine'),
}

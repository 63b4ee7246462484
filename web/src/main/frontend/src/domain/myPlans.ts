import type { RouteLocationRaw } from 'vue-router'
import type { MyPlan, MyPlanItem } from '../api/myPlans'

const DAY_MS = 86_400_000

/** Whole days from {@code today} to the deadline (both Beijing dates, yyyy-mm-dd): negative once it has passed. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS)
}

/** Where a learner goes to do an item: the course page, their schedule, or their tests. */
export function itemLink(item: MyPlanItem): RouteLocationRaw {
  switch (item.kind) {
    case 'COURSE':
      return { name: 'course', params: { id: String(item.id) } }
    case 'SESSION':
      return { name: 'my-sessions' }
    case 'TEST':
      return { name: 'quiz' }
  }
}

/** Items done as a whole percentage; a plan that asks only for hours is judged by completion. */
export function percentDone(plan: MyPlan): number {
  if (plan.itemsRequired === 0) return plan.completed ? 100 : 0
  return Math.min(100, Math.round((plan.itemsDone * 100) / plan.itemsRequired))
}

/** What is left to do first, then what is done; each in the plan's order. */
export function openItemsFirst(items: MyPlanItem[]): MyPlanItem[] {
  return [...items.filter((item) => !item.doneAt), ...items.filter((item) => item.doneAt)]
}

/** The plan's standing: completed, past its deadline, under way, or not started. */
export function standing(plan: MyPlan, today: string): 'completed' | 'overdue' | 'inProgress' | 'notStarted' {
  if (plan.completed) return 'completed'
  if (daysLeft(plan.plan.deadline, today) < 0) return 'overdue'
  return plan.itemsDone > 0 ? 'inProgress' : 'notStarted'
}

import { describe, expect, it } from 'vitest'
import type { MyPlan, MyPlanItem } from '../api/myPlans'
import { daysLeft, itemLink, openItemsFirst, percentDone, standing } from './myPlans'

const item = (kind: MyPlanItem['kind'], id: number, doneAt?: string): MyPlanItem =>
  ({ kind, id, title: `${kind}-${id}`, doneAt })

function plan(itemsDone: number, itemsRequired: number, completed = false, deadline = '2026-12-31'): MyPlan {
  return {
    plan: {
      id: 1, name: '年度轮训', kind: 'ANNUAL', startsOn: '2026-01-01', endsOn: '2026-12-31', deadline,
      audience: { unitCode: '411600000000', positions: [], weakAndLaxOnly: false, starTargets: [] },
      minCreditHours: 0, targetRate: 1, items: [], status: 'PUBLISHED', publishedAt: null, createdBy: 'city-admin',
    },
    itemsDone, itemsRequired, creditHours: 0, completed, items: [],
  }
}

describe('my plans', () => {
  it('counts days to the deadline in whole Beijing days, negative once past', () => {
    expect(daysLeft('2026-12-01', '2026-11-25')).toBe(6)
    expect(daysLeft('2026-11-25', '2026-11-25')).toBe(0)
    expect(daysLeft('2026-11-20', '2026-11-25')).toBe(-5)
  })

  it('sends each kind of item where the learner does it', () => {
    expect(itemLink(item('COURSE', 12))).toEqual({ name: 'course', params: { id: '12' } })
    expect(itemLink(item('SESSION', 3))).toEqual({ name: 'my-sessions' })
    expect(itemLink(item('TEST', 7))).toEqual({ name: 'quiz' })
  })

  it('shows progress as a percentage of items, and by completion when only hours are asked', () => {
    expect(percentDone(plan(1, 3))).toBe(33)
    expect(percentDone(plan(3, 3))).toBe(100)
    expect(percentDone(plan(0, 0, true))).toBe(100)
    expect(percentDone(plan(0, 0, false))).toBe(0)
  })

  it('lists what is left before what is done, keeping the plan order', () => {
    const items = [item('COURSE', 1, '2026-11-01T00:00:00Z'), item('COURSE', 2), item('TEST', 3, undefined), item('SESSION', 4, '2026-11-02T00:00:00Z')]
    expect(openItemsFirst(items).map((i) => i.id)).toEqual([2, 3, 1, 4])
  })

  it('says whether a plan is completed, overdue, under way or not started', () => {
    expect(standing(plan(3, 3, true, '2026-01-01'), '2026-11-25')).toBe('completed')
    expect(standing(plan(1, 3, false, '2026-11-24'), '2026-11-25')).toBe('overdue')
    expect(standing(plan(1, 3), '2026-11-25')).toBe('inProgress')
    expect(standing(plan(0, 3), '2026-11-25')).toBe('notStarted')
  })
})

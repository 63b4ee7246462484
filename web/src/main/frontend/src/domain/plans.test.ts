import { describe, expect, it } from 'vitest'
import type { PlanView } from '../api/plans'
import {
  actionsOf, addItem, defaultPeriod, emptyForm, fieldErrorsOf, formOf, removeItem, requestOf, titleMatches, validate, type PlanForm,
} from './plans'

const filled = (): PlanForm => ({
  ...emptyForm('411627000000'),
  name: ' 2026年度村干部培训 ', kind: 'FIVE_STAR', startsOn: '2026-01-01', endsOn: '2026-12-31', deadline: '2026-12-31',
  items: [{ kind: 'COURSE', id: 7, title: '支部过硬星：建强村党组织' }, { kind: 'TEST', id: 3, title: '结业考试' }],
  minCreditHours: 4.5, targetPercent: 95,
})

const view: PlanView = {
  id: 5, name: '整改补训', kind: 'MAKE_UP', startsOn: '2026-03-01', endsOn: '2026-06-30', deadline: '2026-07-15',
  audience: { unitCode: '411627101000', positions: ['PARTY_SECRETARY'], weakAndLaxOnly: true, starTargets: [3, 1] },
  minCreditHours: 2, targetRate: 1, items: [{ kind: 'SESSION', id: 9, title: '整改补训班' }, { kind: 'TEST', id: 4 }],
  status: 'DRAFT', publishedAt: null, createdBy: 'taikang-admin',
}

describe('the plan request', () => {
  it('carries the form trimmed, items by kind and id, the target as a fraction', () => {
    expect(requestOf(filled())).toEqual({
      name: '2026年度村干部培训', kind: 'FIVE_STAR', startsOn: '2026-01-01', endsOn: '2026-12-31', deadline: '2026-12-31',
      audience: { unitCode: '411627000000', positions: [], weakAndLaxOnly: false, starTargets: [] },
      minCreditHours: 4.5, items: [{ kind: 'COURSE', id: 7 }, { kind: 'TEST', id: 3 }], targetRate: 0.95,
    })
  })

  it('sends the target rate with four places, as the server keeps it', () => {
    expect(requestOf({ ...filled(), targetPercent: 95.125 }).targetRate).toBe(0.9513)
    expect(requestOf({ ...filled(), targetPercent: 100 }).targetRate).toBe(1)
    expect(requestOf({ ...filled(), targetPercent: 57.13 }).targetRate).toBe(0.5713)
  })

  it('round-trips a stored plan', () => {
    const form = formOf(view)
    expect(form.items).toEqual([{ kind: 'SESSION', id: 9, title: '整改补训班' }, { kind: 'TEST', id: 4, title: null }])
    expect(form.audience.starTargets).toEqual([1, 3])
    expect(form.targetPercent).toBe(100)
    expect(formOf({ ...view, targetRate: 0.9512 }).targetPercent).toBe(95.12)
    const request = requestOf(form)
    expect(request.audience).toEqual({ ...view.audience, starTargets: [1, 3] })
    expect(request.items).toEqual([{ kind: 'SESSION', id: 9 }, { kind: 'TEST', id: 4 }])
    expect(request.targetRate).toBe(1)
  })
})

describe('a new plan', () => {
  it('runs from today in Beijing to the end of the year', () => {
    expect(defaultPeriod(new Date('2026-12-31T16:30:00Z'))).toEqual({ startsOn: '2027-01-01', endsOn: '2027-12-31', deadline: '2027-12-31' })
    expect(defaultPeriod(new Date('2026-11-25T02:00:00Z'))).toEqual({ startsOn: '2026-11-25', endsOn: '2026-12-31', deadline: '2026-12-31' })
  })
})

describe('validation', () => {
  it('accepts a complete plan', () => {
    expect(validate(filled())).toEqual({})
  })

  it('mirrors the server: name, period forwards, deadline not before the start, a unit, items, hours, target', () => {
    expect(validate({ ...filled(), name: '  ' })).toEqual({ name: 'nameRequired' })
    expect(validate({ ...filled(), name: '计'.repeat(201) })).toEqual({ name: 'nameTooLong' })
    expect(validate({ ...filled(), endsOn: '2025-12-31' })).toEqual({ period: 'periodBackwards' })
    expect(validate({ ...filled(), startsOn: '' })).toMatchObject({ period: 'periodRequired' })
    expect(validate({ ...filled(), deadline: '2025-12-31' })).toEqual({ deadline: 'deadlineBeforeStart' })
    expect(validate({ ...filled(), endsOn: '2026-01-01', deadline: '2026-01-01' })).toEqual({})
    expect(validate({ ...filled(), audience: { ...filled().audience, unitCode: '41162' } })).toEqual({ audienceUnit: 'unitRequired' })
    expect(validate({ ...filled(), audience: { ...filled().audience, starTargets: [6] } })).toEqual({ starTargets: 'starsRange' })
    expect(validate({ ...filled(), items: [] })).toEqual({ items: 'itemsRequired' })
    expect(validate({ ...filled(), minCreditHours: -1 })).toEqual({ minCreditHours: 'hoursRange' })
    expect(validate({ ...filled(), minCreditHours: 10_000 })).toEqual({ minCreditHours: 'hoursRange' })
    expect(validate({ ...filled(), targetPercent: 100.5 })).toEqual({ targetRate: 'targetRange' })
    expect(validate({ ...filled(), targetPercent: 0 })).toEqual({})
  })

  it('reports every field at fault at once', () => {
    expect(Object.keys(validate(emptyForm())).sort()).toEqual(['audienceUnit', 'deadline', 'items', 'name', 'period'])
  })
})

describe('server problems onto fields', () => {
  const base = 'urn:zhixing:problem:'

  it('reads the field an invalid plan or audience quotes', () => {
    const detail = '培训计划的"period"不正确：名称必填，期间须从早到晚。'
    expect(fieldErrorsOf({ status: 422, type: `${base}invalid-plan`, detail })).toEqual({ period: detail })
    expect(fieldErrorsOf({ status: 422, type: `${base}invalid-plan`, detail: 'The field "minCreditHours" of the plan' }))
      .toEqual({ minCreditHours: 'The field "minCreditHours" of the plan' })
    expect(fieldErrorsOf({ status: 422, type: `${base}invalid-audience`, detail: '参训对象规则的"audience-stars"不正确' }))
      .toEqual({ starTargets: '参训对象规则的"audience-stars"不正确' })
  })

  it('maps validation violations by their last path node', () => {
    expect(fieldErrorsOf({ status: 400, type: `${base}validation`, violations: [
      { field: 'endsOn', message: '不能为null' }, { field: 'unitCode', message: '需要匹配正则表达式' }, { message: '?' },
    ] })).toEqual({ period: '不能为null', audienceUnit: '需要匹配正则表达式' })
  })

  it('puts a unit out of scope and an unknown position where they were chosen', () => {
    expect(fieldErrorsOf({ status: 403, type: `${base}out-of-scope`, detail: '单位 411625000000 不在您的管理范围内' }))
      .toEqual({ audienceUnit: '单位 411625000000 不在您的管理范围内' })
    expect(fieldErrorsOf({ status: 422, type: `${base}unknown-position`, title: '没有这个职务' })).toEqual({ positions: '没有这个职务' })
  })

  it('names no field for other problems', () => {
    expect(fieldErrorsOf({ status: 409, type: `${base}plan-published`, detail: '已发布' })).toEqual({})
    expect(fieldErrorsOf({ status: 422, type: `${base}invalid-plan`, detail: 'no quotes' })).toEqual({})
  })
})

describe('required items', () => {
  const course = { kind: 'COURSE' as const, id: 7, title: '课程' }

  it('are each listed once, in the order picked, and removed by kind and id', () => {
    const once = addItem([], course)
    expect(addItem(once, { ...course, title: 'again' })).toEqual([course])
    const two = addItem(once, { kind: 'SESSION', id: 7, title: '班次' })
    expect(two.map((item) => item.kind)).toEqual(['COURSE', 'SESSION'])
    expect(removeItem(two, { kind: 'COURSE', id: 7 })).toEqual([{ kind: 'SESSION', id: 7, title: '班次' }])
  })

  it('match a search by every word, ignoring case', () => {
    expect(titleMatches('支部过硬星：建强村党组织', '支部 党组织')).toBe(true)
    expect(titleMatches('Five Star Basics', 'star')).toBe(true)
    expect(titleMatches('支部过硬星', '产业')).toBe(false)
  })
})

describe('the plan list', () => {
  const county = [{ code: '411600000000' }, { code: '411627000000' }]

  it('offers writing, deleting and publishing a draft, and only recounting a published plan', () => {
    expect(actionsOf({ ...view, status: 'DRAFT' }, county)).toEqual(['edit', 'delete', 'publish'])
    expect(actionsOf({ ...view, status: 'PUBLISHED' }, county)).toEqual(['recompute'])
    expect(actionsOf({ ...view, audience: { ...view.audience, unitCode: '411627000000' } }, county)).toEqual(['edit', 'delete', 'publish'])
  })

  it('offers nothing for a plan of a unit above the admin’s own', () => {
    const cityPlan = { ...view, audience: { ...view.audience, unitCode: '411600000000' } }
    expect(actionsOf(cityPlan, county)).toEqual([])
    expect(actionsOf({ ...cityPlan, status: 'PUBLISHED' }, county)).toEqual([])
    expect(actionsOf(cityPlan, [{ code: '411600000000' }])).toEqual(['edit', 'delete', 'publish'])
    expect(actionsOf(cityPlan, [])).toEqual(['edit', 'delete', 'publish'])
  })
})

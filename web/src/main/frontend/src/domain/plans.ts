import type { Problem } from '../api/problem'
import { problemSlug } from '../api/upload'
import type { PlanItemKind, PlanKind, PlanRequest, PlanView } from '../api/plans'

/* The training plan editor's rules (培训计划): the form, the request built from it, checks mirroring the server's. */

export const PLAN_KINDS: readonly PlanKind[] = ['ANNUAL', 'FIVE_STAR', 'MAKE_UP']
export const PLAN_ITEM_KINDS: readonly PlanItemKind[] = ['COURSE', 'SESSION', 'TEST']

/** A required item as the editor lists it, by the title it was picked by; null when its course, session or paper is gone. */
export interface PlanItemEntry {
  kind: PlanItemKind
  id: number
  title: string | null
}

export interface AudienceFields {
  unitCode: string
  positions: string[]
  weakAndLaxOnly: boolean
  starTargets: number[]
}

export interface PlanForm {
  name: string
  kind: PlanKind
  /** ISO days (YYYY-MM-DD), '' while not picked. */
  startsOn: string
  endsOn: string
  deadline: string
  audience: AudienceFields
  items: PlanItemEntry[]
  minCreditHours: number
  /** The target rate in percent (0–100), as the planner reads it. */
  targetPercent: number
}

/** The form fields a check or a server problem can point at. */
export type PlanField =
  | 'name' | 'kind' | 'period' | 'deadline' | 'audienceUnit' | 'positions' | 'starTargets' | 'items'
  | 'minCreditHours' | 'targetRate'

export type FieldErrors = Partial<Record<PlanField, string>>

/** The server's limits (PlanRequest, PlanDetails.validate, AudienceRule). */
export const NAME_MAX = 200
export const ITEMS_MAX = 200
export const POSITIONS_MAX = 10
export const CREDIT_HOURS_LIMIT = 10_000
const UNIT_CODE = /^\d{12}$/

export function emptyForm(unitCode = ''): PlanForm {
  return {
    name: '', kind: 'ANNUAL', startsOn: '', endsOn: '', deadline: '',
    audience: { unitCode, positions: [], weakAndLaxOnly: false, starTargets: [] },
    items: [], minCreditHours: 0, targetPercent: 100,
  }
}

/** A new plan runs from today (Beijing) to the year's end, its deadline on the last day. */
export function defaultPeriod(now: Date): Pick<PlanForm, 'startsOn' | 'endsOn' | 'deadline'> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
  const yearEnd = `${today.slice(0, 4)}-12-31`
  return { startsOn: today, endsOn: yearEnd, deadline: yearEnd }
}

/** The form showing a stored plan. */
export function formOf(plan: PlanView): PlanForm {
  return {
    name: plan.name, kind: plan.kind, startsOn: plan.startsOn, endsOn: plan.endsOn, deadline: plan.deadline,
    audience: {
      unitCode: plan.audience.unitCode, positions: [...plan.audience.positions],
      weakAndLaxOnly: plan.audience.weakAndLaxOnly, starTargets: [...plan.audience.starTargets].sort((a, b) => a - b),
    },
    items: plan.items.map((item) => ({ kind: item.kind, id: item.id, title: item.title ?? null })),
    minCreditHours: Number(plan.minCreditHours),
    targetPercent: percentOf(Number(plan.targetRate)),
  }
}

/** 0.9512 → 95.12 (two places, as the rate's four). */
export const percentOf = (rate: number) => Math.round(rate * 10_000) / 100

/** The request to send; the target rate as 0..1 with four places. */
export function requestOf(form: PlanForm): PlanRequest {
  return {
    name: form.name.trim(), kind: form.kind, startsOn: form.startsOn, endsOn: form.endsOn, deadline: form.deadline,
    audience: {
      unitCode: form.audience.unitCode.trim(), positions: [...form.audience.positions],
      weakAndLaxOnly: form.audience.weakAndLaxOnly, starTargets: [...form.audience.starTargets],
    },
    minCreditHours: form.minCreditHours,
    items: form.items.map((item) => ({ kind: item.kind, id: item.id })),
    targetRate: Math.round(form.targetPercent * 100) / 10_000,
  }
}

/** What the server would refuse, by field, as message keys under `planEditor.errors`; empty when all is well. */
export function validate(form: PlanForm): FieldErrors {
  const errors: FieldErrors = {}
  const name = form.name.trim()
  if (!name) errors.name = 'nameRequired'
  else if (name.length > NAME_MAX) errors.name = 'nameTooLong'
  if (!PLAN_KINDS.includes(form.kind)) errors.kind = 'kindRequired'
  if (!form.startsOn || !form.endsOn) errors.period = 'periodRequired'
  else if (form.startsOn > form.endsOn) errors.period = 'periodBackwards'
  if (!form.deadline) errors.deadline = 'deadlineRequired'
  else if (form.startsOn && form.deadline < form.startsOn) errors.deadline = 'deadlineBeforeStart'
  if (!UNIT_CODE.test(form.audience.unitCode.trim())) errors.audienceUnit = 'unitRequired'
  if (form.audience.positions.length > POSITIONS_MAX) errors.positions = 'tooManyPositions'
  if (form.audience.starTargets.some((star) => !Number.isInteger(star) || star < 1 || star > 5)) errors.starTargets = 'starsRange'
  if (form.items.length === 0) errors.items = 'itemsRequired'
  else if (form.items.length > ITEMS_MAX) errors.items = 'tooManyItems'
  const hours = form.minCreditHours
  if (!Number.isFinite(hours) || hours < 0 || hours >= CREDIT_HOURS_LIMIT) errors.minCreditHours = 'hoursRange'
  const target = form.targetPercent
  if (!Number.isFinite(target) || target < 0 || target > 100) errors.targetRate = 'targetRange'
  return errors
}

/* The names the server gives a field (a violation's last path node, or a domain problem's argument). */
const SERVER_FIELDS: Record<string, PlanField> = {
  name: 'name', kind: 'kind', startsOn: 'period', endsOn: 'period', period: 'period', deadline: 'deadline',
  unitCode: 'audienceUnit', audience: 'audienceUnit', 'audience-unit': 'audienceUnit', positions: 'positions',
  starTargets: 'starTargets', 'audience-stars': 'starTargets', items: 'items', 'items.kind': 'items', id: 'items',
  minCreditHours: 'minCreditHours', targetRate: 'targetRate',
}

/** Problems about the audience unit or positions that name no field: the unit is out of scope or unknown. */
const PROBLEM_FIELDS: Record<string, PlanField> = {
  'unknown-position': 'positions',
  'out-of-scope': 'audienceUnit',
  'org-unit-not-found': 'audienceUnit',
}

/**
 * The fields a refused save points at, with the server's words: validation violations by their field, `invalid-plan`
 * and `invalid-audience` by the field their detail quotes, a few problems by what they are about. Empty when the
 * problem names no field of the form (then it is shown as a message).
 */
export function fieldErrorsOf(problem: Problem): FieldErrors {
  const errors: FieldErrors = {}
  for (const violation of problem.violations ?? []) {
    const field = violation.field ? SERVER_FIELDS[violation.field] : undefined
    if (field && !errors[field]) errors[field] = violation.message
  }
  const type = problemSlug(problem.type)
  const text = problem.detail ?? problem.title ?? ''
  if (type === 'invalid-plan' || type === 'invalid-audience') {
    const quoted = /["“]([A-Za-z.-]+)["”]/.exec(text)?.[1]
    const field = quoted ? SERVER_FIELDS[quoted] : undefined
    if (field) errors[field] = text
  } else if (type && PROBLEM_FIELDS[type]) {
    errors[PROBLEM_FIELDS[type]] = text
  }
  return errors
}

/**
 * What the plan list offers for a plan: a draft is written, deleted or published; a published plan recounted. A plan
 * of a unit above the admin's own (a city plan in a county admin's list) is only read: the server lets admins change
 * plans inside their subtree only. `ownPath` is the admin's unit path from the top, their own unit last.
 */
export type PlanAction = 'edit' | 'delete' | 'publish' | 'recompute'

export function actionsOf(plan: Pick<PlanView, 'status' | 'audience'>, ownPath: readonly { code: string }[]): PlanAction[] {
  if (ownPath.slice(0, -1).some((unit) => unit.code === plan.audience.unitCode)) return []
  return plan.status === 'DRAFT' ? ['edit', 'delete', 'publish'] : ['recompute']
}

/* Required items: each item once, in the order picked. */

export const sameItem = (a: { kind: PlanItemKind; id: number }, b: { kind: PlanItemKind; id: number }) =>
  a.kind === b.kind && a.id === b.id

export function addItem(items: readonly PlanItemEntry[], item: PlanItemEntry): PlanItemEntry[] {
  return items.some((known) => sameItem(known, item)) ? [...items] : [...items, item]
}

export function removeItem(items: readonly PlanItemEntry[], item: { kind: PlanItemKind; id: number }): PlanItemEntry[] {
  return items.filter((known) => !sameItem(known, item))
}

export const itemKey = (item: { kind: PlanItemKind; id: number }) => `${item.kind}:${item.id}`

/** A title matches a search when it contains every word of it, ignoring case. */
export function titleMatches(title: string, query: string): boolean {
  const text = title.toLowerCase()
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => text.includes(word))
}

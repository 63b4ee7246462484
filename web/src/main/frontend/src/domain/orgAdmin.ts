import type { Role } from './roles'

/** Roles that change the org tree and read the audit log; the API enforces the same rule. */
export const ORG_ADMIN_ROLES: readonly Role[] = ['ORG_ADMIN', 'SYS_ADMIN']

/** Actions the org feature writes to the audit log (other features add their own). */
export const AUDIT_ACTIONS = ['ORG_UNIT_UPDATED', 'ORG_UNIT_MOVED', 'ORG_UNIT_MERGED', 'VILLAGE_PLAN_SAVED'] as const
export const AUDIT_SUBJECT_TYPES = ['ORG_UNIT', 'VILLAGE_PLAN'] as const

export function isGrassroots(kind: string): boolean {
  return kind === 'VILLAGE' || kind === 'COMMUNITY'
}

/** The kind of unit a unit of this kind may be moved under; null when it cannot move. */
export function parentKindFor(kind: string): string | null {
  switch (kind) {
    case 'VILLAGE':
    case 'COMMUNITY':
      return 'TOWNSHIP'
    case 'TOWNSHIP':
      return 'COUNTY'
    default:
      return null
  }
}

/** Admins change the units below the top of their subtree, never that unit itself. */
export function isEditable(unit: { code: string }, scopeCode: string | null | undefined): boolean {
  return !!scopeCode && unit.code !== scopeCode
}

/** Plan years to offer: next year, this year and the years that already have a plan, latest first. */
export function planYearOptions(existing: readonly number[], thisYear: number): number[] {
  return [...new Set([thisYear + 1, thisYear, ...existing])].sort((a, b) => b - a)
}

export interface DiffRow {
  field: string
  before: unknown
  after: unknown
  changed: boolean
}

/** Field by field, before beside after: the fields of both states, known ones in reading order. */
export function auditDiff(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): DiffRow[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
  fields.sort((a, b) => fieldRank(a) - fieldRank(b))
  return fields.map((field) => {
    const was = before?.[field] ?? null
    const is = after?.[field] ?? null
    return { field, before: was, after: is, changed: JSON.stringify(was) !== JSON.stringify(is) }
  })
}

/** A recorded value as text: a dash for none, lists joined, long text kept whole. */
export function auditValueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(auditValueText).join('、')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** The division codes in pasted text (one per line, or copied from a sheet with names beside them), each once. */
export function divisionCodesIn(text: string): string[] {
  return [...new Set(text.match(/(?<!\d)\d{12}(?!\d)/g) ?? [])]
}

/** Fields in the order a person reads them; states come back from the database in its own key order. */
const FIELD_ORDER = ['name', 'starTarget', 'weakYear', 'parentName', 'parentCode', 'path', 'retired', 'mergedInto',
  'villages', 'peopleMoved', 'content']

export function fieldRank(field: string): number {
  const rank = FIELD_ORDER.indexOf(field)
  return rank === -1 ? FIELD_ORDER.length : rank
}

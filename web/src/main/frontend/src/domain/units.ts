export interface UnitRef {
  code: string
  name: string
}

/**
 * The chain from the top of the user's org path down to the unit itself. `GET /api/me` may or
 * may not list the unit as the last path element; either way it appears exactly once, last.
 */
export function unitTrail(unit: UnitRef & { path?: readonly UnitRef[] | null }): UnitRef[] {
  const path = (unit.path ?? []).filter((ref) => ref.code !== unit.code)
  return [...path, { code: unit.code, name: unit.name }]
}

export function formatTrail(unit: UnitRef & { path?: readonly UnitRef[] | null }, separator = ' / '): string {
  return unitTrail(unit)
    .map((ref) => ref.name)
    .join(separator)
}

/** `dispatchingUnit` is a name today; accept a `{code,name}` reference too. */
export function dispatchingUnitName(value: string | UnitRef | null | undefined): string {
  if (!value) return '—'
  return typeof value === 'string' ? value : value.name
}

export function starText(target: number | null | undefined): string {
  if (!target || target < 1) return ''
  return '★'.repeat(Math.min(5, Math.floor(target)))
}

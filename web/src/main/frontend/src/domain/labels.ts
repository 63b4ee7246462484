/*
 * Codes the API sends, mapped to vue-i18n message keys. Unknown codes (a newer server)
 * fall back to the raw code rather than to an empty cell.
 */
export const POSITIONS = [
  'PARTY_SECRETARY',
  'VILLAGE_DIRECTOR',
  'COMMITTEE_MEMBER',
  'FIRST_SECRETARY',
  'RESIDENT_CADRE',
  'TOWNSHIP_CADRE',
  'COUNTY_CADRE',
  'ORGANIZING_MEMBER',
] as const
export type Position = (typeof POSITIONS)[number]

export const UNIT_KINDS = ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'COMMUNITY'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export const GENDERS = ['M', 'F'] as const

/** Kinds whose subtree holds villages; for them the tree shows a village count. */
export function hasVillagesBelow(kind: string): boolean {
  return kind === 'CITY' || kind === 'COUNTY' || kind === 'TOWNSHIP'
}

export type Translate = (key: string, params?: Record<string, unknown>) => string
export type Exists = (key: string) => boolean

function labelFor(prefix: string, code: string | null | undefined, t: Translate, te: Exists, fallback: string): string {
  if (code === null || code === undefined || code === '') return fallback
  const key = `${prefix}.${code}`
  return te(key) ? t(key) : code
}

export const positionLabel = (code: string, t: Translate, te: Exists) => labelFor('position', code, t, te, '')
export const kindLabel = (code: string, t: Translate, te: Exists) => labelFor('kind', code, t, te, '')
export const roleLabel = (code: string, t: Translate, te: Exists) => labelFor('role', code, t, te, '')
export const genderLabel = (code: string | null | undefined, t: Translate, te: Exists) =>
  labelFor('gender', code, t, te, t('common.none'))

/* Policy library codes (政策文件). */
export const policyLevelLabel = (code: string, t: Translate, te: Exists) => labelFor('policyLevel', code, t, te, '')
export const policyTypeLabel = (code: string, t: Translate, te: Exists) => labelFor('policyType', code, t, te, '')
export const policyStatusLabel = (code: string, t: Translate, te: Exists) => labelFor('policyStatus', code, t, te, '')
export const publicationLabel = (code: string, t: Translate, te: Exists) => labelFor('publication', code, t, te, '')

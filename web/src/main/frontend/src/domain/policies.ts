import type { FacetCount, FacetDimension, Facets } from '../api/types'
import type { Query } from '../api/client'
import { policyLevelLabel, policyStatusLabel, policyTypeLabel, type Translate, type Exists } from './labels'

/*
 * The policy search page keeps its whole state in the URL query string, so a search can be
 * shared as a link and the back button steps through earlier searches:
 *   /policies?q=软弱涣散&level=CITY&level=COUNTY&year=2024&sort=newest&page=2
 * Defaults (page 1, 10 per page, the default sort) are left out of the URL.
 */

export const POLICY_LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'] as const
export const POLICY_TYPES = [
  'NOTICE',
  'OPINION',
  'MEASURES',
  'PLAN',
  'STANDARD',
  'RULES',
  'INTERPRETATION',
  'QA',
] as const
export const POLICY_STATUSES = ['IN_FORCE', 'SUPERSEDED'] as const
export const PUBLICATIONS = ['DRAFT', 'PUBLISHED', 'UNPUBLISHED'] as const

/** Facet groups in the order the page shows them. */
export const FACET_DIMENSIONS: readonly FacetDimension[] = ['level', 'type', 'year', 'authority', 'tag', 'status']

export const SORTS = ['relevance', 'newest'] as const
export type PolicySort = (typeof SORTS)[number]

export const DEFAULT_PAGE_SIZE = 10
export const PAGE_SIZES = [10, 20, 50] as const

export interface PolicySearchState {
  q: string
  filters: Record<FacetDimension, string[]>
  /** null: the default, relevance with a query and newest without one. */
  sort: PolicySort | null
  page: number
  size: number
}

export function emptyFilters(): Record<FacetDimension, string[]> {
  return { level: [], type: [], year: [], authority: [], tag: [], status: [] }
}

export function emptySearchState(): PolicySearchState {
  return { q: '', filters: emptyFilters(), sort: null, page: 1, size: DEFAULT_PAGE_SIZE }
}

/** What vue-router hands over as `route.query` (values may be strings, nulls or arrays of them). */
export type RawQuery = Record<string, unknown>

function valuesOf(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : [raw]
  const values: string[] = []
  for (const item of list) {
    if (typeof item !== 'string') continue
    const value = item.trim()
    if (value !== '' && !values.includes(value)) values.push(value)
  }
  return values
}

function firstOf(raw: unknown): string {
  return valuesOf(raw)[0] ?? ''
}

function positiveInt(raw: unknown): number | null {
  const text = firstOf(raw)
  if (!/^\d{1,6}$/.test(text)) return null
  const value = Number(text)
  return value >= 1 ? value : null
}

/** URL → state; anything malformed (page=abc, size=7, sort=best) falls back to the default. */
export function parseSearchState(query: RawQuery): PolicySearchState {
  const filters = emptyFilters()
  for (const dimension of FACET_DIMENSIONS) filters[dimension] = valuesOf(query[dimension])
  // The API takes years as numbers and refuses anything else; a mangled link just loses that filter.
  filters.year = filters.year.filter((year) => /^\d{4}$/.test(year))
  const sort = firstOf(query.sort)
  const size = positiveInt(query.size)
  return {
    q: firstOf(query.q),
    filters,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as PolicySort) : null,
    page: positiveInt(query.page) ?? 1,
    size: size !== null && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  }
}

/** The sort actually used: the chosen one, else relevance when there is a query, newest otherwise. */
export function effectiveSort(state: PolicySearchState): PolicySort {
  return state.sort ?? (state.q.trim() ? 'relevance' : 'newest')
}

/** State → URL query (vue-router's LocationQueryRaw); defaults are left out, keys in a fixed order. */
export function searchStateToQuery(state: PolicySearchState): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  const q = state.q.trim()
  if (q) query.q = q
  for (const dimension of FACET_DIMENSIONS) {
    const values = state.filters[dimension]
    if (values.length === 1) query[dimension] = values[0]!
    else if (values.length > 1) query[dimension] = [...values]
  }
  if (state.sort && state.sort !== effectiveSort({ ...state, sort: null })) query.sort = state.sort
  if (state.page > 1) query.page = String(state.page)
  if (state.size !== DEFAULT_PAGE_SIZE) query.size = String(state.size)
  return query
}

/** State → `GET /api/policies` parameters; the sort is always explicit there. */
export function searchStateToApi(state: PolicySearchState): Query {
  const query: Query = { q: state.q.trim() || undefined }
  for (const dimension of FACET_DIMENSIONS) query[dimension] = state.filters[dimension]
  query.sort = effectiveSort(state)
  query.page = state.page
  query.size = state.size
  return query
}

function copy(state: PolicySearchState): PolicySearchState {
  const filters = emptyFilters()
  for (const dimension of FACET_DIMENSIONS) filters[dimension] = [...state.filters[dimension]]
  return { ...state, filters }
}

/** A new query text keeps the filters and goes back to page 1. */
export function withText(state: PolicySearchState, q: string): PolicySearchState {
  return { ...copy(state), q: q.trim(), page: 1 }
}

/** Ticking or unticking one facet value; the results start again at page 1. */
export function toggleFilter(
  state: PolicySearchState,
  dimension: FacetDimension,
  value: string,
  checked: boolean,
): PolicySearchState {
  const next = copy(state)
  const values = next.filters[dimension].filter((v) => v !== value)
  if (checked) values.push(value)
  next.filters[dimension] = values
  next.page = 1
  return next
}

export function clearFilters(state: PolicySearchState): PolicySearchState {
  return { ...copy(state), filters: emptyFilters(), page: 1 }
}

export function withSort(state: PolicySearchState, sort: PolicySort): PolicySearchState {
  return { ...copy(state), sort, page: 1 }
}

export function withPage(state: PolicySearchState, page: number, size = state.size): PolicySearchState {
  return { ...copy(state), page: size === state.size ? page : 1, size }
}

export function activeFilters(state: PolicySearchState): { dimension: FacetDimension; value: string }[] {
  return FACET_DIMENSIONS.flatMap((dimension) => state.filters[dimension].map((value) => ({ dimension, value })))
}

export function hasFilters(state: PolicySearchState): boolean {
  return activeFilters(state).length > 0
}

/**
 * The options of one facet group: the server's counts, plus any selected value the server no
 * longer counts (count 0), so a tick can always be taken back.
 */
export function facetOptions(facets: Facets | undefined, dimension: FacetDimension, selected: readonly string[]): FacetCount[] {
  const options = [...(facets?.[dimension] ?? [])]
  for (const value of selected) {
    if (!options.some((option) => option.value === value)) options.push({ value, count: 0 })
  }
  // Years read best as a timeline, newest first, whatever order the counts came in.
  if (dimension === 'year') options.sort((a, b) => b.value.localeCompare(a.value))
  return options
}

/** Facet value → label: codes through the catalogues, years as "2024 年", names as they are. */
export function facetLabel(dimension: FacetDimension, value: string, t: Translate, te: Exists): string {
  switch (dimension) {
    case 'level':
      return policyLevelLabel(value, t, te)
    case 'type':
      return policyTypeLabel(value, t, te)
    case 'status':
      return policyStatusLabel(value, t, te)
    case 'year':
      return /^\d{4}$/.test(value) ? t('policy.yearValue', { year: value }) : value
    default:
      return value
  }
}

/**
 * Titles and snippets come escaped by the server with `<mark>` as their only markup; this drops
 * any other tag should one ever slip through, before the text goes to v-html.
 */
export function keepOnlyMarks(html: string | null | undefined): string {
  if (!html) return ''
  return html.replace(/<(?!\/?mark>)[^>]*>?/gi, '')
}

/* ---- Upload checks ---- */

export const POLICY_FILE_EXTENSIONS = ['pdf', 'docx', 'doc', 'html', 'htm', 'txt'] as const
export const POLICY_FILE_ACCEPT = POLICY_FILE_EXTENSIONS.map((ext) => `.${ext}`).join(',')
export const MAX_POLICY_FILE_BYTES = 20 * 1024 * 1024

export interface FileProblem {
  key: string
  params?: Record<string, unknown>
}

export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/** The same limits the server applies, checked before sending 20 MB over a village connection. */
export function checkPolicyFile(file: { name: string; size: number } | null | undefined): FileProblem | null {
  if (!file) return { key: 'policy.upload.fileRequired' }
  if (!(POLICY_FILE_EXTENSIONS as readonly string[]).includes(fileExtension(file.name))) {
    return { key: 'policy.upload.badType', params: { types: POLICY_FILE_EXTENSIONS.join('/').toUpperCase() } }
  }
  if (file.size === 0) return { key: 'policy.upload.emptyFile' }
  if (file.size > MAX_POLICY_FILE_BYTES) {
    return { key: 'policy.upload.tooLarge', params: { size: formatFileSize(MAX_POLICY_FILE_BYTES) } }
  }
  return null
}

/** 1536 → "1.5 KB", 20971520 → "20 MB". */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—'
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const text = value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '')
  return `${text} ${units[unit]}`
}

/** Upload or rebuild progress as a whole percentage in 0…100. */
export function progressPercent(done: number, total: number): number {
  if (!Number.isFinite(done) || !Number.isFinite(total) || total <= 0) return 0
  return Math.max(0, Math.min(100, Math.floor((done / total) * 100)))
}


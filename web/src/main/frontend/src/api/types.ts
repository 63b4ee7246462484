import type { UnitRef } from '../domain/units'

export type { UnitRef }

/** `GET /api/config` — public, read before login. */
export interface PortalConfig {
  keycloakUrl: string
  realm: string
  clientId: string
}

export interface MyOrgUnit extends UnitRef {
  kind: string
  path: UnitRef[]
}

/** `GET /api/me` */
export interface Me {
  username: string
  displayName: string
  roles: string[]
  orgUnit: MyOrgUnit | null
}

/** `GET /api/org/units/{code}`; counts are over the unit's whole subtree. */
export interface UnitView {
  code: string
  name: string
  kind: string
  parentCode: string | null
  starTarget: number | null
  weakYear: number | null
  povertyAlleviated: boolean
  villageCount: number
  peopleCount: number
  hasChildren: boolean
  /** What an edit names, so that a change made meanwhile by someone else is refused (409). */
  version: number
}

/** Server-side page; `page` is 1-based. */
export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

export interface PersonView {
  id: number
  name: string
  gender: string | null
  /** Whole for the admins of the person's subtree, masked (`138****1234`) for everyone else. */
  phone: string | null
  positions: string[]
  unitCode: string
  unitName: string
  dispatchingUnit: string | UnitRef | null
}

export interface PeopleQuery {
  position?: string
  q?: string
  page: number
  size: number
}

/* ---- Policy library (政策文件) ---- */

/** A reference to another document (superseded by / supersedes, suggestions). */
export interface PolicyRef {
  id: number
  title: string
  docNumber: string | null
}

/** `GET /api/policies/suggest?q=` */
export type PolicySuggestion = PolicyRef

/** One hit of `GET /api/policies`. */
export interface PolicyHit {
  id: number
  docNumber: string | null
  title: string
  /** Server-escaped title whose only markup is `<mark>` around the query terms. */
  titleHtml?: string | null
  /** Server-escaped passage whose only markup is `<mark>`; absent without a query. */
  snippetHtml?: string | null
  authority: string
  level: string
  issueDate: string
  status: string
  type: string
  tags: string[]
  internal: boolean
}

/** One row of `GET /api/policies/admin`: a hit plus where it stands in publishing. */
export interface PolicyAdminItem extends PolicyHit {
  publication: string
}

export interface FacetCount {
  value: string
  count: number
}

/** Facet dimensions as the API names them (and as the filter parameters are called). */
export type FacetDimension = 'level' | 'authority' | 'type' | 'year' | 'tag' | 'status'

export type Facets = Partial<Record<FacetDimension, FacetCount[]>>

/** `GET /api/policies` */
export interface PolicySearchResult extends Page<PolicyHit> {
  facets?: Facets
}

export interface PolicyAttachment {
  id: number
  fileName: string
  mediaType: string
  size: number
}

/** `GET /api/policies/{id}?q=` */
export interface PolicyDocumentView {
  id: number
  docNumber: string | null
  title: string
  authority: string
  level: string
  issueDate: string
  status: string
  type: string
  tags: string[]
  internal: boolean
  publication: string
  /** Paragraphs of the extracted text, escaped by the server, with `<mark>` around hits of `q`. */
  bodyHtml: string
  supersededBy: PolicyRef | null
  supersedes: PolicyRef[]
  attachments: PolicyAttachment[]
}

/** The metadata part of an upload, and the body of `PUT /api/policies/{id}` (without `publish`). */
export interface PolicyMetadata {
  docNumber: string | null
  title: string
  authority: string
  level: string
  issueDate: string
  type: string
  tags: string[]
  internal: boolean
  /** Upload only: publish at once instead of keeping a draft. */
  publish?: boolean
}

export interface PolicyAdminQuery {
  q?: string
  publication?: string
  page: number
  size: number
}

/** `GET /api/search-index` and the 202 answer of `POST /api/search-index/rebuild`. */
export interface SearchIndexState {
  documents: number
  state: 'READY' | 'REBUILDING' | string
  progress: { done: number; total: number } | null
}

/** One problem found in a bulk import: the metadata row and/or the file it concerns. */
export interface PolicyImportError {
  file: string | null
  row: number | null
  message: string
}

/** `POST /api/policies/imports` (202) and `GET /api/policies/imports/{id}`; poll until DONE or FAILED. */
export interface PolicyImportJob {
  id: string
  state: 'VALIDATING' | 'IMPORTING' | 'DONE' | 'FAILED' | string
  done: number
  total: number
  imported: number
  errors: PolicyImportError[]
}

export type PeopleChange = 'NEW' | 'UPDATED' | 'MOVED' | 'UNCHANGED' | 'REACTIVATED'

/** One problem of a people sheet: its row in the sheet, the column's header and the message. */
export interface PeopleImportProblem {
  row: number
  column: string
  code: string
  message: string
}

/** `POST /api/people/imports` (201), `GET …/{id}`, `POST …/{id}/commit`: a checked sheet and what it changes. */
/** CHECKING while the server reads and matches the sheet; the preview fields fill in once CHECKED. */
export type PeopleImportState = 'CHECKING' | 'CHECKED'
export type PeopleCheckPhase = 'READING' | 'MATCHING' | 'DONE'

export interface PeopleImportView {
  id: string
  fileName: string
  unitCode: string
  state: PeopleImportState
  progress: { phase: PeopleCheckPhase; percent: number }
  checkedAt: string | null
  rows: number
  /** Recognised columns: their key and the template header. */
  columns: Record<string, string>
  unrecognizedColumns: string[]
  changes: Record<PeopleChange, number>
  leftOut: number
  leftOutPeople: { id: number; name: string; phone: string }[]
  problemCount: number
  problems: PeopleImportProblem[]
  committed: boolean
  written: { created: number; changed: number; departed: number } | null
}

/* ---- Org administration and audit log ---- */

/** `PUT /api/org/units/{code}`: rename; star target and weak year for villages only (null = none). */
export interface UnitEdit {
  version: number
  name: string
  starTarget: number | null
  weakYear: number | null
}

/** `GET /api/org/units/{code}/plans/{year}`: no version when the village has no plan for the year yet. */
export interface VillagePlanView {
  unitCode: string
  year: number
  content: string
  updatedBy?: string
  updatedAt?: string
  version?: number
}

/** `GET /api/org/people/{id}`: the phone as the server discloses it, the ID number only ever masked. */
export interface PersonDetailView {
  id: number
  name: string
  gender: string
  phone: string
  idNumber?: string
  positions: string[]
  unitCode: string
  unitName: string
  dispatchingUnit?: string
  departedAt?: string
}

/** `PUT /api/org/units/{code}/weak-and-lax/{year}` */
export interface WeakAndLaxOutcome {
  listed: number
  marked: number
  cleared: number
}

/** A unit in a list (`GET …/weak-and-lax/{year}`). */
export interface ListedUnit extends UnitRef {
  parentCode: string | null
}

/** A state before or after a change: field name → plain JSON value. */
export type AuditState = Record<string, unknown>

/** One entry of `GET /api/audit`; `at` is ISO 8601 with the +08:00 offset. */
export interface AuditEntryView {
  id: number
  at: string
  actorUsername: string
  actorName: string
  action: string
  subjectType: string
  subjectId: string
  subjectLabel: string
  before?: AuditState | null
  after?: AuditState | null
  reason?: string
}

export interface AuditQuery {
  unit?: string
  action?: string
  subjectType?: string
  actor?: string
  /** yyyy-MM-dd, days in China; `to` inclusive. */
  from?: string
  to?: string
  page: number
  size: number
}

/* Learner accounts (issue 5, accounts) */
export type AccountState = 'PENDING' | 'ACTIVE' | 'DISABLED' | 'FAILED'

/** A person's account in a list (`GET /api/accounts?personId=…`). */
export interface AccountStateView {
  personId: number
  username: string
  state: AccountState
}

/** One person's account (`GET /api/people/{id}/account`). */
export interface AccountDetails {
  personId: number
  username: string
  state: AccountState
  attempts: number
  lastError: string | null
  nextAttemptAt: string | null
  /** The one-time code the account was made with, while it still works. */
  initialCode: string | null
  /** Null when Keycloak could not be asked. */
  lockedOut: boolean | null
  passwordChangeRequired: boolean | null
}

export interface ProvisioningFailure {
  personId: number
  name: string
  username: string
  attempts: number
  error: string
  nextAttemptAt: string | null
}

/** How provisioning stands in a subtree (`GET /api/accounts/provisioning`). */
export interface ProvisioningView {
  pending: number
  active: number
  disabled: number
  failed: number
  total: number
  failures: ProvisioningFailure[]
}

import { freshToken, relogin } from '../auth/keycloak'
import { currentLocale } from '../i18n'
import { createApiClient, type Query } from './client'
import type {
  AuditEntryView,
  AuditQuery,
  AccountDetails,
  AccountStateView,
  Me,
  ListedUnit,
  UnitEdit,
  VillagePlanView,
  WeakAndLaxOutcome,
  Page,
  PeopleImportView,
  PersonDetailView,
  PeopleQuery,
  PersonView,
  PolicyAdminItem,
  PolicyAdminQuery,
  PolicyDocumentView,
  PolicyImportJob,
  PolicyMetadata,
  PolicySearchResult,
  PolicySuggestion,
  ProvisioningView,
  SearchIndexState,
  UnitView,
} from './types'
import { uploadForm } from './upload'

/** The one client the portal uses: bearer token on every call, 401 → log in again. */
export const api = createApiClient({
  token: freshToken,
  onUnauthorized: () => void relogin(),
  locale: currentLocale,
})

const unitPath = (code: string) => `/api/org/units/${encodeURIComponent(code)}`

export const fetchMe = () => api.get<Me>('/api/me')

export const orgApi = {
  unit: (code: string) => api.get<UnitView>(unitPath(code)),
  children: (code: string) => api.get<UnitView[]>(`${unitPath(code)}/children`),
  search: (q: string, page = 1, size = 20) => api.get<Page<UnitView>>('/api/org/units', { q, page, size }),
  people: (code: string, query: PeopleQuery) =>
    api.get<Page<PersonView>>(`${unitPath(code)}/people`, { ...query }),
  person: (id: number) => api.get<PersonDetailView>(`/api/org/people/${encodeURIComponent(String(id))}`),
}

const policyPath = (id: number) => `/api/policies/${encodeURIComponent(String(id))}`

export interface UploadProgress {
  onProgress?: (loaded: number, total: number) => void
  signal?: AbortSignal
}

/** Upload options with the session's token, re-login and language, as the JSON client has them. */
export const sessionUpload = (progress: UploadProgress) => ({
  token: freshToken,
  onUnauthorized: () => void relogin(),
  locale: currentLocale,
  ...progress,
})

export const policyApi = {
  /** Full-text search with facets; filter parameters repeat (`level=CITY&level=COUNTY`). */
  search: (query: Query) => api.get<PolicySearchResult>('/api/policies', query),
  suggest: (q: string, size = 8) => api.get<PolicySuggestion[]>('/api/policies/suggest', { q, size }),
  /** With `q`, the body comes back with the hits in `<mark>`. */
  document: (id: number, q?: string) => api.get<PolicyDocumentView>(policyPath(id), { q }),
  attachment: (id: number, attachmentId: number) =>
    api.download(`${policyPath(id)}/attachments/${encodeURIComponent(String(attachmentId))}`),
  managed: (query: PolicyAdminQuery) => api.get<Page<PolicyAdminItem>>('/api/policies/admin', { ...query }),
  /** multipart/form-data: `file` plus `metadata` as an application/json part; 201 + the document. */
  upload: (file: File, metadata: PolicyMetadata, progress: UploadProgress = {}) => {
    const form = new FormData()
    form.append('file', file, file.name)
    form.append('metadata', new Blob([JSON.stringify(metadata)], { type: 'application/json' }), 'metadata.json')
    return uploadForm<PolicyDocumentView>('/api/policies', form, sessionUpload(progress))
  },
  /** Bulk import: multipart `file` (the .zip) + `publish` ("true"/"false"); 202 + the job. */
  importZip: (file: File, publish: boolean, progress: UploadProgress = {}) => {
    const form = new FormData()
    form.append('file', file, file.name)
    form.append('publish', String(publish))
    return uploadForm<PolicyImportJob>('/api/policies/imports', form, sessionUpload(progress))
  },
  importJob: (id: string) => api.get<PolicyImportJob>(`/api/policies/imports/${encodeURIComponent(id)}`),
  update: (id: number, metadata: Omit<PolicyMetadata, 'publish'>) =>
    api.put<PolicyDocumentView | undefined>(policyPath(id), metadata),
  publish: (id: number) => api.post<unknown>(`${policyPath(id)}/publish`),
  unpublish: (id: number) => api.post<unknown>(`${policyPath(id)}/unpublish`),
  supersede: (id: number, supersededBy: number) => api.post<unknown>(`${policyPath(id)}/supersede`, { supersededBy }),
}

const peopleImportPath = (id: string) => `/api/people/imports/${encodeURIComponent(id)}`

/** People sheets: check (nothing written) → preview → commit all rows or none; export a unit in the same format. */
export const peopleImportApi = {
  /**
   * multipart `file` (.xlsx/.csv) + optional `unit` (the code of the unit the sheet covers). Asks to poll
   * (`Prefer: respond-async`): 202 + the check's progress at once; `get` follows it to the preview.
   */
  check: (file: File, unitCode: string | null, progress: UploadProgress = {}) => {
    const form = new FormData()
    form.append('file', file, file.name)
    if (unitCode) form.append('unit', unitCode)
    return uploadForm<PeopleImportView>('/api/people/imports', form, {
      ...sessionUpload(progress),
      headers: { Prefer: 'respond-async' },
    })
  },
  get: (id: string) => api.get<PeopleImportView>(peopleImportPath(id)),
  /** The sheet back with each row's result and problems (.xlsx). */
  report: (id: string) => api.download(`${peopleImportPath(id)}/report`),
  commit: (id: string, departLeftOut: boolean) =>
    api.post<PeopleImportView>(`${peopleImportPath(id)}/commit`, { departLeftOut }),
  /** The people of a unit (the caller's own when null) as a people sheet (.xlsx). */
  exportPeople: (unitCode: string | null) =>
    api.download(`/api/people/export${unitCode ? `?unit=${encodeURIComponent(unitCode)}` : ''}`),
}

export const searchIndexApi = {
  state: () => api.get<SearchIndexState>('/api/search-index'),
  /** 202 + the state; poll `state()` while it says REBUILDING. */
  rebuild: () => api.post<SearchIndexState>('/api/search-index/rebuild'),
}

/** Org administration (ORG_ADMIN / SYS_ADMIN, below the top of their subtree); every edit names its version. */
export const orgAdminApi = {
  update: (code: string, edit: UnitEdit) => api.put<UnitView>(unitPath(code), edit),
  move: (code: string, version: number, target: string) =>
    api.post<UnitView>(`${unitPath(code)}/move`, { version, target }),
  /** Answers the surviving township. */
  merge: (code: string, version: number, target: string) =>
    api.post<UnitView>(`${unitPath(code)}/merge`, { version, target }),
  weakAndLax: (code: string, year: number) => api.get<ListedUnit[]>(`${unitPath(code)}/weak-and-lax/${year}`),
  /** Exactly these villages of the subtree are weak-and-lax in the year; others marked for it are cleared. */
  setWeakAndLax: (code: string, year: number, villages: string[]) =>
    api.put<WeakAndLaxOutcome>(`${unitPath(code)}/weak-and-lax/${year}`, { villages }),
  planYears: (code: string) => api.get<number[]>(`${unitPath(code)}/plans`),
  plan: (code: string, year: number) => api.get<VillagePlanView>(`${unitPath(code)}/plans/${year}`),
  savePlan: (code: string, year: number, content: string, version: number | undefined) =>
    api.put<VillagePlanView>(`${unitPath(code)}/plans/${year}`, { content, version: version ?? null }),
}

export const auditApi = {
  search: (query: AuditQuery) => api.get<Page<AuditEntryView>>('/api/audit', { ...query }),
}

const accountPath = (personId: number) => `/api/people/${encodeURIComponent(String(personId))}/account`

/** Learner accounts in Keycloak (issue 5): states for a list, one account, reset, unlock, provisioning. */
export const accountApi = {
  states: (personIds: number[]) =>
    personIds.length === 0 ? Promise.resolve([]) : api.get<AccountStateView[]>('/api/accounts', { personId: personIds }),
  details: (personId: number) => api.get<AccountDetails>(accountPath(personId)),
  resetPassword: (personId: number) => api.post<{ code: string }>(`${accountPath(personId)}/password-reset`),
  unlock: (personId: number) => api.post<void>(`${accountPath(personId)}/unlock`),
  provisioning: (unitCode: string | null) =>
    api.get<ProvisioningView>('/api/accounts/provisioning', unitCode ? { unit: unitCode } : {}),
  provisionNow: (unitCode: string | null) =>
    api.post<{ queued: number }>(`/api/accounts/provisioning${unitCode ? `?unit=${encodeURIComponent(unitCode)}` : ''}`),
}

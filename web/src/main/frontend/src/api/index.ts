import { freshToken, relogin } from '../auth/keycloak'
import { currentLocale } from '../i18n'
import { createApiClient, type Query } from './client'
import type {
  AccountDetails,
  AccountStateView,
  Me,
  Page,
  PeopleImportView,
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
}

const policyPath = (id: number) => `/api/policies/${encodeURIComponent(String(id))}`

export interface UploadProgress {
  onProgress?: (loaded: number, total: number) => void
  signal?: AbortSignal
}

/** Upload options with the session's token, re-login and language, as the JSON client has them. */
const sessionUpload = (progress: UploadProgress) => ({
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

/** People sheets: check (nothing written) → preview → commit all rows or none. */
export const peopleImportApi = {
  /** multipart `file` (.xlsx/.csv) + optional `unit` (the code of the unit the sheet covers); 201 + the preview. */
  check: (file: File, unitCode: string | null, progress: UploadProgress = {}) => {
    const form = new FormData()
    form.append('file', file, file.name)
    if (unitCode) form.append('unit', unitCode)
    return uploadForm<PeopleImportView>('/api/people/imports', form, sessionUpload(progress))
  },
  commit: (id: string, departLeftOut: boolean) =>
    api.post<PeopleImportView>(`/api/people/imports/${encodeURIComponent(id)}/commit`, { departLeftOut }),
}

export const searchIndexApi = {
  state: () => api.get<SearchIndexState>('/api/search-index'),
  /** 202 + the state; poll `state()` while it says REBUILDING. */
  rebuild: () => api.post<SearchIndexState>('/api/search-index/rebuild'),
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

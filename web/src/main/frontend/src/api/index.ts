import { freshToken, relogin } from '../auth/keycloak'
import { currentLocale } from '../i18n'
import { createApiClient } from './client'
import type { Me, Page, PeopleQuery, PersonView, UnitView } from './types'

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

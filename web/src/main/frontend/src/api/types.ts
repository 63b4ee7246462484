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
  /** Masked by the server, e.g. `138****1234`. */
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

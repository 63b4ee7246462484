/** Realm roles as the API reports them in `GET /api/me`, in display order. */
export const ROLES = ['LEARNER', 'TRAINER', 'ORG_ADMIN', 'SYS_ADMIN'] as const
export type Role = (typeof ROLES)[number]

/** Roles that may open the organisation tree (`/org`); the API enforces the same rule. */
export const ORG_VIEWER_ROLES: readonly Role[] = ['ORG_ADMIN', 'SYS_ADMIN', 'TRAINER']

/** Roles that upload, edit and publish policy documents (`/policies/manage`). */
export const POLICY_ADMIN_ROLES: readonly Role[] = ['ORG_ADMIN', 'SYS_ADMIN']

/** Roles that plan sessions and show their sign-in QR codes (`/sessions`). */
export const SESSION_STAFF_ROLES: readonly Role[] = ['ORG_ADMIN', 'SYS_ADMIN', 'TRAINER']

/** Roles that may rebuild the full-text search index. */
export const SEARCH_INDEX_ADMIN_ROLES: readonly Role[] = ['SYS_ADMIN']

export function isKnownRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role)
}

/** True when no roles are required, or the user holds at least one of them. */
export function hasAnyRole(userRoles: readonly string[], required?: readonly string[]): boolean {
  if (!required || required.length === 0) return true
  return required.some((role) => userRoles.includes(role))
}

export function canViewOrg(userRoles: readonly string[]): boolean {
  return hasAnyRole(userRoles, ORG_VIEWER_ROLES)
}

/** Known roles in display order first, unknown ones after them as given; duplicates dropped. */
export function sortRoles(userRoles: readonly string[]): string[] {
  const rank = (role: string) => (isKnownRole(role) ? ROLES.indexOf(role) : ROLES.length)
  return [...new Set(userRoles)].sort((a, b) => rank(a) - rank(b))
}

export function canManagePolicies(userRoles: readonly string[]): boolean {
  return hasAnyRole(userRoles, POLICY_ADMIN_ROLES)
}

export function canManageSearchIndex(userRoles: readonly string[]): boolean {
  return hasAnyRole(userRoles, SEARCH_INDEX_ADMIN_ROLES)
}

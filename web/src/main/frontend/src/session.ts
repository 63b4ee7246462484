import { computed, shallowRef } from 'vue'
import type { Me } from './api/types'
import { canManagePolicies, canManageSearchIndex, canViewOrg, sortRoles } from './domain/roles'

/** The logged-in user as the API sees them (`GET /api/me`), loaded once before the app mounts. */
const me = shallowRef<Me | null>(null)

export function setMe(value: Me): void {
  me.value = value
}

export function useSession() {
  return {
    me,
    roles: computed(() => sortRoles(me.value?.roles ?? [])),
    canViewOrg: computed(() => canViewOrg(me.value?.roles ?? [])),
    canManagePolicies: computed(() => canManagePolicies(me.value?.roles ?? [])),
    canManageSearchIndex: computed(() => canManageSearchIndex(me.value?.roles ?? [])),
  }
}

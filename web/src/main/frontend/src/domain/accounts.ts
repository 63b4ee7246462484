import type { AccountState, ProvisioningView } from '../api/types'
import { hasAnyRole, type Role } from './roles'

/** Roles that see learners' accounts, reset passwords and unlock; the API enforces the same rule. */
export const ACCOUNT_ADMIN_ROLES: readonly Role[] = ['ORG_ADMIN', 'SYS_ADMIN']

export function canManageAccounts(userRoles: readonly string[]): boolean {
  return hasAnyRole(userRoles, ACCOUNT_ADMIN_ROLES)
}

/** Element Plus tag type per account state: done is green, waiting grey, failed red, disabled muted. */
export function accountTagType(state: AccountState | null): 'success' | 'info' | 'danger' | 'warning' {
  switch (state) {
    case 'ACTIVE':
      return 'success'
    case 'FAILED':
      return 'danger'
    case 'DISABLED':
      return 'warning'
    default:
      return 'info'
  }
}

/** Whether the worker still has accounts to make in the subtree, so the panel keeps polling. */
export function provisioningBusy(view: ProvisioningView | null): boolean {
  return view !== null && view.pending > 0
}

/** Share of the subtree's accounts that are done (active or disabled as wanted), 0–100. */
export function provisioningPercent(view: ProvisioningView | null): number {
  if (!view || view.total === 0) return 100
  return Math.floor(((view.active + view.disabled) * 100) / view.total)
}

/** A code shown to be read out or copied: groups of five, so that ten characters are easy to read. */
export function groupCode(code: string): string {
  return code.replace(/(.{5})(?=.)/g, '$1 ')
}

import { describe, expect, it } from 'vitest'
import { canManagePolicies, canManageSearchIndex, canViewOrg, hasAnyRole, sortRoles } from './roles'

describe('roles', () => {
  it('lets org admins, system admins and trainers open the org tree', () => {
    expect(canViewOrg(['ORG_ADMIN'])).toBe(true)
    expect(canViewOrg(['SYS_ADMIN'])).toBe(true)
    expect(canViewOrg(['TRAINER'])).toBe(true)
    expect(canViewOrg(['LEARNER', 'TRAINER'])).toBe(true)
  })

  it('keeps learners and role-less users out of the org tree', () => {
    expect(canViewOrg(['LEARNER'])).toBe(false)
    expect(canViewOrg([])).toBe(false)
    expect(canViewOrg(['learner', 'org_admin'])).toBe(false)
  })

  it('lets anyone open a page that requires no role', () => {
    expect(hasAnyRole([], undefined)).toBe(true)
    expect(hasAnyRole(['LEARNER'], [])).toBe(true)
  })

  it('orders known roles for display and keeps unknown ones last', () => {
    expect(sortRoles(['SYS_ADMIN', 'offline_access', 'LEARNER', 'TRAINER', 'LEARNER'])).toEqual([
      'LEARNER',
      'TRAINER',
      'SYS_ADMIN',
      'offline_access',
    ])
  })
})

describe('policy library roles', () => {
  it('lets org and system admins manage documents, and only system admins rebuild the index', () => {
    expect(canManagePolicies(['ORG_ADMIN'])).toBe(true)
    expect(canManagePolicies(['SYS_ADMIN'])).toBe(true)
    expect(canManagePolicies(['TRAINER', 'LEARNER'])).toBe(false)
    expect(canManageSearchIndex(['SYS_ADMIN'])).toBe(true)
    expect(canManageSearchIndex(['ORG_ADMIN'])).toBe(false)
  })
})

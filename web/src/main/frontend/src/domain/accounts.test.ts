import { describe, expect, it } from 'vitest'
import type { ProvisioningView } from '../api/types'
import { accountTagType, canManageAccounts, groupCode, provisioningBusy, provisioningPercent } from './accounts'

const view = (counts: Partial<ProvisioningView>): ProvisioningView => ({
  pending: 0,
  active: 0,
  disabled: 0,
  failed: 0,
  total: 0,
  failures: [],
  ...counts,
})

describe('accounts', () => {
  it('lets org and system admins manage accounts, nobody else', () => {
    expect(canManageAccounts(['ORG_ADMIN'])).toBe(true)
    expect(canManageAccounts(['SYS_ADMIN'])).toBe(true)
    expect(canManageAccounts(['TRAINER', 'LEARNER'])).toBe(false)
  })

  it('colours each state', () => {
    expect(accountTagType('ACTIVE')).toBe('success')
    expect(accountTagType('FAILED')).toBe('danger')
    expect(accountTagType('DISABLED')).toBe('warning')
    expect(accountTagType('PENDING')).toBe('info')
    expect(accountTagType(null)).toBe('info')
  })

  it('keeps polling while accounts are pending, not for failures alone', () => {
    expect(provisioningBusy(view({ pending: 3, total: 3 }))).toBe(true)
    expect(provisioningBusy(view({ failed: 2, total: 2 }))).toBe(false)
    expect(provisioningBusy(null)).toBe(false)
  })

  it('counts active and disabled accounts as done', () => {
    expect(provisioningPercent(view({ pending: 1, active: 2, disabled: 1, total: 4 }))).toBe(75)
    expect(provisioningPercent(view({ pending: 2, active: 1, total: 3 }))).toBe(33)
    expect(provisioningPercent(view({}))).toBe(100)
  })

  it('groups a code in fives for reading out', () => {
    expect(groupCode('k7Rm2xQp9A')).toBe('k7Rm2 xQp9A')
    expect(groupCode('abc')).toBe('abc')
  })
})

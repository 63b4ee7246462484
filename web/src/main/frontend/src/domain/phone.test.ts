import { describe, expect, it } from 'vitest'
import { maskPhone } from './phone'

describe('maskPhone', () => {
  it('keeps a number the server already masked', () => {
    expect(maskPhone('138****1234')).toBe('138****1234')
  })

  it('masks a full mainland mobile number should one arrive', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
    expect(maskPhone('138 1234 1234')).toBe('138****1234')
    expect(maskPhone('+86 138 1234 1234')).toBe('138****1234')
  })

  it('masks a landline too', () => {
    expect(maskPhone('0394-8221234')).toBe('039****1234')
    expect(maskPhone('8221234')).toBe('82*1234')
  })

  it('shows a dash for a missing number', () => {
    expect(maskPhone(null)).toBe('—')
    expect(maskPhone(undefined)).toBe('—')
    expect(maskPhone('  ')).toBe('—')
  })
})

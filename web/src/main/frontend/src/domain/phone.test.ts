import { describe, expect, it } from 'vitest'
import { phoneText } from './phone'

describe('phoneText', () => {
  it('shows the number as the server sent it, masked or whole', () => {
    expect(phoneText('138****1234')).toBe('138****1234')
    expect(phoneText('13812341234')).toBe('13812341234')
  })

  it('shows a dash for a missing number', () => {
    expect(phoneText(null)).toBe('—')
    expect(phoneText(undefined)).toBe('—')
    expect(phoneText('  ')).toBe('—')
  })
})

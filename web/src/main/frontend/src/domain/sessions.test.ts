import { describe, expect, it } from 'vitest'
import { presetOf, rruleOf, shanghaiLocal, signInCodeFrom, withShanghaiOffset } from './sessions'

describe('repeat presets', () => {
  it('turn into RFC 5545 rules and back', () => {
    expect(rruleOf('NONE', 4)).toBeNull()
    expect(rruleOf('WEEKLY', 4)).toBe('FREQ=WEEKLY;COUNT=4')
    expect(rruleOf('BIWEEKLY', 6)).toBe('FREQ=WEEKLY;INTERVAL=2;COUNT=6')
    expect(rruleOf('MONTHLY', 12)).toBe('FREQ=MONTHLY;COUNT=12')
    expect(presetOf('FREQ=WEEKLY;INTERVAL=2;COUNT=6')).toEqual({ preset: 'BIWEEKLY', count: 6, custom: false })
    expect(presetOf('FREQ=MONTHLY;BYDAY=2TU;COUNT=3').custom).toBe(true)
  })
})

describe('times', () => {
  it('are sent as Shanghai wall-clock time', () => {
    expect(withShanghaiOffset('2026-12-01T09:00:00')).toBe('2026-12-01T09:00:00+08:00')
    expect(shanghaiLocal('2026-12-01T01:00:00Z')).toBe('2026-12-01T09:00:00')
    expect(shanghaiLocal('2026-12-01T09:00:00+08:00')).toBe('2026-12-01T09:00:00')
  })
})

describe('sign-in codes', () => {
  it('come from the scanned address or as typed', () => {
    expect(signInCodeFrom('https://x/sign-in/1a~2b~c%2Dd')).toBe('1a~2b~c-d')
    expect(signInCodeFrom(' 1a~2b~cd ')).toBe('1a~2b~cd')
  })
})

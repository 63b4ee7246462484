import { describe, expect, it } from 'vitest'
import { occurrenceOfCode } from './attendance'

describe('occurrenceOfCode', () => {
  it('reads the occurrence in base 36 from a sign-in code', () => {
    expect(occurrenceOfCode('2s~1abcd~AAAAAAAAAAAAAAAAAAAAAA')).toBe(100)
    expect(occurrenceOfCode(' 1~z~abcdefghijklmnopqrstuv ')).toBe(1)
  })

  it('answers null for anything that is not a sign-in code', () => {
    expect(occurrenceOfCode('')).toBeNull()
    expect(occurrenceOfCode('2s~1abcd~short')).toBeNull()
    expect(occurrenceOfCode('https://example/sign-in/2s~1~AAAAAAAAAAAAAAAAAAAAAA')).toBeNull()
  })
})

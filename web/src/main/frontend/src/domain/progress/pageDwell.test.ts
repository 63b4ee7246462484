import { describe, expect, it } from 'vitest'
import { PageDwell } from './pageDwell'

describe('PageDwell', () => {
  it('counts whole seconds per page and keeps the remainder', () => {
    let clock = 0
    const dwell = new PageDwell(() => clock)
    dwell.show(1)
    clock = 2_500
    dwell.show(2)
    clock = 3_700
    expect(dwell.take()).toEqual([
      { page: 1, seconds: 2 },
      { page: 2, seconds: 1 },
    ])
    clock = 4_600
    dwell.show(1)
    clock = 5_100
    expect(dwell.take()).toEqual([
      { page: 1, seconds: 1 },
      { page: 2, seconds: 1 },
    ])
  })

  it('does not count while nothing is shown', () => {
    let clock = 0
    const dwell = new PageDwell(() => clock)
    dwell.show(3)
    clock = 1_000
    dwell.show(null)
    clock = 60_000
    expect(dwell.take()).toEqual([{ page: 3, seconds: 1 }])
  })
})

import { describe, expect, it } from 'vitest'
import { WatchTracker } from './watchTracker'

const play = (tracker: WatchTracker, from: number, to: number, step = 0.25) => {
  for (let t = from; t <= to + 1e-9; t += step) tracker.played(Math.round(t * 100) / 100)
}

describe('WatchTracker', () => {
  it('reports continuous playback as one interval', () => {
    const tracker = new WatchTracker({ noSkipAhead: false, frontier: 0 })
    play(tracker, 0, 10)
    expect(tracker.take()).toEqual([{ from: 0, to: 10 }])
  })

  it('cuts an ongoing segment at each take and continues it', () => {
    const tracker = new WatchTracker({ noSkipAhead: false, frontier: 0 })
    play(tracker, 0, 5)
    expect(tracker.take()).toEqual([{ from: 0, to: 5 }])
    play(tracker, 5.25, 8)
    expect(tracker.take()).toEqual([{ from: 5, to: 8 }])
    expect(tracker.take()).toEqual([])
  })

  it('does not count a jump as watched time', () => {
    const tracker = new WatchTracker({ noSkipAhead: false, frontier: 0 })
    play(tracker, 0, 4)
    play(tracker, 30, 33)
    expect(tracker.take()).toEqual([
      { from: 0, to: 4 },
      { from: 30, to: 33 },
    ])
  })

  it('ends the segment when playback stops', () => {
    const tracker = new WatchTracker({ noSkipAhead: false, frontier: 0 })
    play(tracker, 2, 6)
    tracker.stopped()
    play(tracker, 6, 7)
    expect(tracker.take()).toEqual([
      { from: 2, to: 6 },
      { from: 6, to: 7 },
    ])
  })

  it('holds seeks to the frontier when skipping ahead is not allowed', () => {
    const tracker = new WatchTracker({ noSkipAhead: true, frontier: 20, toleranceSeconds: 4 })
    expect(tracker.allowedSeek(10)).toBe(10)
    expect(tracker.allowedSeek(60)).toBe(24)
    play(tracker, 20, 30)
    expect(tracker.frontier).toBe(30)
    expect(tracker.allowedSeek(60)).toBe(34)
  })

  it('lets a learner seek anywhere otherwise', () => {
    const tracker = new WatchTracker({ noSkipAhead: false, frontier: 0 })
    expect(tracker.allowedSeek(500)).toBe(500)
  })

  it('moves the frontier only with playback that starts at or before it', () => {
    const tracker = new WatchTracker({ noSkipAhead: false, frontier: 10 })
    play(tracker, 50, 60)
    expect(tracker.frontier).toBe(10)
    tracker.stopped()
    play(tracker, 8, 12)
    expect(tracker.frontier).toBe(12)
  })
})

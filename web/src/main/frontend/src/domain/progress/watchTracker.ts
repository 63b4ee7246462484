/**
 * Turns what the media element reports (time updates, seeks) into the intervals of media time actually played.
 * A jump larger than a normal playback step — a seek, a stall that skipped, a tampered clock — ends the current
 * segment, so only time that played through counts. With no-skip-ahead, seeking is held to the watched frontier.
 */
export interface Interval {
  from: number
  to: number
}

export interface TrackerOptions {
  /** Refuse seeking past the frontier (plus the tolerance). */
  noSkipAhead: boolean
  /** The server's watched frontier at the start (seconds). */
  frontier: number
  /** Seconds past the frontier a seek may still land (the server allows 5). */
  toleranceSeconds?: number
  /** Largest step between two time updates that still counts as playing through (browsers report every ~0.25 s). */
  maxStepSeconds?: number
}

export class WatchTracker {
  private readonly noSkipAhead: boolean
  private readonly tolerance: number
  private readonly maxStep: number
  private frontierSeconds: number
  private segmentStart: number | null = null
  private last: number | null = null
  private closed: Interval[] = []

  constructor(options: TrackerOptions) {
    this.noSkipAhead = options.noSkipAhead
    this.frontierSeconds = options.frontier
    this.tolerance = options.toleranceSeconds ?? 4
    this.maxStep = options.maxStepSeconds ?? 1.5
  }

  /** How far the learner has played without a gap from the start (the server's, or further this session). */
  get frontier(): number {
    return this.frontierSeconds
  }

  /** A time update while playing. */
  played(time: number): void {
    if (this.last === null || this.segmentStart === null) {
      this.segmentStart = time
      this.last = time
      return
    }
    const step = time - this.last
    if (step < 0 || step > this.maxStep) {
      this.closeSegment()
      this.segmentStart = time
    }
    this.last = time
    if (this.segmentStart <= this.frontierSeconds + 0.001 && time > this.frontierSeconds) {
      this.frontierSeconds = time
    }
  }

  /** Playback paused, ended, or the element seeked: the current segment ends where it got to. */
  stopped(): void {
    this.closeSegment()
    this.segmentStart = null
    this.last = null
  }

  /** Where a seek to {@code target} may land: anywhere, or at most the frontier (plus the tolerance). */
  allowedSeek(target: number): number {
    if (!this.noSkipAhead) return target
    return Math.min(target, this.frontierSeconds + this.tolerance)
  }

  /** The intervals played since the last call; an ongoing segment is cut here and continues. */
  take(): Interval[] {
    if (this.segmentStart !== null && this.last !== null && this.last > this.segmentStart) {
      this.closed.push({ from: this.segmentStart, to: this.last })
      this.segmentStart = this.last
    }
    const taken = this.closed
    this.closed = []
    return taken
  }

  private closeSegment(): void {
    if (this.segmentStart !== null && this.last !== null && this.last > this.segmentStart) {
      this.closed.push({ from: this.segmentStart, to: this.last })
    }
  }
}

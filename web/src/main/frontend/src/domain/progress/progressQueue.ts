import type { BatchAnswer, ProgressEvent } from './events'

/** Where the queue keeps its events: localStorage in the browser, a map in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/** What sending a batch can end in: an answer, no connection (retry), or a refusal (the batch is dropped). */
export type SendResult =
  | { kind: 'answered'; answer: BatchAnswer }
  | { kind: 'unreachable' }
  | { kind: 'refused'; status: number }

export interface QueueOptions {
  /** Events per request at most (the server takes 500). */
  maxBatch?: number
  /** First retry delay; doubled after each failure up to maxDelayMs, with ±20 % jitter. */
  baseDelayMs?: number
  maxDelayMs?: number
  /** Oldest events are dropped beyond this many (a week offline at one event a second is still far below). */
  capacity?: number
  now?: () => number
  random?: () => number
}

export const QUEUE_KEY = 'zhixing.progress.queue'

/**
 * The player's outbox. Every event is written to storage before it is sent, and removed only when the server has
 * answered for it, so a closed tab, a dead network or a crashed phone loses nothing: the same events (the same ids)
 * go out again later, and the server counts each once. Sending waits after a failure, longer each time.
 */
export class ProgressQueue {
  private readonly maxBatch: number
  private readonly baseDelay: number
  private readonly maxDelay: number
  private readonly capacity: number
  private readonly now: () => number
  private readonly random: () => number
  private failures = 0
  private retryAt = 0
  private sending = false

  constructor(
    private readonly store: KeyValueStore,
    private readonly send: (events: ProgressEvent[]) => Promise<SendResult>,
    options: QueueOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 200
    this.baseDelay = options.baseDelayMs ?? 2_000
    this.maxDelay = options.maxDelayMs ?? 60_000
    this.capacity = options.capacity ?? 50_000
    this.now = options.now ?? Date.now
    this.random = options.random ?? Math.random
  }

  add(...events: ProgressEvent[]): void {
    const all = [...this.pending(), ...events]
    this.save(all.length > this.capacity ? all.slice(all.length - this.capacity) : all)
  }

  pending(): ProgressEvent[] {
    try {
      const stored = JSON.parse(this.store.getItem(QUEUE_KEY) ?? '[]')
      return Array.isArray(stored) ? stored : []
    } catch {
      return []
    }
  }

  /** When the next attempt may go out (ms since the epoch); 0 when it may go now. */
  get nextAttemptAt(): number {
    return this.retryAt
  }

  /**
   * Sends the oldest events, then the next ones, until the queue is empty or a send fails; answers the last answer.
   * Does nothing while an earlier failure's delay runs (unless {@code force}, e.g. when the browser comes online).
   */
  async flush(force = false): Promise<BatchAnswer | null> {
    if (this.sending || (!force && this.now() < this.retryAt)) return null
    this.sending = true
    let last: BatchAnswer | null = null
    try {
      for (let batch = this.pending().slice(0, this.maxBatch); batch.length > 0; batch = this.pending().slice(0, this.maxBatch)) {
        const result = await this.send(batch)
        if (result.kind === 'unreachable') {
          this.failed()
          return last
        }
        this.remove(new Set(batch.map((e) => e.id)))
        this.failures = 0
        this.retryAt = 0
        if (result.kind === 'answered') last = result.answer
      }
      return last
    } finally {
      this.sending = false
    }
  }

  private failed(): void {
    this.failures++
    const delay = Math.min(this.maxDelay, this.baseDelay * 2 ** (this.failures - 1))
    this.retryAt = this.now() + Math.round(delay * (0.8 + 0.4 * this.random()))
  }

  /** Removes what was sent; events added meanwhile stay. */
  private remove(sent: Set<string>): void {
    this.save(this.pending().filter((e) => !sent.has(e.id)))
  }

  private save(events: ProgressEvent[]): void {
    this.store.setItem(QUEUE_KEY, JSON.stringify(events))
  }
}

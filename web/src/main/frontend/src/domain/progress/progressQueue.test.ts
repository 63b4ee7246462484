import { describe, expect, it } from 'vitest'
import type { BatchAnswer, ProgressEvent } from './events'
import { ProgressQueue, QUEUE_KEY, type KeyValueStore, type SendResult } from './progressQueue'

class MemoryStore implements KeyValueStore {
  readonly items = new Map<string, string>()
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

const answer: BatchAnswer = { counted: 0, duplicates: 0, ignored: [], lessons: [], awards: [] }
let n = 0
const event = (): ProgressEvent => ({
  id: `e${++n}`,
  courseId: 1,
  lessonId: 2,
  kind: 'WATCHED',
  from: 0,
  to: 5,
  clientTime: '2026-11-25T08:00:00Z',
})

describe('ProgressQueue', () => {
  it('keeps events in storage until the server has answered for them', async () => {
    const store = new MemoryStore()
    const sent: ProgressEvent[][] = []
    const queue = new ProgressQueue(store, async (events) => {
      sent.push(events)
      return { kind: 'answered', answer }
    })
    queue.add(event(), event())
    expect(JSON.parse(store.getItem(QUEUE_KEY)!)).toHaveLength(2)
    await queue.flush()
    expect(sent).toHaveLength(1)
    expect(queue.pending()).toEqual([])
  })

  it('sends the same events with the same ids again after a failure, waiting longer each time', async () => {
    let clock = 0
    let online = false
    const sent: string[][] = []
    const queue = new ProgressQueue(
      new MemoryStore(),
      async (events): Promise<SendResult> => {
        sent.push(events.map((e) => e.id))
        return online ? { kind: 'answered', answer } : { kind: 'unreachable' }
      },
      { baseDelayMs: 1000, maxDelayMs: 8000, now: () => clock, random: () => 0.5 },
    )
    queue.add(event(), event())
    await queue.flush()
    expect(queue.nextAttemptAt).toBe(1000)
    await queue.flush()
    expect(sent).toHaveLength(1)
    clock = 1000
    await queue.flush()
    expect(queue.nextAttemptAt).toBe(3000)
    clock = 3000
    await queue.flush()
    expect(queue.nextAttemptAt).toBe(7000)
    clock = 7000
    await queue.flush()
    expect(queue.nextAttemptAt).toBe(15000)
    online = true
    await queue.flush(true)
    expect(new Set(sent.map((ids) => ids.join()))).toEqual(new Set([sent[0].join()]))
    expect(queue.pending()).toEqual([])
    expect(queue.nextAttemptAt).toBe(0)
  })

  it('sends a long offline queue in batches, oldest first', async () => {
    const sent: string[][] = []
    const queue = new ProgressQueue(
      new MemoryStore(),
      async (events) => {
        sent.push(events.map((e) => e.id))
        return { kind: 'answered', answer }
      },
      { maxBatch: 2 },
    )
    const events = [event(), event(), event(), event(), event()]
    queue.add(...events)
    await queue.flush()
    expect(sent.map((ids) => ids.length)).toEqual([2, 2, 1])
    expect(sent.flat()).toEqual(events.map((e) => e.id))
  })

  it('drops a batch the server refuses, so that one bad event cannot block the queue', async () => {
    const queue = new ProgressQueue(new MemoryStore(), async () => ({ kind: 'refused', status: 400 }))
    queue.add(event())
    await queue.flush()
    expect(queue.pending()).toEqual([])
  })

  it('keeps events added while a batch was in flight', async () => {
    let queue!: ProgressQueue
    const late = event()
    queue = new ProgressQueue(new MemoryStore(), async () => {
      queue.add(late)
      return { kind: 'unreachable' }
    })
    queue.add(event())
    await queue.flush()
    expect(queue.pending().map((e) => e.id)).toContain(late.id)
    expect(queue.pending()).toHaveLength(2)
  })

  it('survives unreadable storage', () => {
    const store = new MemoryStore()
    store.setItem(QUEUE_KEY, '{not json')
    expect(new ProgressQueue(store, async () => ({ kind: 'unreachable' })).pending()).toEqual([])
  })
})

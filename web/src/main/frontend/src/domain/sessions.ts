/* Scheduling rules the editor needs before it talks to the server. */

export type RepeatPreset = 'NONE' | 'WEEKLY' | 'BIWEEKLY' | 'MONTHLY'

export const REPEAT_PRESETS: readonly RepeatPreset[] = ['NONE', 'WEEKLY', 'BIWEEKLY', 'MONTHLY']

/** The RFC 5545 RRULE of a preset, ending after `count` occurrences; null for a one-off session. */
export function rruleOf(preset: RepeatPreset, count: number): string | null {
  const end = `;COUNT=${Math.max(1, Math.min(500, Math.round(count)))}`
  switch (preset) {
    case 'NONE':
      return null
    case 'WEEKLY':
      return `FREQ=WEEKLY${end}`
    case 'BIWEEKLY':
      return `FREQ=WEEKLY;INTERVAL=2${end}`
    case 'MONTHLY':
      return `FREQ=MONTHLY${end}`
  }
}

/** The preset and count a stored rule came from; rules written by hand show as they are (`custom`). */
export function presetOf(rrule: string | null): { preset: RepeatPreset; count: number; custom: boolean } {
  if (!rrule) return { preset: 'NONE', count: 4, custom: false }
  const count = Number(/COUNT=(\d+)/.exec(rrule)?.[1] ?? 4)
  const bare = rrule.replace(/;COUNT=\d+/, '')
  const preset = bare === 'FREQ=WEEKLY' ? 'WEEKLY' : bare === 'FREQ=WEEKLY;INTERVAL=2' ? 'BIWEEKLY' : bare === 'FREQ=MONTHLY' ? 'MONTHLY' : null
  return preset ? { preset, count, custom: false } : { preset: 'NONE', count, custom: true }
}

/**
 * The editor's pickers hold Shanghai wall-clock time without an offset (`2026-12-01T09:00:00`), whatever the device's
 * zone; the API takes and gives it with the offset.
 */
export function withShanghaiOffset(local: string): string {
  return `${local.slice(0, 19)}+08:00`
}

/** The wall-clock part of a time the API gave in Shanghai time. */
export function shanghaiLocal(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 19)
}

/** The code from a sign-in address (`…/sign-in/<code>`) or from the bare code a learner typed. */
export function signInCodeFrom(text: string): string {
  const trimmed = text.trim()
  const match = /\/sign-in\/([^/?#]+)/.exec(trimmed)
  return match ? decodeURIComponent(match[1]) : trimmed
}

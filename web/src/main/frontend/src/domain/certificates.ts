/* Certificates and learning records: small pure helpers the pages share (tested in certificates.test.ts). */

/** Credit hours as a cadre reads them: 2, 0.5, 1.5 — no trailing zeros. */
export function formatHours(hours: number): string {
  return String(Number(hours.toFixed(1)))
}

/** The China calendar year of now, whatever the device's zone. */
export function chinaYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now))
}

/** The years a record may be asked for, newest first: this year and the five before. */
export function recordYears(now: Date = new Date()): number[] {
  const year = chinaYear(now)
  return Array.from({ length: 6 }, (_, i) => year - i)
}

/** The certificate number of a /verify/<number> address, or null for every other page. */
export function verifyNumberOf(path: string): string | null {
  const match = /^\/verify\/([^/]+)\/?$/.exec(path)
  if (!match) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return match[1]
  }
}

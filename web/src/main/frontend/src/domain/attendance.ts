/* Attendance after the sign-in: what the portal reads from a sign-in code. */

/** The occurrence a sign-in code is for (`<occurrence in base 36>~<window>~<signature>`), or null for anything else. */
export function occurrenceOfCode(code: string): number | null {
  const match = /^([0-9a-z]{1,13})~[0-9a-z]{1,13}~[A-Za-z0-9_-]{22}$/.exec(code.trim())
  if (!match) return null
  const id = parseInt(match[1], 36)
  return Number.isSafeInteger(id) ? id : null
}

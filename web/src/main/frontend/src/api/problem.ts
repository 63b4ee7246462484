/** An RFC 9457 problem as the API renders every error; fields may be missing. */
export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  instance?: string
  /** Bean Validation failures, when the server lists them. */
  violations?: { field?: string; message: string }[]
}

function stringField(source: Record<string, unknown>, name: string): string | undefined {
  const value = source[name]
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function violationsOf(source: Record<string, unknown>): Problem['violations'] {
  const raw = source.violations
  if (!Array.isArray(raw)) return undefined
  const list = raw.flatMap((item) => {
    if (item && typeof item === 'object' && typeof (item as { message?: unknown }).message === 'string') {
      const { field, message } = item as { field?: unknown; message: string }
      return [{ field: typeof field === 'string' ? field : undefined, message }]
    }
    return []
  })
  return list.length > 0 ? list : undefined
}

/**
 * Reads an error response body. A problem+json (or plain JSON) object gives its fields; anything
 * else — an HTML error page from a proxy, an empty body — keeps just the HTTP status and text.
 */
export function parseProblem(status: number, statusText: string, body: string): Problem {
  const fallback: Problem = { status, title: statusText || undefined }
  if (!body.trim()) return fallback
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return fallback
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return fallback
  const source = json as Record<string, unknown>
  return {
    type: stringField(source, 'type'),
    title: stringField(source, 'title') ?? fallback.title,
    status: typeof source.status === 'number' ? source.status : status,
    detail: stringField(source, 'detail'),
    instance: stringField(source, 'instance'),
    violations: violationsOf(source),
  }
}

/** The text to show a person: the detail, else the violations, else the title; null if none. */
export function problemMessage(problem: Problem): string | null {
  if (problem.detail) return problem.detail
  if (problem.violations) return problem.violations.map((v) => v.message).join('；')
  return problem.title ?? null
}

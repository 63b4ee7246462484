import { ApiError, NetworkError } from './client'
import { problemMessage } from './problem'

/** What to tell a person about a failed call: a message key, a server text, or nothing. */
export type ErrorNotice =
  | { kind: 'silent' }
  | { kind: 'key'; key: string; params?: Record<string, unknown> }
  | { kind: 'text'; text: string }

/**
 * 401 is silent (the client is already sending the user to log in), 403 always says
 * "no access" in the portal's words, otherwise the server's detail or title.
 */
export function errorNotice(error: unknown): ErrorNotice {
  if (error instanceof ApiError) {
    if (error.status === 401) return { kind: 'silent' }
    if (error.status === 403) return { kind: 'key', key: 'error.forbidden' }
    const text = problemMessage(error.problem)
    return text ? { kind: 'text', text } : { kind: 'key', key: 'error.generic', params: { status: error.status } }
  }
  if (error instanceof NetworkError) return { kind: 'key', key: 'error.network' }
  if (error instanceof Error && error.message) return { kind: 'text', text: error.message }
  return { kind: 'key', key: 'error.generic', params: { status: '?' } }
}

import { parseProblem, type Problem } from './problem'

/** A non-2xx answer from the API, carrying the parsed problem. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
  }
}

/** The request never got an answer (offline, DNS, CORS, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'NetworkError'
  }
}

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue>

/** `?a=1&q=%E7%8E%8B`, leaving out empty values so optional filters are simply absent. */
export function buildQuery(query?: Query): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value === null || value === undefined) continue
    const text = String(value).trim()
    if (text !== '') params.append(name, text)
  }
  const encoded = params.toString()
  return encoded ? `?${encoded}` : ''
}

export interface ApiClientOptions {
  /** A valid access token, refreshed if needed; undefined sends no Authorization header. */
  token: () => Promise<string | undefined>
  /** Called on 401, before the ApiError is thrown; the portal sends the user to log in again. */
  onUnauthorized: () => void
  /** Sent as Accept-Language so server messages come in the portal's language. */
  locale?: () => string
  fetch?: typeof fetch
}

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init))

  return {
    async get<T>(path: string, query?: Query): Promise<T> {
      const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' }
      const token = await options.token()
      if (token) headers.Authorization = `Bearer ${token}`
      const locale = options.locale?.()
      if (locale) headers['Accept-Language'] = locale

      let response: Response
      try {
        response = await doFetch(path + buildQuery(query), { method: 'GET', headers })
      } catch (cause) {
        throw new NetworkError(cause)
      }
      if (response.ok) {
        if (response.status === 204) return undefined as T
        return (await response.json()) as T
      }
      const problem = parseProblem(response.status, response.statusText, await response.text().catch(() => ''))
      if (response.status === 401) options.onUnauthorized()
      throw new ApiError(problem)
    },
  }
}

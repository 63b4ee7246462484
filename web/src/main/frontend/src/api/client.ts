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

export type QueryScalar = string | number | boolean | null | undefined
/** An array repeats the parameter: `{ level: ['CITY', 'COUNTY'] }` → `level=CITY&level=COUNTY`. */
export type QueryValue = QueryScalar | readonly QueryScalar[]
export type Query = Record<string, QueryValue>

/** `?a=1&q=%E7%8E%8B`, leaving out empty values so optional filters are simply absent. */
export function buildQuery(query?: Query): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    const values: readonly QueryScalar[] = Array.isArray(value) ? value : [value as QueryScalar]
    for (const single of values) {
      if (single === null || single === undefined) continue
      const text = String(single).trim()
      if (text !== '') params.append(name, text)
    }
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

/** A downloaded file: its bytes and the name the server suggested (Content-Disposition), if any. */
export interface Download {
  blob: Blob
  fileName: string | null
}

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>
  /** JSON body (or none); a 204 or empty answer resolves to undefined. */
  post<T>(path: string, body?: unknown): Promise<T>
  put<T>(path: string, body: unknown): Promise<T>
  delete<T>(path: string): Promise<T>
  /** A file behind the bearer token, which a plain link could not send. */
  download(path: string): Promise<Download>
}

/** The file name of `attachment; filename="a.pdf"; filename*=UTF-8''%E9%80%9A%E7%9F%A5.pdf` (RFC 6266). */
export function contentDispositionFileName(header: string | null | undefined): string | null {
  if (!header) return null
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''))
    } catch {
      /* fall through to the plain parameter */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header)
  const name = (plain?.[2] ?? plain?.[1])?.trim()
  return name ? name : null
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init))

  async function send(method: string, url: string, body?: unknown, accept?: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: accept ?? 'application/json, application/problem+json' }
    const token = await options.token()
    if (token) headers.Authorization = `Bearer ${token}`
    const locale = options.locale?.()
    if (locale) headers['Accept-Language'] = locale
    const init: RequestInit = { method, headers }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json'
      init.body = JSON.stringify(body)
    }

    let response: Response
    try {
      response = await doFetch(url, init)
    } catch (cause) {
      throw new NetworkError(cause)
    }
    if (response.ok) return response
    const problem = parseProblem(response.status, response.statusText, await response.text().catch(() => ''))
    if (response.status === 401) options.onUnauthorized()
    throw new ApiError(problem)
  }

  async function json<T>(response: Response): Promise<T> {
    if (response.status === 204) return undefined as T
    const text = await response.text()
    return (text.trim() === '' ? undefined : JSON.parse(text)) as T
  }

  return {
    async get<T>(path: string, query?: Query): Promise<T> {
      return json<T>(await send('GET', path + buildQuery(query)))
    },
    async post<T>(path: string, body?: unknown): Promise<T> {
      return json<T>(await send('POST', path, body))
    },
    async put<T>(path: string, body: unknown): Promise<T> {
      return json<T>(await send('PUT', path, body))
    },
    async delete<T>(path: string): Promise<T> {
      return json<T>(await send('DELETE', path))
    },
    async download(path: string): Promise<Download> {
      const response = await send('GET', path, undefined, '*/*')
      return {
        blob: await response.blob(),
        fileName: contentDispositionFileName(response.headers.get('Content-Disposition')),
      }
    },
  }
}

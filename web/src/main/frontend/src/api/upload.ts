import { ApiError, NetworkError } from './client'
import { errorNotice, type ErrorNotice } from './errors'
import { parseProblem, type Problem } from './problem'
import { MAX_POLICY_FILE_BYTES, formatFileSize } from '../domain/policies'

/*
 * Multipart uploads go through XMLHttpRequest rather than fetch: only XHR reports upload
 * progress. Same rules as the JSON client: bearer token, Accept-Language, problem+json → ApiError,
 * 401 → log in again.
 */

/** The user (or the closing dialog) cancelled the upload. */
export class UploadAborted extends Error {
  constructor() {
    super('upload aborted')
    this.name = 'UploadAborted'
  }
}

/** The part of XMLHttpRequest the uploader uses; tests pass a fake. */
export interface XhrLike {
  open(method: string, url: string): void
  setRequestHeader(name: string, value: string): void
  send(body: FormData): void
  abort(): void
  readonly status: number
  readonly statusText: string
  readonly responseText: string
  readonly upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null }
  onload: (() => void) | null
  onerror: (() => void) | null
  onabort: (() => void) | null
}

export interface UploadOptions {
  token: () => Promise<string | undefined>
  onUnauthorized: () => void
  locale?: () => string
  /** Bytes sent so far and the request's total size. */
  onProgress?: (loaded: number, total: number) => void
  /** Further request headers, e.g. `Prefer: respond-async`. */
  headers?: Record<string, string>
  signal?: AbortSignal
  xhr?: () => XhrLike
}

/**
 * Reads the answer to an upload: the created document on 2xx, otherwise an ApiError built from
 * the problem+json body (or just the status, when a proxy answered with an HTML page).
 */
export function readUploadAnswer<T>(status: number, statusText: string, body: string): T {
  if (status >= 200 && status < 300) {
    return (body.trim() === '' ? undefined : JSON.parse(body)) as T
  }
  throw new ApiError(parseProblem(status, statusText, body))
}

export function uploadForm<T>(url: string, form: FormData, options: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new UploadAborted())
      return
    }
    void options.token().then(
      (token) => {
        const xhr = options.xhr?.() ?? (new XMLHttpRequest() as unknown as XhrLike)
        xhr.open('POST', url)
        xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
        if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
        const locale = options.locale?.()
        if (locale) xhr.setRequestHeader('Accept-Language', locale)
        for (const [name, value] of Object.entries(options.headers ?? {})) xhr.setRequestHeader(name, value)
        // No Content-Type: the browser writes multipart/form-data with its boundary.
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable) options.onProgress?.(event.loaded, event.total)
        }
        xhr.onload = () => {
          if (xhr.status === 401) options.onUnauthorized()
          try {
            resolve(readUploadAnswer<T>(xhr.status, xhr.statusText, xhr.responseText))
          } catch (error) {
            reject(error instanceof ApiError ? error : new ApiError({ status: xhr.status, title: xhr.statusText }))
          }
        }
        xhr.onerror = () => reject(new NetworkError(new Error('upload failed')))
        xhr.onabort = () => reject(new UploadAborted())
        options.signal?.addEventListener('abort', () => xhr.abort(), { once: true })
        xhr.send(form)
      },
      (error: unknown) => reject(error),
    )
  })
}

/* ---- What to tell the admin when an upload or an edit fails ---- */

/** Form fields the server may name in `violations[].field`. */
export const METADATA_FIELDS = [
  'docNumber',
  'title',
  'authority',
  'level',
  'issueDate',
  'type',
  'tags',
  'internal',
  'file',
] as const
export type MetadataField = (typeof METADATA_FIELDS)[number]

export type UploadProblemKind =
  | 'unreadable'
  | 'encrypted'
  | 'unsupported'
  | 'tooLarge'
  | 'duplicate'
  | 'validation'
  | 'other'

export interface UploadFailure {
  kind: UploadProblemKind
  /** The main message: the server's detail/title, or a portal message key. */
  notice: ErrorNotice
  /** What the admin can do about it (message key), for the kinds that have advice. */
  hintKey: string | null
  /** Violations the form can show next to a field, by field. */
  fieldErrors: Partial<Record<MetadataField, string>>
  /** Every violation message, for the alert ("标题：不能为空"). */
  violations: { field: string | null; message: string }[]
}

const KIND_BY_TYPE: Record<string, UploadProblemKind> = {
  'unreadable-document': 'unreadable',
  'encrypted-document': 'encrypted',
  'unsupported-document-type': 'unsupported',
  'document-too-large': 'tooLarge',
  'duplicate-document-number': 'duplicate',
  validation: 'validation',
}

/** `urn:zhixing:problem:unreadable-document` → `unreadable-document`; other URIs by their last segment. */
export function problemSlug(type: string | undefined): string | null {
  if (!type || type === 'about:blank') return null
  const slug = type.split(/[:/#]/).filter(Boolean).pop()
  return slug ?? null
}

export function uploadProblemKind(problem: Problem): UploadProblemKind {
  const slug = problemSlug(problem.type)
  const known = slug ? KIND_BY_TYPE[slug] : undefined
  if (known) return known
  // A limit hit before the application saw the request (container, proxy) has no problem type.
  if (problem.status === 413) return 'tooLarge'
  if (problem.status === 415) return 'unsupported'
  if (problem.violations?.length) return 'validation'
  return 'other'
}

/** `metadata.title`, `create.arg1.title`, `tags[0].<list element>` → the form field they name, if any. */
function formField(field: string | undefined): MetadataField | null {
  if (!field) return null
  const segments = field.split(/[.[\]]/).filter(Boolean).reverse()
  const known = segments.find((segment) => (METADATA_FIELDS as readonly string[]).includes(segment))
  return (known as MetadataField | undefined) ?? null
}

const HINTS: Partial<Record<UploadProblemKind, string>> = {
  unreadable: 'policy.upload.hint.unreadable',
  encrypted: 'policy.upload.hint.encrypted',
  unsupported: 'policy.upload.hint.unsupported',
  tooLarge: 'policy.upload.hint.tooLarge',
  duplicate: 'policy.upload.hint.duplicate',
}

export function describeUploadFailure(error: unknown): UploadFailure {
  if (!(error instanceof ApiError)) {
    return { kind: 'other', notice: errorNotice(error), hintKey: null, fieldErrors: {}, violations: [] }
  }
  const problem = error.problem
  const kind = uploadProblemKind(problem)
  const violations = (problem.violations ?? []).map((v) => ({ field: formField(v.field), message: v.message }))
  const fieldErrors: UploadFailure['fieldErrors'] = {}
  for (const v of violations) {
    if (v.field && !fieldErrors[v.field]) fieldErrors[v.field] = v.message
  }
  if (kind === 'duplicate' && !fieldErrors.docNumber) {
    const text = problem.detail ?? problem.title
    if (text) fieldErrors.docNumber = text
  }
  let notice = errorNotice(error)
  // The violations are listed one by one under the headline; the headline itself stays short.
  if (kind === 'validation' && violations.length > 0) {
    const headline = problem.detail ?? problem.title
    notice = headline ? { kind: 'text', text: headline } : { kind: 'key', key: 'policy.form.invalid' }
  }
  // An HTML 413 page from a proxy says nothing useful; the portal words it.
  if (kind === 'tooLarge' && !problem.detail) {
    notice = { kind: 'key', key: 'policy.upload.tooLarge', params: { size: formatFileSize(MAX_POLICY_FILE_BYTES) } }
  }
  return { kind, notice, hintKey: HINTS[kind] ?? null, fieldErrors, violations }
}

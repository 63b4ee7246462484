import { parseProblem, problemMessage, type Problem } from '../api/problem'

/*
 * Resumable courseware uploads (tus 1.0 at /api/uploads) as the portal shows them: the server's
 * view of one upload, what a failed tus request means for a person, and who may upload.
 */

/** Roles that upload courseware; the API enforces the same rule. */
export const UPLOADER_ROLES = ['TRAINER', 'ORG_ADMIN', 'SYS_ADMIN'] as const

/** Undertow refuses request bodies over 10 MB: chunks stay well below. */
export const CHUNK_BYTES = 5 * 1024 * 1024

/** What the file picker offers; the server decides from the bytes anyway. */
export const ACCEPTED_FILES = 'video/*,audio/*,application/pdf,text/html,image/*,.mp4,.webm,.pdf,.html,.htm'

export type UploadStatus = 'RECEIVING' | 'COMPLETED' | 'REJECTED'
export type ProcessingStatus = 'PROCESSING' | 'READY' | 'FAILED'

export interface UploadProcessing {
  status: ProcessingStatus
  /** Percent of the HLS transcode, for videos. */
  progress?: number
  message?: string
  durationSeconds?: number
  pageCount?: number
  hlsRenditions: string[]
}

/** `GET /api/uploads/{id}`: an upload and what became of it. */
export interface UploadView {
  id: string
  fileName: string
  length: number
  offset: number
  status: UploadStatus
  kind?: 'VIDEO' | 'AUDIO' | 'PDF' | 'HTML' | 'IMAGE'
  mediaType?: string
  sha256?: string
  assetId?: string
  processing?: UploadProcessing
  refusal?: { type: string; title: string; detail: string }
  createdAt: string
  expiresAt: string
}

/** The upload id at the end of a tus upload URL (`…/api/uploads/<uuid>`). */
export function uploadIdOf(url: string | null | undefined): string | null {
  if (!url) return null
  const match = /\/api\/uploads\/([0-9a-f-]{36})\/?$/i.exec(url)
  return match ? match[1].toLowerCase() : null
}

/**
 * The key under which the browser remembers an unfinished upload, so that picking the same
 * file again after a reload resumes it. The user is part of it: someone else logging in on
 * the same PC starts their own upload.
 */
export function uploadFingerprint(username: string, file: { name: string; type: string; size: number; lastModified: number }): string {
  return ['zhixing-upload', username, file.name, file.type, file.size, file.lastModified].join('|')
}

/** The part of tus-js-client's DetailedError the portal reads. */
export interface TusErrorLike {
  message: string
  originalResponse?: { getStatus(): number; getBody(): string } | null
}

/** The problem behind a failed tus request, or null when no answer came (network). */
export function problemOfTusError(error: TusErrorLike): Problem | null {
  const response = error.originalResponse
  if (!response) return null
  return parseProblem(response.getStatus(), '', response.getBody() ?? '')
}

export type UploadFailure =
  | { kind: 'network' }
  | { kind: 'forbidden' }
  | { kind: 'problem'; message: string; type?: string }

/** What to tell a person about a failed upload: the server's words, or the portal's for no answer or 403. */
export function uploadFailure(error: TusErrorLike): UploadFailure {
  const problem = problemOfTusError(error)
  if (!problem) return { kind: 'network' }
  if (problem.status === 403) return { kind: 'forbidden' }
  return { kind: 'problem', message: problemMessage(problem) ?? `HTTP ${problem.status}`, type: problem.type }
}

/** Whether tus-js-client should try the request again: not for refusals that will not change. */
export function shouldRetry(status: number | null): boolean {
  if (status === null) return true
  return status === 409 || status === 423 || status === 460 || status >= 500
}

/** An upload still waiting for its asset's background processing. */
export function isProcessing(upload: UploadView): boolean {
  return upload.status === 'COMPLETED' && upload.processing?.status === 'PROCESSING'
}

export function percent(done: number, total: number): number {
  if (total <= 0) return 0
  return Math.min(100, Math.floor((done * 100) / total))
}

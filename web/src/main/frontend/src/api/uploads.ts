import * as tus from 'tus-js-client'
import { freshToken } from '../auth/keycloak'
import { currentLocale } from '../i18n'
import { api } from './index'
import type { Page } from './types'
import {
  CHUNK_BYTES,
  shouldRetry,
  uploadFailure,
  uploadFingerprint,
  uploadIdOf,
  type UploadFailure,
  type UploadView,
} from '../domain/uploads'

export const uploadsApi = {
  /** The caller's uploads, newest first, each with its asset's processing. */
  mine: (page = 1, size = 20) => api.get<Page<UploadView>>('/api/uploads', { page, size }),
  status: (id: string) => api.get<UploadView>(`/api/uploads/${encodeURIComponent(id)}`),
}

export interface ResumableCallbacks {
  onProgress: (sent: number, total: number) => void
  onSuccess: (uploadId: string) => void
  onError: (failure: UploadFailure) => void
}

/*
 * A tus upload of one file: 5 MB chunks, a fresh bearer token on every request (a long upload
 * outlives a token), retries with backoff for what may pass later, and the upload URL kept in
 * localStorage under a fingerprint of user and file, so the same file picked again after a reload
 * (or a crash) continues where the server stands.
 */
export function resumableUpload(file: File, username: string, callbacks: ResumableCallbacks): tus.Upload {
  const upload: tus.Upload = new tus.Upload(file, {
    endpoint: '/api/uploads',
    chunkSize: CHUNK_BYTES,
    retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000],
    metadata: { filename: file.name, filetype: file.type },
    fingerprint: async (f: File) => uploadFingerprint(username, f),
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    onBeforeRequest: async (request) => {
      const token = await freshToken()
      if (token) request.setHeader('Authorization', `Bearer ${token}`)
      request.setHeader('Accept-Language', currentLocale())
    },
    onShouldRetry: (error) => shouldRetry(error.originalResponse ? error.originalResponse.getStatus() : null),
    onProgress: (sent, total) => callbacks.onProgress(sent, total),
    onSuccess: () => {
      const id = uploadIdOf(upload.url)
      if (id) callbacks.onSuccess(id)
    },
    onError: (error) => callbacks.onError(uploadFailure(error as tus.DetailedError)),
  })
  return upload
}

/** Continues an earlier upload of the same file by the same user if the browser remembers one. */
export async function startOrResume(upload: tus.Upload): Promise<boolean> {
  const previous = await upload.findPreviousUploads()
  const resumed = previous.length > 0
  if (resumed) upload.resumeFromPreviousUpload(previous[0])
  upload.start()
  return resumed
}

/** File names of uploads this browser started and did not finish, for a hint to pick them again. */
export async function unfinishedUploads(username: string): Promise<string[]> {
  if (!tus.canStoreURLs) return []
  const all = await tus.defaultOptions.urlStorage.findAllUploads()
  return all
    .filter((u) => (u as unknown as { urlStorageKey: string }).urlStorageKey.includes(`zhixing-upload|${username}|`))
    .map((u) => u.metadata.filename)
    .filter((name): name is string => Boolean(name))
}

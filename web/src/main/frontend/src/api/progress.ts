import { api } from './index'
import { ApiError, NetworkError } from './client'
import type { BatchAnswer, LessonProgress, ProgressEvent } from '../domain/progress/events'
import type { SendResult } from '../domain/progress/progressQueue'

/** A signed URL for an asset's files (cw-media); derived files such as HLS hang below it. */
export interface MediaUrl {
  url: string
  expiresAt: string
}

export interface AssetInfo {
  id: string
  hlsReady: boolean
  durationSeconds: number | null
  pageCount: number | null
}

const lessonPath = (courseId: number, lessonId: number) =>
  `/api/progress/courses/${encodeURIComponent(String(courseId))}/lessons/${encodeURIComponent(String(lessonId))}`

export const progressApi = {
  lesson: (courseId: number, lessonId: number) => api.get<LessonProgress>(lessonPath(courseId, lessonId)),
  /** One batch; a lost connection, a server error or an expired login means "try again later", not "drop". */
  send: async (events: ProgressEvent[]): Promise<SendResult> => {
    try {
      return { kind: 'answered', answer: await api.post<BatchAnswer>('/api/progress/batches', { events }) }
    } catch (e) {
      if (e instanceof NetworkError) return { kind: 'unreachable' }
      if (e instanceof ApiError && (e.status >= 500 || e.status === 401 || e.status === 429 || e.status === 408)) {
        return { kind: 'unreachable' }
      }
      if (e instanceof ApiError) return { kind: 'refused', status: e.status }
      throw e
    }
  },
  asset: (id: string) => api.get<AssetInfo>(`/api/assets/${encodeURIComponent(id)}`),
  mediaUrl: (id: string) => api.get<MediaUrl>(`/api/assets/${encodeURIComponent(id)}/media-url`),
}

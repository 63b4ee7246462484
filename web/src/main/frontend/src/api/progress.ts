import { api } from './index'
import { ApiError, NetworkError } from './client'
import type { BatchAnswer, LessonProgress, ProgressEvent } from '../domain/progress/events'
import type { SendResult } from '../domain/progress/progressQueue'

/** A signed URL for a lesson's media; derived files such as the HLS playlist hang below it. */
export interface MediaUrl {
  url: string
  expiresAt: string
}

/** What completing the course still takes: the required test, when the lessons are done but it is not passed. */
export interface CourseCompletion {
  completed: boolean
  waitingForTest: boolean
  requiredTest: { paperId: number; title: string } | null
}

const lessonPath = (courseId: number, lessonId: number) =>
  `/api/progress/courses/${encodeURIComponent(String(courseId))}/lessons/${encodeURIComponent(String(lessonId))}`

export const progressApi = {
  course: (courseId: number) =>
    api.get<CourseCompletion>(`/api/progress/courses/${encodeURIComponent(String(courseId))}`),
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
  /** Signed for the learner, who may not browse the asset catalog but may play the lessons of their courses. */
  mediaUrl: (courseId: number, lessonId: number) => api.get<MediaUrl>(`${lessonPath(courseId, lessonId)}/media`),
  /** Whether the asset has been transcoded: its HLS master playlist answers (the signed URL needs no token). */
  hasHls: async (media: MediaUrl) => {
    try {
      return (await fetch(`${media.url}/hls/master.m3u8`, { method: 'HEAD' })).ok
    } catch {
      return false
    }
  },
}

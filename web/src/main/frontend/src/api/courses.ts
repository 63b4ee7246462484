import { api } from '.'
import type { Page } from './types'

/* ---- Courses (课程) ---- */

export type CourseStatus = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'RETIRED'
export type LessonKind = 'VIDEO' | 'AUDIO' | 'PDF' | 'HTML' | 'IMAGE'

/** One row of `GET /api/courses` (published, offered to me) and `GET /api/courses/manage` (newest version). */
export interface CourseSummary {
  id: number
  version: number
  status: CourseStatus
  title: string
  summary: string
  coverAssetId: string | null
  /** A signed, expiring link to the cover image that an <img> can load without a bearer header. */
  coverUrl: string | null
  creditHours: number
  required: boolean
  tags: string[]
  offeredUnitCode: string
  ownerUnitCode: string
  editedBy: string
  submittedAt: string | null
  publishedAt: string | null
  updatedAt: string
  reviewComment: string | null
}

export interface LessonView {
  id: number
  /** Stable across versions of the course. */
  key: string
  position: number
  title: string
  kind: LessonKind
  assetId: string | null
  /** Text lessons only; sanitize before v-html. */
  bodyHtml: string | null
  durationSeconds: number | null
  pageCount: number | null
  required: boolean
  minWatchedShare: number
  minDwellSeconds: number
  noSkipAhead: boolean
  presenceChecks: boolean
  fingerprint: string
}

export interface CoursePolicy {
  id: number
  title: string
  docNumber: string | null
}

/** `GET /api/courses/{id}`: the summary's fields and the course's lessons, policies and what the caller may do. */
export interface CourseView extends CourseSummary {
  publishedVersion: number | null
  policies: CoursePolicy[]
  lessons: LessonView[]
  reviewedBy: string | null
  mayEdit: boolean
  mayReview: boolean
}

/** Body of `POST /api/courses` and `PUT /api/courses/{id}`. */
export interface CourseRequest {
  title: string
  summary: string
  coverAssetId: string | null
  creditHours: number
  required: boolean
  tags: string[]
  offeredUnitCode: string | null
  policyIds: number[]
}

/** Body of `POST /api/courses/{id}/lessons` and `PUT …/lessons/{lessonId}`: an asset, or text. */
export interface LessonRequest {
  title: string
  assetId: string | null
  bodyHtml: string | null
  required: boolean
  minWatchedShare: number
  minDwellSeconds: number
  noSkipAhead: boolean
  presenceChecks: boolean
}

/** An asset of the catalog (`GET /api/assets`), as far as the course editor needs it. */
export interface AssetSummary {
  id: string
  kind: LessonKind
  originalName: string
  status: 'PROCESSING' | 'READY' | 'FAILED'
  statusMessage?: string | null
  durationSeconds?: number | null
  pageCount?: number | null
}

const coursePath = (id: number, rest = '') => `/api/courses/${encodeURIComponent(String(id))}${rest}`

export const courseApi = {
  offered: (q: string, page: number, size: number) => api.get<Page<CourseSummary>>('/api/courses', { q, page, size }),
  managed: (status: CourseStatus | '', q: string, page: number, size: number) =>
    api.get<Page<CourseSummary>>('/api/courses/manage', { status, q, page, size }),
  course: (id: number, published: boolean) => api.get<CourseView>(coursePath(id), { published }),
  create: (request: CourseRequest) => api.post<CourseView>('/api/courses', request),
  describe: (id: number, request: CourseRequest) => api.put<CourseView>(coursePath(id), request),
  addLesson: (id: number, lesson: LessonRequest) => api.post<CourseView>(coursePath(id, '/lessons'), lesson),
  changeLesson: (id: number, lessonId: number, lesson: LessonRequest) =>
    api.put<CourseView>(coursePath(id, `/lessons/${lessonId}`), lesson),
  removeLesson: (id: number, lessonId: number) => api.delete<CourseView>(coursePath(id, `/lessons/${lessonId}`)),
  reorder: (id: number, lessonIds: number[]) => api.put<CourseView>(coursePath(id, '/lessons/order'), { lessonIds }),
  submit: (id: number) => api.post<CourseView>(coursePath(id, '/submit')),
  approve: (id: number) => api.post<CourseView>(coursePath(id, '/approve')),
  reject: (id: number, comment: string) => api.post<CourseView>(coursePath(id, '/reject'), { comment }),
  retire: (id: number) => api.post<CourseView>(coursePath(id, '/retire')),
  newVersion: (id: number) => api.post<CourseView>(coursePath(id, '/versions')),
  citing: (policyId: number) => api.get<CourseSummary[]>(`/api/policies/${encodeURIComponent(String(policyId))}/courses`),
  assets: (page: number, size: number) => api.get<Page<AssetSummary>>('/api/assets', { page, size }),
  asset: (id: string) => api.get<AssetSummary>(`/api/assets/${encodeURIComponent(id)}`),
}

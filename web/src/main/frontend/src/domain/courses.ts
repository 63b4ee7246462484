import type { CourseStatus, LessonKind, LessonView } from '../api/courses'
import type { Role } from './roles'

/** Roles that build courses (`/courses/manage`, the editor); the API enforces the same rule. */
export const COURSE_STAFF_ROLES: readonly Role[] = ['TRAINER', 'ORG_ADMIN', 'SYS_ADMIN']

/** Roles that approve, reject and retire courses (`/courses/review`). */
export const COURSE_REVIEWER_ROLES: readonly Role[] = ['ORG_ADMIN', 'SYS_ADMIN']

/** Element Plus tag type per course status. */
export function statusTagType(status: CourseStatus): 'info' | 'warning' | 'success' | 'danger' {
  switch (status) {
    case 'DRAFT':
      return 'info'
    case 'SUBMITTED':
      return 'warning'
    case 'PUBLISHED':
      return 'success'
    default:
      return 'danger'
  }
}

/** 1:05, 12:00, 1:02:03 — the length of a video or audio lesson. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return ''
  const total = Math.round(seconds)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`
}

export function isTimed(kind: LessonKind): boolean {
  return kind === 'VIDEO' || kind === 'AUDIO'
}

/** Total media time of a course's timed lessons, in seconds. */
export function totalSeconds(lessons: readonly LessonView[]): number {
  return lessons.reduce((sum, lesson) => sum + (isTimed(lesson.kind) ? (lesson.durationSeconds ?? 0) : 0), 0)
}

/** The list after dragging the item at `from` onto the place of the item at `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items]
  if (from < 0 || from >= result.length || to < 0 || to >= result.length || from === to) return result
  const [moved] = result.splice(from, 1)
  result.splice(to, 0, moved as T)
  return result
}

/** Comma- or space-separated tags as the form takes them, trimmed and without duplicates. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，、\s]+/).map((tag) => tag.trim()).filter((tag) => tag !== ''))]
}

import { describe, expect, it } from 'vitest'
import { formatDuration, moveItem, parseTags, statusTagType, totalSeconds } from './courses'
import type { LessonView } from '../api/courses'

const lesson = (kind: LessonView['kind'], durationSeconds: number | null) => ({ kind, durationSeconds }) as LessonView

describe('courses', () => {
  it('formats durations as minutes and seconds, hours when needed', () => {
    expect(formatDuration(65)).toBe('1:05')
    expect(formatDuration(14)).toBe('0:14')
    expect(formatDuration(3723)).toBe('1:02:03')
    expect(formatDuration(null)).toBe('')
    expect(formatDuration(-1)).toBe('')
  })

  it('moves a dragged item onto the place of the target', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd'])
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c'])
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b'])
  })

  it('adds up only timed lessons', () => {
    expect(totalSeconds([lesson('VIDEO', 14), lesson('PDF', null), lesson('AUDIO', 60), lesson('HTML', null)])).toBe(74)
  })

  it('parses tags separated by Chinese or Latin commas and spaces', () => {
    expect(parseTags('五星支部，评星定级, 五星支部 组织建设')).toEqual(['五星支部', '评星定级', '组织建设'])
  })

  it('colours statuses', () => {
    expect(statusTagType('PUBLISHED')).toBe('success')
    expect(statusTagType('SUBMITTED')).toBe('warning')
    expect(statusTagType('RETIRED')).toBe('danger')
  })
})

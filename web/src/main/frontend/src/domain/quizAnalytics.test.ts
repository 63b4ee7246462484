import { describe, expect, it } from 'vitest'
import { bucketLabels, discriminationGrade, percent } from './quizAnalytics'

describe('quiz analytics labels', () => {
  it('writes shares as percentages with one decimal and a dash for nothing', () => {
    expect(percent(0.8333)).toBe('83.3%')
    expect(percent(1)).toBe('100.0%')
    expect(percent(null)).toBe('—')
  })

  it('labels the ten histogram buckets in score ranges of the paper', () => {
    expect(bucketLabels(100)).toEqual(['0–10', '10–20', '20–30', '30–40', '40–50', '50–60', '60–70', '70–80', '80–90', '90–100'])
    expect(bucketLabels(15)[0]).toBe('0–1.5')
    expect(bucketLabels(15)[9]).toBe('13.5–15')
  })

  it('grades discrimination by the usual thresholds', () => {
    expect(discriminationGrade(0.67)).toBe('good')
    expect(discriminationGrade(0.4)).toBe('good')
    expect(discriminationGrade(0.25)).toBe('fair')
    expect(discriminationGrade(0)).toBe('poor')
    expect(discriminationGrade(-0.3)).toBe('poor')
    expect(discriminationGrade(null)).toBe('none')
  })
})

/*
 * 考试分析 (issue 7, q7-analytics): how the analysis page labels and judges the server's figures. The figures
 * themselves (shares, discrimination) come computed from the server.
 */

/** 0.8333 → "83.3%"; null (nothing to divide) → "—". */
export function percent(share: number | null | undefined): string {
  return share == null ? '—' : `${(share * 100).toFixed(1)}%`
}

/** The score ranges of the ten histogram buckets of a paper marked out of `max`: "0–10", …, "90–100". */
export function bucketLabels(max: number | null, buckets = 10): string[] {
  const top = max ?? 100
  const edge = (i: number) => String(Math.round((top * i * 10) / buckets) / 10)
  return Array.from({ length: buckets }, (_, i) => `${edge(i)}–${edge(i + 1)}`)
}

/**
 * How a discrimination index reads, after the usual rule of thumb (Ebel): 0.4 and above good, 0.2 to 0.4 fair,
 * below 0.2 poor (the question does not tell who knows the matter from who does not); null when not computable.
 */
export type DiscriminationGrade = 'good' | 'fair' | 'poor' | 'none'

export function discriminationGrade(value: number | null | undefined): DiscriminationGrade {
  if (value == null) return 'none'
  if (value >= 0.4) return 'good'
  if (value >= 0.2) return 'fair'
  return 'poor'
}

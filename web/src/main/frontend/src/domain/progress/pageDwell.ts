/**
 * Time spent on each page of a paged lesson (PDF, HTML, image), counted only while the page is shown and the tab is
 * visible, and handed out in whole seconds: the remainder stays for the next report, so nothing is lost or doubled.
 */
export class PageDwell {
  private page: number | null = null
  private since: number | null = null
  private readonly millis = new Map<number, number>()

  constructor(private readonly now: () => number = Date.now) {}

  /** The learner now looks at {@code page} (1-based); null when nothing is shown (tab hidden, lesson left). */
  show(page: number | null): void {
    this.settle()
    this.page = page
    this.since = page === null ? null : this.now()
  }

  get current(): number | null {
    return this.page
  }

  /** Whole seconds per page since the last call. */
  take(): { page: number; seconds: number }[] {
    this.settle()
    this.since = this.page === null ? null : this.now()
    const taken: { page: number; seconds: number }[] = []
    for (const [page, ms] of this.millis) {
      const seconds = Math.floor(ms / 1000)
      if (seconds > 0) {
        taken.push({ page, seconds })
        this.millis.set(page, ms - seconds * 1000)
      }
    }
    return taken.sort((a, b) => a.page - b.page)
  }

  private settle(): void {
    if (this.page !== null && this.since !== null) {
      const now = this.now()
      this.millis.set(this.page, (this.millis.get(this.page) ?? 0) + Math.max(0, now - this.since))
      this.since = now
    }
  }
}

import type { MonitorEvent } from '@/common/api/types'

/** Rows the monitor table keeps, newest first; older ones drop off. */
export const MAX_ROWS = 200

/**
 * What the monitor shows: the latest transactions, newest first. While paused, new ones wait (the
 * newest MAX_ROWS of them) and join the table on resume; the table itself stays still.
 */
export class MonitorFeed {
  rows: MonitorEvent[] = []
  waiting: MonitorEvent[] = []
  paused = false
  /** transactions the server could not send because this page fell behind */
  missed = 0

  add(e: MonitorEvent): void {
    if (this.paused) {
      this.waiting = [e, ...this.waiting].slice(0, MAX_ROWS)
    } else {
      this.rows = [e, ...this.rows].slice(0, MAX_ROWS)
    }
  }

  lost(count: number): void {
    this.missed += count
  }

  pause(): void {
    this.paused = true
  }

  resume(): void {
    this.paused = false
    this.rows = [...this.waiting, ...this.rows].slice(0, MAX_ROWS)
    this.waiting = []
  }

  clear(): void {
    this.rows = []
    this.waiting = []
    this.missed = 0
  }
}

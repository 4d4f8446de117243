// Keeping a fresh pay code on the screen: fetch one, fetch the next a little before it runs out
// (measured from when it arrived, with the lifetime the server states, so a phone's wrong clock
// does not matter), retry soon after a failure, and stop once the page is left.
import type { PayCodeView } from '@/common/api/types'

/** How long before a code's end the next one is fetched. */
export const LEAD_MS = 10_000
/** Never sooner than this after the last one, however short codes live. */
export const MIN_REFRESH_MS = 5_000
/** After a failed fetch (offline, server busy), try again after this. */
export const RETRY_MS = 3_000

/** When to fetch the code after one that lives {@code ttlSeconds} arrived. */
export function refreshAfterMs(ttlSeconds: number): number {
  return Math.max(MIN_REFRESH_MS, ttlSeconds * 1000 - LEAD_MS)
}

/** Whole seconds the code shown has left, counted from its arrival; never below 0. */
export function secondsLeft(code: PayCodeView, receivedAt: number, now: number): number {
  return Math.max(0, Math.ceil((receivedAt + code.ttlSeconds * 1000 - now) / 1000))
}

export interface RefreshLoop {
  /** Fetch a new code now (a tap on "refresh"); the schedule starts over from it. */
  refreshNow(): void
  stop(): void
}

export interface LoopOptions {
  fetchCode: () => Promise<PayCodeView>
  onCode: (code: PayCodeView, receivedAt: number) => void
  onError: (error: unknown) => void
  now?: () => number
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

/** Starts fetching at once; one fetch at a time, and nothing more after stop(). */
export function startRefreshLoop(options: LoopOptions): RefreshLoop {
  const now = options.now ?? Date.now
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms))
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>))
  let timer: unknown = null
  let stopped = false
  let fetching = false

  function schedule(ms: number): void {
    if (timer !== null) clearTimer(timer)
    timer = stopped ? null : setTimer(() => void fetchNext(), ms)
  }

  async function fetchNext(): Promise<void> {
    timer = null
    if (stopped || fetching) return
    fetching = true
    try {
      const code = await options.fetchCode()
      if (stopped) return
      options.onCode(code, now())
      schedule(refreshAfterMs(code.ttlSeconds))
    } catch (e) {
      if (stopped) return
      options.onError(e)
      schedule(RETRY_MS)
    } finally {
      fetching = false
    }
  }

  void fetchNext()
  return {
    refreshNow: () => {
      if (timer !== null) clearTimer(timer)
      timer = null
      void fetchNext()
    },
    stop: () => {
      stopped = true
      if (timer !== null) clearTimer(timer)
      timer = null
    },
  }
}

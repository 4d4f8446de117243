import { describe, expect, it } from 'vitest'
import type { PayCodeView } from '@/common/api/types'
import { MIN_REFRESH_MS, RETRY_MS, refreshAfterMs, secondsLeft, startRefreshLoop } from '@/pages/paycode/refresh'

const code = (n: number, ttlSeconds = 60): PayCodeView => ({
  code: `OC1.${n}.1773549045.AAECAwQFBgcICQoL.mac`,
  expiresAt: '2026-03-15T04:30:45Z',
  ttlSeconds,
  cardNo: '10000001',
})

/** Timers run by hand: `advance(ms)` fires what is due, in order. */
function fakeTimers() {
  let clock = 0
  let next = 1
  const due = new Map<number, { at: number; run: () => void }>()
  return {
    now: () => clock,
    setTimer: (run: () => void, ms: number) => {
      due.set(next, { at: clock + ms, run })
      return next++
    },
    clearTimer: (id: unknown) => void due.delete(id as number),
    pending: () => [...due.values()].map((t) => t.at - clock),
    async advance(ms: number) {
      const end = clock + ms
      for (;;) {
        const [id, timer] = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? []
        if (id === undefined || timer!.at > end) break
        due.delete(id)
        clock = timer!.at
        timer!.run()
        await flush()
      }
      clock = end
    },
  }
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

describe('refreshAfterMs', () => {
  it('fetches ten seconds before the end, never sooner than five seconds', () => {
    expect(refreshAfterMs(60)).toBe(50_000)
    expect(refreshAfterMs(20)).toBe(10_000)
    expect(refreshAfterMs(12)).toBe(MIN_REFRESH_MS)
    expect(refreshAfterMs(1)).toBe(MIN_REFRESH_MS)
  })
})

describe('secondsLeft', () => {
  it('counts from the arrival with the stated lifetime, rounding up, and stops at 0', () => {
    expect(secondsLeft(code(1), 1_000, 1_000)).toBe(60)
    expect(secondsLeft(code(1), 1_000, 1_500)).toBe(60)
    expect(secondsLeft(code(1), 1_000, 2_000)).toBe(59)
    expect(secondsLeft(code(1), 1_000, 60_999)).toBe(1)
    expect(secondsLeft(code(1), 1_000, 61_000)).toBe(0)
    expect(secondsLeft(code(1), 1_000, 999_999)).toBe(0)
  })
})

describe('startRefreshLoop', () => {
  it('shows a code at once and the next one before the first runs out', async () => {
    const timers = fakeTimers()
    let issued = 0
    const shown: string[] = []
    const loop = startRefreshLoop({
      fetchCode: async () => code(++issued),
      onCode: (c) => shown.push(c.code),
      onError: () => {
        throw new Error('no error expected')
      },
      ...timers,
    })
    await flush()
    expect(shown).toHaveLength(1)
    expect(timers.pending()).toEqual([50_000])

    await timers.advance(49_999)
    expect(shown).toHaveLength(1)
    await timers.advance(1)
    expect(shown).toEqual([code(1).code, code(2).code])
    await timers.advance(50_000)
    expect(shown).toHaveLength(3)
    loop.stop()
  })

  it('retries soon after a failure and goes back to the normal rhythm once a code comes', async () => {
    const timers = fakeTimers()
    const answers: Array<() => Promise<PayCodeView>> = [
      () => Promise.reject(new Error('offline')),
      () => Promise.reject(new Error('offline')),
      () => Promise.resolve(code(7)),
    ]
    const errors: unknown[] = []
    const shown: PayCodeView[] = []
    startRefreshLoop({ fetchCode: () => answers.shift()!(), onCode: (c) => shown.push(c), onError: (e) => errors.push(e), ...timers })
    await flush()
    expect(errors).toHaveLength(1)
    expect(timers.pending()).toEqual([RETRY_MS])

    await timers.advance(RETRY_MS * 2)
    expect(errors).toHaveLength(2)
    expect(shown.map((c) => c.code)).toEqual([code(7).code])
    expect(timers.pending()).toEqual([50_000])
  })

  it('a tap fetches at once and starts the rhythm over; after stop nothing more is fetched or shown', async () => {
    const timers = fakeTimers()
    let issued = 0
    let release: (() => void) | null = null
    const shown: string[] = []
    const loop = startRefreshLoop({
      fetchCode: () =>
        issued === 1
          ? new Promise<PayCodeView>((resolve) => (release = () => resolve(code(++issued))))
          : Promise.resolve(code(++issued)),
      onCode: (c) => shown.push(c.code),
      onError: () => undefined,
      ...timers,
    })
    await flush()
    await timers.advance(20_000)
    loop.refreshNow() // the second fetch hangs until released
    loop.refreshNow() // one fetch at a time: this one does nothing
    expect(timers.pending()).toEqual([])

    loop.stop()
    release!()
    await flush()
    await timers.advance(200_000)
    expect(shown).toEqual([code(1).code])
    expect(issued).toBe(2)
    expect(timers.pending()).toEqual([])
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MonitorEvent } from '@/common/api/types'
import { BUSY_RETRY_MS, watchTransactions, type MonitorHandlers, type StreamState } from '@/pages/monitor/api'
import { MAX_ROWS, MonitorFeed } from '@/pages/monitor/feed'
import { SseParser } from '@/pages/monitor/sse'
import { fakeServer, problem } from './helpers'
import { event, sse, stream } from './monitor-helpers'

function recorder() {
  const seen: MonitorEvent[] = []
  const missed: number[] = []
  const states: StreamState[] = []
  const on: MonitorHandlers = { transaction: (e) => seen.push(e), missed: (n) => missed.push(n), state: (s) => states.push(s) }
  return { seen, missed, states, on }
}

afterEach(() => vi.unstubAllGlobals())

describe('server-sent events', () => {
  it('reads events split anywhere across chunks, skipping comments', () => {
    const p = new SseParser()
    const text = ': keep-alive\r\n\r\nid: 7\nevent: transaction\ndata: {"a":\ndata: 1}\n\nevent: missed\ndata: {"count":3}\n\n'
    const out = [...text].flatMap((ch) => p.push(ch))
    expect(out).toEqual([
      { event: 'transaction', id: '7', data: '{"a":\n1}' },
      { event: 'missed', id: undefined, data: '{"count":3}' },
    ])
  })

  it('drops a message without data and names an unnamed one "message"', () => {
    const p = new SseParser()
    expect(p.push('event: x\n\ndata: y\n\n')).toEqual([{ event: 'message', id: undefined, data: 'y' }])
  })
})

describe('monitor feed', () => {
  it('keeps the newest rows first, at most MAX_ROWS', () => {
    const f = new MonitorFeed()
    for (let i = 1; i <= MAX_ROWS + 5; i++) f.add(event(i))
    expect(f.rows).toHaveLength(MAX_ROWS)
    expect(f.rows[0]?.seq).toBe(MAX_ROWS + 5)
  })

  it('holds new rows while paused and shows them on resume', () => {
    const f = new MonitorFeed()
    f.add(event(1))
    f.pause()
    f.add(event(2))
    f.add(event(3))
    expect(f.rows.map((e) => e.seq)).toEqual([1])
    expect(f.waiting).toHaveLength(2)
    f.resume()
    expect(f.rows.map((e) => e.seq)).toEqual([3, 2, 1])
    expect(f.waiting).toHaveLength(0)
  })
})

describe('watching transactions', () => {
  it('delivers events and, when the stream ends, opens again after the last one seen', async () => {
    const streams = [stream(sse([event(1), event(2)], 'event: missed\ndata: {"count":4}\n\n')), stream(sse([event(3)]), false)]
    const server = fakeServer(() => streams.shift() ?? stream('', false))
    const r = recorder()
    const stop = watchTransactions({ refusalsOnly: true, outletId: 5 }, r.on, async () => undefined)
    await vi.waitFor(() => expect(r.seen.map((e) => e.seq)).toEqual([1, 2, 3]))
    stop()
    const urls = server.fetchMock.mock.calls.map(([req]) => new URL((req as Request).url))
    expect(urls[0]?.pathname).toBe('/api/monitor/transactions')
    expect(urls[0]?.searchParams.get('refusalsOnly')).toBe('true')
    expect(urls[0]?.searchParams.get('outletId')).toBe('5')
    expect(urls[0]?.searchParams.has('after')).toBe(false)
    expect(urls[1]?.searchParams.get('after')).toBe('2')
    expect(r.missed).toEqual([4])
    expect(r.states).toContain('live')
  })

  it('waits longer when the server has too many monitors, and stops on a refusal retrying cannot cure', async () => {
    const answers = [problem(429, 5122), problem(400, 1001)]
    fakeServer(() => answers.shift()!)
    const waits: number[] = []
    const r = recorder()
    watchTransactions({ refusalsOnly: false, terminal: 'abc' }, r.on, async (ms) => {
      waits.push(ms)
    })
    await vi.waitFor(() => expect(r.states.at(-1)).toBe('stopped'))
    expect(waits).toEqual([BUSY_RETRY_MS])
    expect(r.states).toEqual(['connecting', 'retrying', 'connecting', 'stopped'])
  })
})

import { api, unwrap } from '@/common/api/client'
import { ApiError } from '@/common/api/problem'
import type { MonitorEvent, MonitorMissed, TerminalServerView } from '@/common/api/types'
import { SseParser } from './sse'

export interface MonitorQuery {
  outletId?: number
  /** machine number or 8-digit terminal id */
  terminal?: string
  refusalsOnly: boolean
}

export type StreamState = 'connecting' | 'live' | 'retrying' | 'stopped'

export interface MonitorHandlers {
  transaction: (e: MonitorEvent) => void
  missed: (count: number) => void
  state: (s: StreamState, error?: unknown) => void
}

/** How long to wait before reconnecting: after a normal end at once, after a failure a little, when busy longer. */
export const ENDED_MS = 250
export const RETRY_MS = 2_000
export const BUSY_RETRY_MS = 15_000
const BUSY = 429

export function terminalServer(): Promise<TerminalServerView> {
  return unwrap(api.GET('/api/monitor/server'))
}

/**
 * Watches transactions as they happen and keeps watching: when the stream ends (the server closes
 * it every few minutes) or fails, it opens again after the last event seen, so nothing is shown
 * twice. A refusal that retrying cannot cure (bad filter, no permission) stops it. Returns stop().
 */
export function watchTransactions(query: MonitorQuery, on: MonitorHandlers, wait = sleep): () => void {
  const control = new AbortController()
  let after: number | undefined
  void (async () => {
    while (!control.signal.aborted) {
      on.state('connecting')
      // the server ends a stream every few minutes; come back at once, but never in a tight loop
      let delay = ENDED_MS
      try {
        await readStream(query, after, control.signal, on, (seq) => (after = seq))
      } catch (e) {
        if (control.signal.aborted) break
        const status = e instanceof ApiError ? e.status : 0
        if (status >= 400 && status < 500 && status !== BUSY) {
          on.state('stopped', e)
          return
        }
        on.state('retrying', e)
        delay = status === BUSY ? BUSY_RETRY_MS : RETRY_MS
      }
      await wait(delay, control.signal)
    }
  })()
  return () => control.abort()
}

async function readStream(
  query: MonitorQuery,
  after: number | undefined,
  signal: AbortSignal,
  on: MonitorHandlers,
  seen: (seq: number) => void,
): Promise<void> {
  const params = { query: { outletId: query.outletId, terminal: query.terminal || undefined, refusalsOnly: query.refusalsOnly, after } }
  const body = await unwrap(api.GET('/api/monitor/transactions', { params, parseAs: 'stream', signal }))
  if (!body) throw new ApiError(0, undefined, new Error('no stream'))
  on.state('live')
  const reader = body.getReader()
  const decoder = new TextDecoder()
  const parser = new SseParser()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return
    for (const m of parser.push(decoder.decode(value, { stream: true }))) {
      if (m.event === 'transaction') {
        const e = JSON.parse(m.data) as MonitorEvent
        seen(e.seq)
        on.transaction(e)
      } else if (m.event === 'missed') {
        on.missed((JSON.parse(m.data) as MonitorMissed).count)
      }
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

import type { MonitorEvent } from '@/common/api/types'

export function event(seq: number, over: Partial<MonitorEvent> = {}): MonitorEvent {
  return {
    seq, at: '2026-03-15T04:30:45Z', terminalId: 9, terminalCode: '00000012', machineNo: 12, outletId: 5, kind: 'PURCHASE',
    card: '****1234', amountFen: 1250, responseCode: '00', approved: true, trace: String(seq).padStart(6, '0'), ...over,
  }
}

export function sse(events: MonitorEvent[], extra = ''): string {
  return ': keep-alive\n\n' + events.map((e) => `id: ${e.seq}\nevent: transaction\ndata: ${JSON.stringify(e)}\n\n`).join('') + extra
}

/** A text/event-stream answer that sends the text and then ends (or stays open). */
export function stream(text: string, end = true): Response {
  const bytes = new TextEncoder().encode(text)
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(bytes)
      if (end) c.close()
    },
  })
  return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } })
}

/** A text/event-stream answer that stays open: push more text into it later. */
export function openStream(first: string) {
  const encoder = new TextEncoder()
  let controller!: ReadableStreamDefaultController<Uint8Array>
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c
      c.enqueue(encoder.encode(first))
    },
  })
  return {
    response: new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }),
    push: (text: string) => controller.enqueue(encoder.encode(text)),
  }
}

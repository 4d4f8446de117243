/** One server-sent event: its type (`message` when none is named), its id and its data lines joined. */
export interface SseMessage {
  event: string
  id?: string
  data: string
}

/**
 * Reads a text/event-stream chunk by chunk (chunks may split anywhere, even inside a line).
 * Comment lines (": keep-alive") and messages without data are dropped, as EventSource does.
 */
export class SseParser {
  private tail = ''
  private event = ''
  private id: string | undefined
  private data: string[] = []

  push(chunk: string): SseMessage[] {
    const text = this.tail + chunk
    const lines = text.split(/\r\n|\r|\n/)
    // the last piece has no line end yet: keep it for the next chunk
    this.tail = lines.pop() ?? ''
    const out: SseMessage[] = []
    for (const line of lines) {
      const message = this.line(line)
      if (message) out.push(message)
    }
    return out
  }

  private line(line: string): SseMessage | null {
    if (line === '') return this.dispatch()
    if (line.startsWith(':')) return null
    const colon = line.indexOf(':')
    const field = colon < 0 ? line : line.slice(0, colon)
    let value = colon < 0 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') this.event = value
    else if (field === 'data') this.data.push(value)
    else if (field === 'id') this.id = value
    return null
  }

  private dispatch(): SseMessage | null {
    const message = this.data.length > 0 ? { event: this.event || 'message', id: this.id, data: this.data.join('\n') } : null
    this.event = ''
    this.id = undefined
    this.data = []
    return message
  }
}

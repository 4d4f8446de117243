import { createHmac } from 'node:crypto'
import { Socket } from 'node:net'
import { call, freeMachineNo } from './api'
import { BASE_URL } from './support'

// A consumption terminal for browser tests: registered through the API, talking ISO 8583:1987 binary over
// TCP to the terminal server exactly as openapi/terminal-protocol.md §1 and §2.2 describe (no library).

type Spec = { kind: 'n'; digits: number } | { kind: 'nLL' } | { kind: 'text'; length: number } | { kind: 'textLL' } | { kind: 'textLLL' } | { kind: 'b'; length: number }

/** The fields a 0200 and its 0210 carry. */
const FIELDS: Record<number, Spec> = {
  2: { kind: 'nLL' },
  3: { kind: 'n', digits: 6 },
  4: { kind: 'n', digits: 12 },
  11: { kind: 'n', digits: 6 },
  12: { kind: 'n', digits: 6 },
  13: { kind: 'n', digits: 4 },
  37: { kind: 'text', length: 12 },
  38: { kind: 'text', length: 6 },
  39: { kind: 'text', length: 2 },
  41: { kind: 'text', length: 8 },
  42: { kind: 'text', length: 15 },
  44: { kind: 'textLL' },
  48: { kind: 'textLLL' },
  54: { kind: 'textLLL' },
  64: { kind: 'b', length: 8 },
}

function bcd(digits: string, padLeft: boolean): Buffer {
  const even = digits.length % 2 === 0 ? digits : padLeft ? `0${digits}` : `${digits}0`
  return Buffer.from(even, 'hex')
}

function encodeField(n: number, value: string): Buffer {
  const spec = FIELDS[n]
  if (!spec) throw new Error(`field ${n} is not known here`)
  switch (spec.kind) {
    case 'n':
      return bcd(value.padStart(spec.digits, '0'), true)
    case 'nLL':
      return Buffer.concat([bcd(String(value.length).padStart(2, '0'), true), bcd(value, false)])
    case 'text':
      return Buffer.from(value.padEnd(spec.length, ' '), 'ascii')
    case 'textLLL':
      return Buffer.concat([bcd(String(value.length).padStart(4, '0'), true), Buffer.from(value, 'ascii')])
    default:
      throw new Error(`field ${n} is not sent here`)
  }
}

/** The message with its MAC (field 64: HMAC-SHA256 of everything before it, first 8 bytes), framed. */
function frame(fields: Record<number, string>, key: Buffer): Buffer {
  const numbers = [...Object.keys(fields).map(Number), 64].sort((a, b) => a - b)
  const bitmap = Buffer.alloc(8)
  for (const n of numbers) bitmap[(n - 1) >> 3]! |= 0x80 >> ((n - 1) & 7)
  const body = Buffer.concat([Buffer.from('0200', 'hex'), bitmap, ...numbers.filter((n) => n !== 64).map((n) => encodeField(n, fields[n]!))])
  const mac = createHmac('sha256', key).update(body).digest().subarray(0, 8)
  const message = Buffer.concat([body, mac])
  const length = Buffer.alloc(2)
  length.writeUInt16BE(message.length)
  return Buffer.concat([length, message])
}

/** The reply's fields as text (field 64 left out). */
function decode(message: Buffer): Record<number, string> {
  const fields: Record<number, string> = {}
  const bitmap = message.subarray(2, 10)
  let at = 10
  for (let n = 2; n <= 64; n++) {
    if (!(bitmap[(n - 1) >> 3]! & (0x80 >> ((n - 1) & 7)))) continue
    const spec = FIELDS[n]
    if (!spec) throw new Error(`the reply carries field ${n}, unknown here`)
    if (spec.kind === 'n') {
      const bytes = Math.ceil(spec.digits / 2)
      fields[n] = message.subarray(at, at + bytes).toString('hex').slice(-spec.digits)
      at += bytes
    } else if (spec.kind === 'nLL') {
      const digits = Number(message.subarray(at, at + 1).toString('hex'))
      fields[n] = message.subarray(at + 1, at + 1 + Math.ceil(digits / 2)).toString('hex').slice(0, digits)
      at += 1 + Math.ceil(digits / 2)
    } else if (spec.kind === 'textLL' || spec.kind === 'textLLL') {
      const prefix = spec.kind === 'textLL' ? 1 : 2
      const length = Number(message.subarray(at, at + prefix).toString('hex'))
      fields[n] = message.subarray(at + prefix, at + prefix + length).toString('ascii')
      at += prefix + length
    } else {
      if (n !== 64) fields[n] = message.subarray(at, at + spec.length).toString('ascii')
      at += spec.length
    }
  }
  return fields
}

/** hhmmss and MMDD in Asia/Shanghai, as a terminal's clock shows them. */
function localTime(now = new Date()): { time: string; date: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hourCycle: 'h23', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  )
  return { time: `${parts.hour}${parts.minute}${parts.second}`, date: `${parts.month}${parts.day}` }
}

export interface Terminal {
  machineNo: number
  purchase: (cardSerial: string, amountFen: number) => Promise<Record<number, string>>
  /** Any 0200 (processing code in 3, card in 2, more fields as given); trace, time, terminal and outlet filled in. */
  send: (fields: Record<number, string>) => Promise<Record<number, string>>
  close: () => void
}

/** Registers a FREE_AMOUNT terminal (a consumption one unless told) at the outlet and connects it to the terminal server. */
export async function connectTerminal(token: string, outletId: number, purpose = 'CONSUMPTION'): Promise<Terminal> {
  const machineNo = await freeMachineNo()
  const created = await call<{ macKey: string }>(token, 'POST', '/api/terminals', {
    machineNo, serial: `E2E-T${machineNo}`, model: 'E2E-NODE', purpose, outletId, mode: 'FREE_AMOUNT',
  })
  const server = await call<{ listening: boolean; port?: number }>(token, 'GET', '/api/monitor/server')
  if (!server.listening || !server.port) throw new Error(`the terminal server does not listen (${BASE_URL}/api/monitor/server)`)
  const key = Buffer.from(created.macKey, 'hex')
  const socket = new Socket()
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.connect(server.port!, new URL(BASE_URL).hostname, resolve)
  })
  let received = Buffer.alloc(0)
  let waiting: ((m: Buffer) => void) | null = null
  socket.on('data', (chunk) => {
    received = Buffer.concat([received, chunk])
    if (received.length >= 2 && received.length >= 2 + received.readUInt16BE(0) && waiting) {
      const length = received.readUInt16BE(0)
      const message = received.subarray(2, 2 + length)
      received = received.subarray(2 + length)
      const w = waiting
      waiting = null
      w(message)
    }
  })
  let trace = 0
  const code = String(machineNo).padStart(8, '0')
  const send = (given: Record<number, string>) => {
    const { time, date } = localTime()
    trace += 1
    const fields = { 11: String(trace), 12: time, 13: date, 41: code, 42: String(outletId).padStart(15, '0'), ...given }
    const reply = new Promise<Buffer>((resolve, reject) => {
      waiting = resolve
      setTimeout(() => reject(new Error('no reply from the terminal server within 10 s')), 10_000)
    })
    socket.write(frame(fields, key))
    return reply.then(decode)
  }
  return {
    machineNo,
    purchase: (cardSerial, amountFen) => send({ 2: cardSerial, 3: '000000', 4: String(amountFen) }),
    send,
    close: () => socket.destroy(),
  }
}

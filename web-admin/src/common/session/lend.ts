/*
 * Lending this tab's session to a print tab it opens.
 *
 * The refresh token lives in this tab's sessionStorage and is single-use, so a second tab must never
 * hold a copy (the first refresh of either tab would end the session of both, code 2009). A print
 * tab is therefore opened with noopener (no storage copy) and carries a one-time ticket in its URL
 * fragment (never sent to the server). It asks for an access token over a BroadcastChannel; the tab
 * that issued the ticket answers once, sealed with the ticket's secret pad (a one-time pad), so a
 * listener without the URL learns nothing. The print tab keeps the access token in memory only and
 * never refreshes it.
 */
import { newIdempotencyKey } from '@/common/composables/useIdempotencyKey'

const CHANNEL = 'onecard.admin.session-lend'
/** Long enough for any access token (a JWT of a few hundred characters). */
const PAD_BYTES = 2048
export const TICKET_TTL_MS = 2 * 60_000

interface Issued {
  pad: Uint8Array
  expiresAt: number
}

interface Ask {
  kind: 'ask'
  id: string
}

interface Lend {
  kind: 'lend'
  id: string
  sealed: number[]
}

export interface Ticket {
  id: string
  pad: Uint8Array
}

const issued = new Map<string, Issued>()
let lender: BroadcastChannel | null = null

function toBase64Url(bytes: Uint8Array): string {
  let text = ''
  for (const b of bytes) text += String.fromCharCode(b)
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | null {
  try {
    const raw = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return Uint8Array.from(raw, (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

function xor(data: Uint8Array, pad: Uint8Array): Uint8Array {
  return data.map((b, i) => b ^ (pad[i] ?? 0))
}

/** A new one-time ticket ("id.pad"), remembered by this tab until it is redeemed or expires. */
export function issueTicket(now = Date.now()): string {
  const id = newIdempotencyKey()
  const pad = globalThis.crypto.getRandomValues(new Uint8Array(PAD_BYTES))
  for (const [key, t] of issued) if (t.expiresAt <= now) issued.delete(key)
  issued.set(id, { pad, expiresAt: now + TICKET_TTL_MS })
  return `${id}.${toBase64Url(pad)}`
}

export function parseTicket(text: string): Ticket | null {
  const [id, pad, extra] = text.split('.')
  if (!id || !pad || extra !== undefined) return null
  const bytes = fromBase64Url(pad)
  return bytes && bytes.length === PAD_BYTES ? { id, pad: bytes } : null
}

/** The token sealed for the ticket's holder, once per ticket and only before it expires. */
export function redeem(id: string, accessToken: string, now = Date.now()): number[] | null {
  const ticket = issued.get(id)
  if (!ticket) return null
  issued.delete(id)
  const data = new TextEncoder().encode(accessToken)
  if (ticket.expiresAt <= now || data.length > PAD_BYTES) return null
  return Array.from(xor(data, ticket.pad))
}

export function unseal(sealed: number[], pad: Uint8Array): string | null {
  if (sealed.length > pad.length || sealed.some((b) => !Number.isInteger(b) || b < 0 || b > 255)) return null
  return new TextDecoder().decode(xor(Uint8Array.from(sealed), pad))
}

function isAsk(v: unknown): v is Ask {
  return typeof v === 'object' && v !== null && (v as Ask).kind === 'ask' && typeof (v as Ask).id === 'string'
}

function isLend(v: unknown): v is Lend {
  return typeof v === 'object' && v !== null && (v as Lend).kind === 'lend' && Array.isArray((v as Lend).sealed)
}

/** Makes this tab answer the tickets it issued, with whatever access token it holds at that moment. */
export function startLending(accessToken: () => string | null): void {
  if (lender || typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const token = accessToken()
    if (!isAsk(e.data) || !token) return
    const sealed = redeem(e.data.id, token)
    if (sealed) channel.postMessage({ kind: 'lend', id: e.data.id, sealed } satisfies Lend)
  }
  lender = channel
}

/** Asks the issuing tab for an access token; null when no tab answers in time. */
export function borrowAccessToken(ticket: Ticket, waitMs = 3000): Promise<string | null> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(null)
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(CHANNEL)
    const finish = (token: string | null): void => {
      clearTimeout(timer)
      channel.close()
      resolve(token)
    }
    const timer = setTimeout(() => finish(null), waitMs)
    channel.onmessage = (e: MessageEvent<unknown>) => {
      if (isLend(e.data) && e.data.id === ticket.id) finish(unseal(e.data.sealed, ticket.pad))
    }
    channel.postMessage({ kind: 'ask', id: ticket.id } satisfies Ask)
  })
}

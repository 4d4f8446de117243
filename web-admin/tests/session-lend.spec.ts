import { describe, expect, it } from 'vitest'
import { issueTicket, parseTicket, redeem, TICKET_TTL_MS, unseal } from '@/common/session/lend'
import { receiptUrl } from '@/pages/receipts/open'

const TOKEN = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'

function ticketOf(text: string) {
  const ticket = parseTicket(text)
  if (!ticket) throw new Error('unreadable ticket')
  return ticket
}

describe('lending a session to a print tab', () => {
  it('hands the token once to the holder of the ticket, sealed so the channel does not show it', () => {
    const ticket = ticketOf(issueTicket(1000))
    const sealed = redeem(ticket.id, TOKEN, 1000)
    expect(sealed).not.toBeNull()
    expect(String.fromCharCode(...(sealed ?? []))).not.toContain('eyJ')
    expect(unseal(sealed ?? [], ticket.pad)).toBe(TOKEN)
    expect(redeem(ticket.id, TOKEN, 1001)).toBeNull() // spent
  })

  it('does not unseal with another pad', () => {
    const mine = ticketOf(issueTicket())
    const other = ticketOf(issueTicket())
    const sealed = redeem(mine.id, TOKEN) ?? []
    expect(unseal(sealed, other.pad)).not.toBe(TOKEN)
  })

  it('refuses unknown and expired tickets', () => {
    expect(redeem('not-issued', TOKEN)).toBeNull()
    const ticket = ticketOf(issueTicket(0))
    expect(redeem(ticket.id, TOKEN, TICKET_TTL_MS)).toBeNull()
  })

  it('reads only well-formed tickets', () => {
    expect(parseTicket('')).toBeNull()
    expect(parseTicket('abc')).toBeNull()
    expect(parseTicket('abc.!!!')).toBeNull()
    expect(parseTicket('abc.AAAA')).toBeNull() // pad too short
    expect(parseTicket(`${issueTicket()}.extra`)).toBeNull()
  })

  it('puts the ticket in the fragment, which the browser never sends to the server', () => {
    expect(receiptUrl(42, 'id.pad', '/admin/')).toBe('/admin/receipts/42#id.pad')
    expect(receiptUrl(42, 'id.pad', '/admin')).toBe('/admin/receipts/42#id.pad')
  })
})

import { issueTicket, startLending } from '@/common/session/lend'
import { useAuthStore } from '@/common/stores/auth'

/** The receipt's address inside the admin app, with a one-time ticket to borrow this tab's session. */
export function receiptUrl(postingId: number, ticket: string, base = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/?$/, '/')}receipts/${postingId}#${ticket}`
}

/**
 * Opens the receipt in a new tab. noopener: the new tab gets no copy of this tab's sessionStorage
 * (its single-use refresh token); it borrows an access token with the ticket instead.
 */
export function openReceipt(postingId: number): void {
  const auth = useAuthStore()
  startLending(() => auth.accessToken)
  window.open(receiptUrl(postingId, issueTicket()), '_blank', 'noopener')
}

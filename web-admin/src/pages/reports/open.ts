import { issueTicket, startLending } from '@/common/session/lend'
import { useAuthStore } from '@/common/stores/auth'

/**
 * Opens a report's print view in a tab of its own, which borrows this tab's session with a
 * one-time ticket (as receipts do; see common/session/lend.ts).
 */
export function openPrintView(path: string, base = import.meta.env.BASE_URL): void {
  const auth = useAuthStore()
  startLending(() => auth.accessToken)
  window.open(`${base.replace(/\/?$/, '/')}${path}#${issueTicket()}`, '_blank', 'noopener')
}

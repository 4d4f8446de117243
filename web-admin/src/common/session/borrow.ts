import type { RouteLocationNormalizedLoaded, Router } from 'vue-router'
import { borrowAccessToken, parseTicket } from './lend'
import { useAuthStore } from '@/common/stores/auth'

/**
 * A tab opened for printing has no session of its own: it borrows the opener's access token once,
 * with the ticket in its URL fragment, which is spent either way and kept out of history.
 */
export async function borrowSession(route: RouteLocationNormalizedLoaded, router: Router): Promise<void> {
  const auth = useAuthStore()
  const ticket = parseTicket(route.hash.replace(/^#/, ''))
  if (route.hash) await router.replace({ query: route.query, hash: '' })
  if (!ticket) return
  const token = await borrowAccessToken(ticket)
  if (token) auth.accessToken = token
}

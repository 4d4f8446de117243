import type { RouteLocationNormalized, Router } from 'vue-router'
import { useAuthStore } from '@/common/stores/auth'

/** Only same-app paths may be used as a post-login redirect (no "//evil.example"). */
export function safeRedirect(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  return value
}

export function installGuard(router: Router): void {
  router.beforeEach(async (to: RouteLocationNormalized) => {
    const auth = useAuthStore()
    if (!auth.isAuthenticated) await auth.restore()

    if (to.meta.public) {
      return to.name === 'login' && auth.isAuthenticated ? safeRedirect(to.query.redirect) : true
    }
    if (!auth.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } }
    if (!auth.operator) {
      try {
        await auth.loadOperator()
      } catch {
        // the layout shows what it can; a lost session has been cleared by the API client
        if (!auth.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } }
      }
    }
    return true
  })
}

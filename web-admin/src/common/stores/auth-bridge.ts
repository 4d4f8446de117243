import type { Router } from 'vue-router'
import { installAuthHooks } from '@/common/api/client'
import { currentLocale } from '@/common/i18n'
import { useAuthStore } from './auth'

/** Sends the operator to the login page when the session is lost, and the UI language to the server. */
export function bridgeAuth(router: Router): void {
  const auth = useAuthStore()
  installAuthHooks({
    getLanguage: () => currentLocale(),
    onSessionLost: () => {
      auth.clear()
      const here = router.currentRoute.value
      if (here.meta.public) return
      void router.replace({ name: 'login', query: { redirect: here.fullPath } })
    },
  })
}

import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router'
import { useAuthStore } from '@/common/stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean
  }
}

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)): Router {
  const router = createRouter({
    history,
    routes: [
      {
        path: '/',
        name: 'balance',
        component: () => import('@/pages/balance/index.vue'),
        meta: { requiresAuth: true },
      },
      {
        path: '/recharge',
        name: 'recharge',
        component: () => import('@/pages/recharge/index.vue'),
        meta: { requiresAuth: true },
      },
      {
        path: '/history',
        name: 'history',
        component: () => import('@/pages/history/index.vue'),
        meta: { requiresAuth: true },
      },
      {
        path: '/password',
        name: 'password',
        component: () => import('@/pages/password/index.vue'),
        meta: { requiresAuth: true },
      },
      {
        path: '/pay-code',
        name: 'payCode',
        component: () => import('@/pages/paycode/index.vue'),
        meta: { requiresAuth: true },
      },
      { path: '/login', name: 'login', component: () => import('@/pages/login/index.vue') },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })

  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    try {
      await auth.restore() // a remembered session is renewed before anything is shown
    } catch {
      // refused (tokens cleared) or offline: treated as signed out below
    }
    if (to.meta.requiresAuth && !auth.isAuthenticated) return { name: 'login' }
    if (to.name === 'login' && auth.isAuthenticated) return { name: 'balance' }
    return true
  })

  return router
}

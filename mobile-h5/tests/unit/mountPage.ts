import type { Component } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n, setLocale } from '@/common/i18n'

const Blank: Component = { render: () => null }

/** Mounts a page with the app's i18n, a fresh Pinia and a memory router holding the real route names. */
export async function mountPage(page: Component, path: string, props: Record<string, unknown> = {}) {
  setLocale('zh-CN')
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'balance', component: Blank },
      { path: '/login', name: 'login', component: Blank },
      { path: '/recharge', name: 'recharge', component: Blank },
      { path: '/password', name: 'password', component: Blank },
    ],
  })
  await router.push(path)
  const wrapper = mount(page, { props, global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

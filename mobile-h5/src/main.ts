import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@/common/vant-styles'
import App from './App.vue'
import { setPasswordRequiredHandler, setSessionLostHandler } from '@/common/api/http'
import { i18n, initLocale } from '@/common/i18n'
import { createAppRouter } from '@/router'

const app = createApp(App)
const router = createAppRouter()

app.use(createPinia()).use(i18n).use(router)
initLocale()
setSessionLostHandler(() => {
  if (router.currentRoute.value.name !== 'login') void router.replace({ name: 'login' })
})
setPasswordRequiredHandler(() => {
  if (router.currentRoute.value.name !== 'password') void router.replace({ name: 'password', query: { forced: '1' } })
})
app.mount('#app')

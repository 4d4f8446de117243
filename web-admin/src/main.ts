import 'element-plus/dist/index.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n, setLocale, currentLocale } from './common/i18n'
import { bridgeAuth } from './common/stores/auth-bridge'
import { createAppRouter } from './router'
import './common/styles.css'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
setLocale(currentLocale())
const router = createAppRouter()
bridgeAuth(router)
app.use(router)
app.mount('#app')

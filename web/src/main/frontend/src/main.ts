import { createApp } from 'vue'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import BootError from './BootError.vue'
import { fetchMe } from './api'
import { fetchPortalConfig, initAuth } from './auth/keycloak'
import { applyDocumentLocale, currentLocale, i18n } from './i18n'
import { createPortalRouter } from './router'
import { mountVerifyPage } from './publicPages'
import { verifyNumberOf } from './domain/certificates'
import { setMe } from './session'

/*
 * Order matters: the realm comes from the server, keycloak-js must read the login redirect
 * before the router touches the URL, and the user's roles must be known before the first route
 * renders the role-aware menu.
 */
async function boot(): Promise<void> {
  applyDocumentLocale(currentLocale())
  const config = await fetchPortalConfig()
  await initAuth(config, currentLocale())
  setMe(await fetchMe())
  const router = createPortalRouter()
  const app = createApp(App).use(i18n).use(router)
  await router.isReady()
  app.mount('#app')
}

const verifying = verifyNumberOf(window.location.pathname)
if (verifying !== null) {
  mountVerifyPage(verifying)
} else {
  boot().catch((error: unknown) => {
    console.error('zhixing: portal start failed', error)
    createApp(BootError, { error }).use(i18n).mount('#app')
  })
}

import { createApp } from 'vue'
import VerifyView from './views/VerifyView.vue'
import { applyDocumentLocale, currentLocale, i18n } from './i18n'

/*
 * Pages anyone may open without an account: the certificate verification a QR code leads to. They boot without
 * keycloak-js (which would send the visitor to a login page) and without the signed-in layout.
 */
export function mountVerifyPage(number: string): void {
  applyDocumentLocale(currentLocale())
  createApp(VerifyView, { number }).use(i18n).mount('#app')
}

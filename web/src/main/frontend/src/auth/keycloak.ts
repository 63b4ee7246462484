import Keycloak from 'keycloak-js'
import type { PortalConfig } from '../api/types'

/*
 * The portal is a public OIDC client: authorization code + PKCE against the realm named by
 * GET /api/config. The API is bearer-only and sees nothing but the access token.
 */
let keycloak: Keycloak | null = null

export async function fetchPortalConfig(): Promise<PortalConfig> {
  const response = await fetch('/api/config', { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET /api/config → HTTP ${response.status}`)
  return (await response.json()) as PortalConfig
}

/** Resolves once logged in; without a session keycloak-js navigates to the login page instead. */
export async function initAuth(config: PortalConfig, locale: string): Promise<void> {
  const instance = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId })
  await instance.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    locale,
  })
  keycloak = instance
}

/** A token valid for at least 30 more seconds; on a dead session, off to the login page. */
export async function freshToken(): Promise<string | undefined> {
  if (!keycloak) return undefined
  try {
    await keycloak.updateToken(30)
  } catch {
    await relogin()
  }
  return keycloak.token
}

export async function relogin(): Promise<void> {
  await keycloak?.login()
}

export async function logout(): Promise<void> {
  await keycloak?.logout({ redirectUri: `${window.location.origin}/` })
}

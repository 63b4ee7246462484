import { describe, expect, it, vi } from 'vitest'
import { ApiError, NetworkError, buildQuery, createApiClient } from './client'

type Call = { url: string; headers: Record<string, string> }

function fakeServer(respond: (url: string) => Response) {
  const calls: Call[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input)
    calls.push({ url, headers: (init?.headers ?? {}) as Record<string, string> })
    return respond(url)
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls }
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })

describe('buildQuery', () => {
  it('leaves out empty filters and encodes the rest', () => {
    expect(buildQuery({ position: undefined, q: '王', page: 1, size: 20, x: null, y: '  ' })).toBe(
      '?q=%E7%8E%8B&page=1&size=20',
    )
    expect(buildQuery({})).toBe('')
    expect(buildQuery()).toBe('')
  })
})

describe('api client', () => {
  it('sends the bearer token and the portal language', async () => {
    const server = fakeServer(() => json(200, { username: 'learner' }))
    const client = createApiClient({
      token: async () => 'abc',
      onUnauthorized: () => {},
      locale: () => 'zh-CN',
      fetch: server.fetch,
    })
    await expect(client.get('/api/me')).resolves.toEqual({ username: 'learner' })
    expect(server.calls[0]).toEqual({
      url: '/api/me',
      headers: expect.objectContaining({ Authorization: 'Bearer abc', 'Accept-Language': 'zh-CN' }),
    })
  })

  it('sends no Authorization header without a token', async () => {
    const server = fakeServer(() => json(200, {}))
    const client = createApiClient({ token: async () => undefined, onUnauthorized: () => {}, fetch: server.fetch })
    await client.get('/api/config')
    expect(server.calls[0]?.headers).not.toHaveProperty('Authorization')
  })

  it('appends the query', async () => {
    const server = fakeServer(() => json(200, { items: [], page: 2, size: 20, total: 0 }))
    const client = createApiClient({ token: async () => 't', onUnauthorized: () => {}, fetch: server.fetch })
    await client.get('/api/org/units/411600000000/people', { position: 'PARTY_SECRETARY', q: '', page: 2 })
    expect(server.calls[0]?.url).toBe('/api/org/units/411600000000/people?position=PARTY_SECRETARY&page=2')
  })

  it('turns a problem+json answer into an ApiError with its detail', async () => {
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: '单位不存在' }
    const server = fakeServer(() => json(404, problem, 'application/problem+json'))
    const client = createApiClient({ token: async () => 't', onUnauthorized: () => {}, fetch: server.fetch })
    const error = await client.get('/api/org/units/1').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 404, message: '单位不存在', problem: { title: 'Not Found' } })
  })

  it('asks for a new login on 401', async () => {
    const onUnauthorized = vi.fn()
    const server = fakeServer(() => new Response('', { status: 401, statusText: 'Unauthorized' }))
    const client = createApiClient({ token: async () => 'expired', onUnauthorized, fetch: server.fetch })
    await expect(client.get('/api/me')).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })

  it('does not ask for a login on 403', async () => {
    const onUnauthorized = vi.fn()
    const server = fakeServer(() => json(403, { title: 'Forbidden', status: 403 }))
    const client = createApiClient({ token: async () => 't', onUnauthorized, fetch: server.fetch })
    await expect(client.get('/api/org/units/1')).rejects.toMatchObject({ status: 403 })
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('reports an unreachable server as a NetworkError', async () => {
    const client = createApiClient({
      token: async () => 't',
      onUnauthorized: () => {},
      fetch: (async () => {
        throw new TypeError('Failed to fetch')
      }) as typeof fetch,
    })
    await expect(client.get('/api/me')).rejects.toBeInstanceOf(NetworkError)
  })
})

import { describe, expect, it, vi } from 'vitest'
import { ApiError, NetworkError, buildQuery, contentDispositionFileName, createApiClient } from './client'

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

describe('buildQuery with repeated parameters', () => {
  it('repeats a parameter for every array element and skips the empty ones', () => {
    expect(buildQuery({ q: '软弱涣散', level: ['CITY', 'COUNTY'], tag: [], year: ['', null, 2024] })).toBe(
      '?q=%E8%BD%AF%E5%BC%B1%E6%B6%A3%E6%95%A3&level=CITY&level=COUNTY&year=2024',
    )
  })
})

describe('contentDispositionFileName', () => {
  it('prefers the RFC 5987 UTF-8 name, then the plain one', () => {
    expect(
      contentDispositionFileName(`attachment; filename="notice.pdf"; filename*=UTF-8''%E9%80%9A%E7%9F%A5.pdf`),
    ).toBe('通知.pdf')
    expect(contentDispositionFileName('attachment; filename="a b.docx"')).toBe('a b.docx')
    expect(contentDispositionFileName('attachment; filename=plain.txt')).toBe('plain.txt')
    expect(contentDispositionFileName('inline')).toBeNull()
    expect(contentDispositionFileName(null)).toBeNull()
  })
})

describe('api client writes', () => {
  it('posts JSON with the bearer token and reads an empty answer as undefined', async () => {
    const seen: RequestInit[] = []
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {})
      return new Response(null, { status: 204 })
    }) as typeof globalThis.fetch
    const client = createApiClient({ token: async () => 't', onUnauthorized: () => {}, fetch })
    await expect(client.post('/api/policies/12/supersede', { supersededBy: 40 })).resolves.toBeUndefined()
    expect(seen[0]).toMatchObject({
      method: 'POST',
      body: '{"supersededBy":40}',
      headers: expect.objectContaining({ Authorization: 'Bearer t', 'Content-Type': 'application/json' }),
    })
  })

  it('sends no body and no Content-Type for a bare POST', async () => {
    const seen: RequestInit[] = []
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {})
      return json(200, { id: 12, publication: 'PUBLISHED' })
    }) as typeof globalThis.fetch
    const client = createApiClient({ token: async () => 't', onUnauthorized: () => {}, fetch })
    await expect(client.post('/api/policies/12/publish')).resolves.toEqual({ id: 12, publication: 'PUBLISHED' })
    expect(seen[0]?.body).toBeUndefined()
    expect(seen[0]?.headers).not.toHaveProperty('Content-Type')
  })

  it('turns a failed PUT into an ApiError with the violations', async () => {
    const problem = {
      type: 'urn:zhixing:problem:validation',
      title: '请求无效',
      status: 400,
      violations: [{ field: 'title', message: '不能为空' }],
    }
    const fetch = (async () => json(400, problem, 'application/problem+json')) as typeof globalThis.fetch
    const client = createApiClient({ token: async () => 't', onUnauthorized: () => {}, fetch })
    const error = await client.put('/api/policies/12', { title: '' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, problem: { violations: [{ field: 'title', message: '不能为空' }] } })
  })

  it('downloads a file with the bearer token and the suggested name', async () => {
    const seen: RequestInit[] = []
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {})
      return new Response('%PDF-1.7', {
        status: 200,
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="a.pdf"' },
      })
    }) as typeof globalThis.fetch
    const client = createApiClient({ token: async () => 't', onUnauthorized: () => {}, fetch })
    const file = await client.download('/api/policies/12/attachments/3')
    expect(file.fileName).toBe('a.pdf')
    expect(await file.blob.text()).toBe('%PDF-1.7')
    expect(seen[0]?.headers).toMatchObject({ Authorization: 'Bearer t' })
  })
})

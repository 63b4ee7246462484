import { describe, expect, it, vi } from 'vitest'
import { ApiError, NetworkError } from './client'
import {
  UploadAborted,
  describeUploadFailure,
  problemSlug,
  readUploadAnswer,
  uploadForm,
  uploadProblemKind,
  type XhrLike,
} from './upload'

const problem = (body: Record<string, unknown>) => JSON.stringify(body)

function failureOf(status: number, statusText: string, body: string) {
  try {
    readUploadAnswer(status, statusText, body)
  } catch (error) {
    return describeUploadFailure(error)
  }
  throw new Error('expected a failure')
}

describe('readUploadAnswer', () => {
  it('returns the created document on 201', () => {
    expect(readUploadAnswer(201, 'Created', '{"id":12,"title":"通知"}')).toEqual({ id: 12, title: '通知' })
    expect(readUploadAnswer(204, 'No Content', '')).toBeUndefined()
  })

  it('throws an ApiError carrying the problem', () => {
    const body = problem({
      type: 'urn:zhixing:problem:unreadable-document',
      title: '无法读取文件',
      status: 422,
      detail: '扫描件PDF没有文字层，无法提取正文',
    })
    expect(() => readUploadAnswer(422, 'Unprocessable Entity', body)).toThrow(ApiError)
  })
})

describe('upload problems', () => {
  it('reads the problem type', () => {
    expect(problemSlug('urn:zhixing:problem:encrypted-document')).toBe('encrypted-document')
    expect(problemSlug('https://zhixing.example/problems/validation')).toBe('validation')
    expect(problemSlug('about:blank')).toBeNull()
    expect(problemSlug(undefined)).toBeNull()
  })

  it("shows the server's Chinese detail for an unreadable scan, with advice", () => {
    const failure = failureOf(
      422,
      'Unprocessable Entity',
      problem({
        type: 'urn:zhixing:problem:unreadable-document',
        title: '无法读取文件',
        status: 422,
        detail: '扫描件PDF没有文字层，无法提取正文',
      }),
    )
    expect(failure).toEqual({
      kind: 'unreadable',
      notice: { kind: 'text', text: '扫描件PDF没有文字层，无法提取正文' },
      hintKey: 'policy.upload.hint.unreadable',
      fieldErrors: {},
      violations: [],
    })
  })

  it('knows the encrypted, unsupported and too-large documents', () => {
    const kinds = ['encrypted-document', 'unsupported-document-type', 'document-too-large'].map(
      (slug) =>
        failureOf(400, 'Bad Request', problem({ type: `urn:zhixing:problem:${slug}`, status: 400, detail: 'x' })).kind,
    )
    expect(kinds).toEqual(['encrypted', 'unsupported', 'tooLarge'])
  })

  it('words a bare 413 from a proxy itself', () => {
    const failure = failureOf(413, 'Request Entity Too Large', '<html><body>413</body></html>')
    expect(failure.kind).toBe('tooLarge')
    expect(failure.notice).toEqual({ kind: 'key', key: 'policy.upload.tooLarge', params: { size: '20 MB' } })
    expect(failure.hintKey).toBe('policy.upload.hint.tooLarge')
    expect(uploadProblemKind({ status: 415 })).toBe('unsupported')
  })

  it('puts validation violations next to their form fields', () => {
    const failure = failureOf(
      400,
      'Bad Request',
      problem({
        type: 'urn:zhixing:problem:validation',
        title: '请求参数无效',
        status: 400,
        violations: [
          { field: 'title', message: '标题不能为空' },
          { field: 'create.metadata.issueDate', message: '发文日期不能晚于今天' },
          { field: 'tags[0].<list element>', message: '每个标签不超过40字' },
          { field: 'owner', message: '没有可归属的单位' },
          { message: '文件过多' },
        ],
      }),
    )
    expect(failure.kind).toBe('validation')
    expect(failure.fieldErrors).toEqual({
      title: '标题不能为空',
      issueDate: '发文日期不能晚于今天',
      tags: '每个标签不超过40字',
    })
    expect(failure.violations).toEqual([
      { field: 'title', message: '标题不能为空' },
      { field: 'issueDate', message: '发文日期不能晚于今天' },
      { field: 'tags', message: '每个标签不超过40字' },
      { field: null, message: '没有可归属的单位' },
      { field: null, message: '文件过多' },
    ])
    expect(failure.notice).toEqual({ kind: 'text', text: '请求参数无效' })
  })

  it('marks the document number when it is taken', () => {
    const failure = failureOf(
      409,
      'Conflict',
      problem({ type: 'urn:zhixing:problem:duplicate-document-number', status: 409, detail: '文号豫组〔2022〕12号已存在' }),
    )
    expect(failure.kind).toBe('duplicate')
    expect(failure.fieldErrors).toEqual({ docNumber: '文号豫组〔2022〕12号已存在' })
  })

  it('stays silent on 401 and names network failures', () => {
    expect(failureOf(401, 'Unauthorized', '').notice).toEqual({ kind: 'silent' })
    expect(describeUploadFailure(new NetworkError(new Error('x')))).toMatchObject({
      kind: 'other',
      notice: { kind: 'key', key: 'error.network' },
    })
  })
})

class FakeXhr implements XhrLike {
  status = 0
  statusText = ''
  responseText = ''
  upload: XhrLike['upload'] = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null
  headers: Record<string, string> = {}
  opened: [string, string] | null = null
  sent: FormData | null = null

  open(method: string, url: string) {
    this.opened = [method, url]
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  send(body: FormData) {
    this.sent = body
  }
  abort() {
    this.onabort?.()
  }
  answer(status: number, statusText: string, body: string) {
    this.status = status
    this.statusText = statusText
    this.responseText = body
    this.onload?.()
  }
}

async function started(xhr: FakeXhr) {
  await vi.waitFor(() => expect(xhr.sent).not.toBeNull())
}

describe('uploadForm', () => {
  it('posts the form with the bearer token, reports progress and returns the document', async () => {
    const xhr = new FakeXhr()
    const progress: number[][] = []
    const form = new FormData()
    form.append('file', new Blob(['text']), 'a.txt')
    const result = uploadForm<{ id: number }>('/api/policies', form, {
      token: async () => 'abc',
      onUnauthorized: () => {},
      locale: () => 'zh-CN',
      onProgress: (loaded, total) => progress.push([loaded, total]),
      xhr: () => xhr,
    })
    await started(xhr)
    expect(xhr.opened).toEqual(['POST', '/api/policies'])
    expect(xhr.headers).toMatchObject({ Authorization: 'Bearer abc', 'Accept-Language': 'zh-CN' })
    expect(xhr.headers).not.toHaveProperty('Content-Type')
    xhr.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true })
    xhr.upload.onprogress?.({ loaded: 0, total: 0, lengthComputable: false })
    xhr.answer(201, 'Created', '{"id":12}')
    await expect(result).resolves.toEqual({ id: 12 })
    expect(progress).toEqual([[50, 100]])
  })

  it('asks for a new login on 401', async () => {
    const xhr = new FakeXhr()
    const onUnauthorized = vi.fn()
    const result = uploadForm('/api/policies', new FormData(), { token: async () => 't', onUnauthorized, xhr: () => xhr })
    await started(xhr)
    xhr.answer(401, 'Unauthorized', '')
    await expect(result).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })

  it('rejects with UploadAborted when cancelled, and NetworkError when the connection drops', async () => {
    const aborted = new FakeXhr()
    const controller = new AbortController()
    const cancelled = uploadForm('/api/policies', new FormData(), {
      token: async () => 't',
      onUnauthorized: () => {},
      signal: controller.signal,
      xhr: () => aborted,
    })
    await started(aborted)
    controller.abort()
    await expect(cancelled).rejects.toBeInstanceOf(UploadAborted)

    const dropped = new FakeXhr()
    const failed = uploadForm('/api/policies', new FormData(), {
      token: async () => 't',
      onUnauthorized: () => {},
      xhr: () => dropped,
    })
    await started(dropped)
    dropped.onerror?.()
    await expect(failed).rejects.toBeInstanceOf(NetworkError)
  })
})

describe('validation without a headline', () => {
  it('says "correct the marked fields" in the portal\'s words', () => {
    const failure = failureOf(400, '', problem({ status: 400, violations: [{ field: 'title', message: '不能为空' }] }))
    expect(failure.notice).toEqual({ kind: 'key', key: 'policy.form.invalid' })
    expect(failure.fieldErrors).toEqual({ title: '不能为空' })
  })
})

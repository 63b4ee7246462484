import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from './client'
import { errorNotice } from './errors'

describe('errorNotice', () => {
  it('stays silent on 401, since the user is already on the way to the login page', () => {
    expect(errorNotice(new ApiError({ status: 401, title: 'Unauthorized' }))).toEqual({ kind: 'silent' })
  })

  it('says "no access" in the portal\'s own words on 403', () => {
    const forbidden = new ApiError({ status: 403, title: 'Forbidden', detail: 'RESTEASY003210' })
    expect(errorNotice(forbidden)).toEqual({ kind: 'key', key: 'error.forbidden' })
  })

  it("shows the server's detail, else its title", () => {
    expect(errorNotice(new ApiError({ status: 404, title: 'Not Found', detail: '单位不存在' }))).toEqual({
      kind: 'text',
      text: '单位不存在',
    })
    expect(errorNotice(new ApiError({ status: 409, title: '数据已被他人修改' }))).toEqual({
      kind: 'text',
      text: '数据已被他人修改',
    })
  })

  it('falls back to the status when the server said nothing', () => {
    expect(errorNotice(new ApiError({ status: 502 }))).toEqual({
      kind: 'key',
      key: 'error.generic',
      params: { status: 502 },
    })
  })

  it('names a network failure', () => {
    expect(errorNotice(new NetworkError(new TypeError('Failed to fetch')))).toEqual({
      kind: 'key',
      key: 'error.network',
    })
  })
})

import { describe, expect, it } from 'vitest'
import {
  isProcessing,
  percent,
  shouldRetry,
  uploadFailure,
  uploadFingerprint,
  uploadIdOf,
  type UploadView,
} from './uploads'

const response = (status: number, body: string) => ({ getStatus: () => status, getBody: () => body })

describe('uploads', () => {
  it('reads the upload id from its tus URL', () => {
    expect(uploadIdOf('http://localhost:8080/api/uploads/3F2504E0-4F89-11D3-9A0C-0305E82C3301')).toBe(
      '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    )
    expect(uploadIdOf('http://localhost:8080/api/uploads')).toBeNull()
    expect(uploadIdOf(null)).toBeNull()
  })

  it('keeps fingerprints of different users apart', () => {
    const file = { name: '第一课.mp4', type: 'video/mp4', size: 1000, lastModified: 5 }
    expect(uploadFingerprint('trainer', file)).not.toBe(uploadFingerprint('taikang-admin', file))
    expect(uploadFingerprint('trainer', file)).toBe(uploadFingerprint('trainer', { ...file }))
  })

  it('tells the server problem of a refused upload', () => {
    const body = JSON.stringify({
      type: 'urn:zhixing:problem:truncated-media',
      title: '文件不完整或已损坏',
      status: 422,
      detail: '文件“a.mp4”不完整或已损坏（no moov）',
    })
    expect(uploadFailure({ message: 'x', originalResponse: response(422, body) })).toEqual({
      kind: 'problem',
      message: '文件“a.mp4”不完整或已损坏（no moov）',
      type: 'urn:zhixing:problem:truncated-media',
    })
  })

  it('says network when no answer came and forbidden for 403', () => {
    expect(uploadFailure({ message: 'x', originalResponse: null })).toEqual({ kind: 'network' })
    expect(uploadFailure({ message: 'x', originalResponse: response(403, '') })).toEqual({ kind: 'forbidden' })
    expect(uploadFailure({ message: 'x', originalResponse: response(502, '<html>') })).toEqual({
      kind: 'problem',
      message: 'HTTP 502',
      type: undefined,
    })
  })

  it('retries what may pass later, not refusals', () => {
    expect(shouldRetry(null)).toBe(true)
    expect(shouldRetry(503)).toBe(true)
    expect(shouldRetry(460)).toBe(true)
    expect(shouldRetry(423)).toBe(true)
    expect(shouldRetry(422)).toBe(false)
    expect(shouldRetry(413)).toBe(false)
    expect(shouldRetry(404)).toBe(false)
  })

  it('knows uploads still processing', () => {
    const base = { id: 'x', fileName: 'a', length: 1, offset: 1, createdAt: '', expiresAt: '' }
    const processing: UploadView = { ...base, status: 'COMPLETED', processing: { status: 'PROCESSING', hlsRenditions: [] } }
    expect(isProcessing(processing)).toBe(true)
    expect(isProcessing({ ...processing, processing: { status: 'READY', hlsRenditions: ['240p'] } })).toBe(false)
    expect(isProcessing({ ...base, status: 'REJECTED' })).toBe(false)
  })

  it('rounds progress down and caps it', () => {
    expect(percent(1, 3)).toBe(33)
    expect(percent(5, 0)).toBe(0)
    expect(percent(7, 5)).toBe(100)
  })
})

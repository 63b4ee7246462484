import { describe, expect, it } from 'vitest'
import { parseProblem, problemMessage } from './problem'

describe('parseProblem', () => {
  it('reads an RFC 9457 problem', () => {
    const body = JSON.stringify({
      type: 'https://zhixing.example/problems/unit-not-found',
      title: '单位不存在',
      status: 404,
      detail: '没有代码为 411627999999 的单位',
      instance: '/api/org/units/411627999999',
    })
    expect(parseProblem(404, 'Not Found', body)).toEqual({
      type: 'https://zhixing.example/problems/unit-not-found',
      title: '单位不存在',
      status: 404,
      detail: '没有代码为 411627999999 的单位',
      instance: '/api/org/units/411627999999',
      violations: undefined,
    })
  })

  it('keeps the HTTP status and text when the body is not JSON', () => {
    expect(parseProblem(502, 'Bad Gateway', '<html>proxy error</html>')).toEqual({ status: 502, title: 'Bad Gateway' })
    expect(parseProblem(500, '', '')).toEqual({ status: 500, title: undefined })
    expect(parseProblem(500, 'Server Error', '[1,2]')).toEqual({ status: 500, title: 'Server Error' })
  })

  it('ignores fields of the wrong type and blank strings', () => {
    const problem = parseProblem(400, 'Bad Request', JSON.stringify({ title: 7, status: '400', detail: '  ' }))
    expect(problem).toMatchObject({ status: 400, title: 'Bad Request', detail: undefined })
  })

  it('collects validation violations', () => {
    const body = JSON.stringify({
      title: 'Invalid request',
      status: 400,
      violations: [{ field: 'size', message: '每页最多 100 条' }, { message: '页码从 1 开始' }, 'junk'],
    })
    const problem = parseProblem(400, 'Bad Request', body)
    expect(problem.violations).toEqual([
      { field: 'size', message: '每页最多 100 条' },
      { field: undefined, message: '页码从 1 开始' },
    ])
    expect(problemMessage(problem)).toBe('每页最多 100 条；页码从 1 开始')
  })
})

describe('problemMessage', () => {
  it('prefers the detail, then the title', () => {
    expect(problemMessage({ status: 409, title: 'Conflict', detail: '该单位已被修改' })).toBe('该单位已被修改')
    expect(problemMessage({ status: 409, title: 'Conflict' })).toBe('Conflict')
    expect(problemMessage({ status: 500 })).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { buildQuery } from '../api/client'
import en from '../i18n/en'
import zhCN from '../i18n/zh-CN'
import {
  MAX_POLICY_FILE_BYTES,
  POLICY_FILE_ACCEPT,
  activeFilters,
  checkPolicyFile,
  clearFilters,
  effectiveSort,
  emptySearchState,
  facetLabel,
  facetOptions,
  formatFileSize,
  keepOnlyMarks,
  parseSearchState,
  progressPercent,
  searchStateToApi,
  searchStateToQuery,
  toggleFilter,
  withPage,
  withSort,
  withText,
} from './policies'

function i18nFor(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages: { 'zh-CN': zhCN, en } })
  return {
    t: (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {}),
    te: (key: string) => i18n.global.te(key),
  }
}

describe('search state from the URL', () => {
  it('reads the query, repeated filters, sort and page', () => {
    const state = parseSearchState({
      q: ' 软弱涣散 ',
      level: ['CITY', 'COUNTY'],
      authority: '中共河南省委组织部',
      type: 'NOTICE',
      year: '2024',
      tag: ['软弱涣散', '五星支部'],
      status: 'IN_FORCE',
      sort: 'newest',
      page: '3',
      size: '20',
    })
    expect(state).toEqual({
      q: '软弱涣散',
      filters: {
        level: ['CITY', 'COUNTY'],
        type: ['NOTICE'],
        year: ['2024'],
        authority: ['中共河南省委组织部'],
        tag: ['软弱涣散', '五星支部'],
        status: ['IN_FORCE'],
      },
      sort: 'newest',
      page: 3,
      size: 20,
    })
  })

  it('starts empty and falls back to defaults for malformed values', () => {
    expect(parseSearchState({})).toEqual(emptySearchState())
    const state = parseSearchState({
      q: ['', null, '第一'],
      level: ['CITY', null, '', 'CITY'],
      sort: 'best',
      page: '-2',
      size: '7',
      unknown: 'x',
    })
    expect(state.q).toBe('第一')
    expect(state.filters.level).toEqual(['CITY'])
    expect(state.sort).toBeNull()
    expect(state.page).toBe(1)
    expect(state.size).toBe(10)
    expect(parseSearchState({ year: ['2024', '24', 'x', '2023'] }).filters.year).toEqual(['2024', '2023'])
    expect(parseSearchState({ page: 'abc' }).page).toBe(1)
    expect(parseSearchState({ page: '1e3' }).page).toBe(1)
  })
})

describe('search state to the URL', () => {
  it('leaves out every default', () => {
    expect(searchStateToQuery(emptySearchState())).toEqual({})
    expect(searchStateToQuery(withText(emptySearchState(), '  '))).toEqual({})
  })

  it('writes one value as a string and several as a repeated parameter', () => {
    let state = withText(emptySearchState(), '五星支部')
    state = toggleFilter(state, 'level', 'CITY', true)
    state = toggleFilter(state, 'level', 'COUNTY', true)
    state = toggleFilter(state, 'year', '2024', true)
    expect(searchStateToQuery(state)).toEqual({ q: '五星支部', level: ['CITY', 'COUNTY'], year: '2024' })
  })

  it('round-trips through the URL', () => {
    const state = withPage(
      withSort(toggleFilter(toggleFilter(withText(emptySearchState(), '软弱涣散'), 'tag', '整顿', true), 'status', 'IN_FORCE', true), 'newest'),
      4,
    )
    const query = searchStateToQuery(state)
    expect(query).toEqual({ q: '软弱涣散', tag: '整顿', status: 'IN_FORCE', sort: 'newest', page: '4' })
    expect(parseSearchState(query)).toEqual(state)
  })

  it('keeps the sort only when it differs from the default for the query', () => {
    expect(searchStateToQuery(withSort(withText(emptySearchState(), '党建'), 'relevance'))).toEqual({ q: '党建' })
    expect(searchStateToQuery(withSort(emptySearchState(), 'newest'))).toEqual({})
    expect(searchStateToQuery(withSort(emptySearchState(), 'relevance'))).toEqual({ sort: 'relevance' })
  })

  it('defaults to relevance with a query and newest without one', () => {
    expect(effectiveSort(emptySearchState())).toBe('newest')
    expect(effectiveSort(withText(emptySearchState(), '党建'))).toBe('relevance')
    expect(effectiveSort(withSort(withText(emptySearchState(), '党建'), 'newest'))).toBe('newest')
  })
})

describe('refining a search', () => {
  const onPage3 = withPage(toggleFilter(withText(emptySearchState(), '党建'), 'level', 'CITY', true), 3)

  it('goes back to page 1 whenever the question changes', () => {
    expect(onPage3.page).toBe(3)
    expect(toggleFilter(onPage3, 'type', 'NOTICE', true).page).toBe(1)
    expect(toggleFilter(onPage3, 'level', 'CITY', false).page).toBe(1)
    expect(withText(onPage3, '五星').page).toBe(1)
    expect(withSort(onPage3, 'newest').page).toBe(1)
    expect(clearFilters(onPage3).page).toBe(1)
    expect(withPage(onPage3, 3, 50)).toMatchObject({ page: 1, size: 50 })
  })

  it('keeps the filters for a new query text and drops them on clear', () => {
    expect(withText(onPage3, '五星').filters.level).toEqual(['CITY'])
    expect(activeFilters(clearFilters(onPage3))).toEqual([])
    expect(clearFilters(onPage3).q).toBe('党建')
  })

  it('does not change the state it was given', () => {
    const before = JSON.stringify(onPage3)
    toggleFilter(onPage3, 'level', 'COUNTY', true)
    toggleFilter(onPage3, 'level', 'CITY', false)
    expect(JSON.stringify(onPage3)).toBe(before)
  })

  it('does not add a value twice', () => {
    expect(toggleFilter(onPage3, 'level', 'CITY', true).filters.level).toEqual(['CITY'])
  })

  it('sends repeated filter parameters and an explicit sort to the API', () => {
    const state = toggleFilter(toggleFilter(withText(emptySearchState(), '软弱涣散'), 'level', 'CITY', true), 'level', 'COUNTY', true)
    expect(buildQuery(searchStateToApi(state))).toBe(
      '?q=%E8%BD%AF%E5%BC%B1%E6%B6%A3%E6%95%A3&level=CITY&level=COUNTY&sort=relevance&page=1&size=10',
    )
    expect(buildQuery(searchStateToApi(emptySearchState()))).toBe('?sort=newest&page=1&size=10')
  })
})

describe('facets', () => {
  it('keeps a ticked value the server no longer counts, so it can be unticked', () => {
    const facets = { level: [{ value: 'CITY', count: 20 }] }
    expect(facetOptions(facets, 'level', ['CITY', 'TOWNSHIP'])).toEqual([
      { value: 'CITY', count: 20 },
      { value: 'TOWNSHIP', count: 0 },
    ])
    expect(facetOptions(undefined, 'tag', [])).toEqual([])
  })

  it('lists years newest first', () => {
    const facets = { year: [{ value: '2021', count: 10 }, { value: '2024', count: 3 }, { value: '2023', count: 9 }] }
    expect(facetOptions(facets, 'year', ['2019']).map((option) => option.value)).toEqual(['2024', '2023', '2021', '2019'])
  })

  it('labels codes in both languages and names as they are', () => {
    const zh = i18nFor('zh-CN')
    const english = i18nFor('en')
    expect(facetLabel('level', 'CITY', zh.t, zh.te)).toBe('市级')
    expect(facetLabel('level', 'TOWNSHIP', english.t, english.te)).toBe('Township')
    expect(facetLabel('type', 'RULES', zh.t, zh.te)).toBe('规定/细则')
    expect(facetLabel('type', 'QA', zh.t, zh.te)).toBe('问答')
    expect(facetLabel('status', 'SUPERSEDED', zh.t, zh.te)).toBe('已被替代')
    expect(facetLabel('status', 'IN_FORCE', english.t, english.te)).toBe('In force')
    expect(facetLabel('year', '2024', zh.t, zh.te)).toBe('2024 年')
    expect(facetLabel('year', '2024', english.t, english.te)).toBe('2024')
    expect(facetLabel('authority', '中共河南省委组织部', english.t, english.te)).toBe('中共河南省委组织部')
    expect(facetLabel('tag', '软弱涣散', zh.t, zh.te)).toBe('软弱涣散')
    expect(facetLabel('type', 'DECISION', zh.t, zh.te)).toBe('DECISION')
  })
})

describe('keepOnlyMarks', () => {
  it('keeps <mark> and the escaped text', () => {
    const html = '关于整顿<mark>软弱涣散</mark>村党组织的&lt;通知&gt;'
    expect(keepOnlyMarks(html)).toBe(html)
  })

  it('drops any other tag', () => {
    expect(keepOnlyMarks('<img src=x onerror=alert(1)><mark>党建</mark><script>x</script>')).toBe(
      '<mark>党建</mark>x',
    )
    expect(keepOnlyMarks('<mark onclick="x">a</mark>')).toBe('a</mark>')
    expect(keepOnlyMarks(null)).toBe('')
  })
})

describe('upload file checks', () => {
  it('accepts the document types the server reads, up to 20 MB', () => {
    expect(POLICY_FILE_ACCEPT).toBe('.pdf,.docx,.doc,.html,.htm,.txt')
    expect(checkPolicyFile({ name: '关于整顿的通知.PDF', size: 1024 })).toBeNull()
    expect(checkPolicyFile({ name: 'a.docx', size: MAX_POLICY_FILE_BYTES })).toBeNull()
  })

  it('names what is wrong', () => {
    expect(checkPolicyFile(null)).toEqual({ key: 'policy.upload.fileRequired' })
    expect(checkPolicyFile({ name: 'scan.jpg', size: 10 })).toEqual({
      key: 'policy.upload.badType',
      params: { types: 'PDF/DOCX/DOC/HTML/HTM/TXT' },
    })
    expect(checkPolicyFile({ name: 'pdf', size: 10 })).toMatchObject({ key: 'policy.upload.badType' })
    expect(checkPolicyFile({ name: 'a.txt', size: 0 })).toEqual({ key: 'policy.upload.emptyFile' })
    expect(checkPolicyFile({ name: 'a.pdf', size: MAX_POLICY_FILE_BYTES + 1 })).toEqual({
      key: 'policy.upload.tooLarge',
      params: { size: '20 MB' },
    })
  })

  it('formats sizes and progress', () => {
    expect(formatFileSize(512)).toBe('512 B')
    expect(formatFileSize(1536)).toBe('1.5 KB')
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20 MB')
    expect(formatFileSize(-1)).toBe('—')
    expect(progressPercent(100, 220)).toBe(45)
    expect(progressPercent(220, 220)).toBe(100)
    expect(progressPercent(5, 0)).toBe(0)
    expect(progressPercent(300, 220)).toBe(100)
  })
})

import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '../i18n/en'
import zhCN from '../i18n/zh-CN'
import {
  GENDERS,
  POSITIONS,
  UNIT_KINDS,
  genderLabel,
  kindLabel,
  policyLevelLabel,
  policyStatusLabel,
  policyTypeLabel,
  positionLabel,
  publicationLabel,
  roleLabel,
} from './labels'
import { POLICY_LEVELS, POLICY_STATUSES, POLICY_TYPES, PUBLICATIONS } from './policies'
import { ROLES } from './roles'

type Tree = { [key: string]: string | Tree }

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([name, value]) =>
    typeof value === 'string' ? [prefix + name] : keysOf(value, `${prefix}${name}.`),
  )
}

function i18nFor(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages: { 'zh-CN': zhCN, en } })
  const t = (key: string) => i18n.global.t(key)
  const te = (key: string) => i18n.global.te(key)
  return { i18n, t, te }
}

describe('message catalogues', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort())
  })

  it('render every message in both languages with its placeholders filled', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { i18n } = i18nFor(locale)
      for (const key of keysOf(zhCN)) {
        const text = i18n.global.t(key, {
          n: 3,
          name: '王建国',
          date: 'D',
          unit: 'U',
          year: 2026,
          status: 500,
          size: '20 MB',
          current: 1,
          total: 2,
          types: 'PDF',
          value: 'V',
        })
        expect(text, `${locale}:${key}`).not.toBe(key)
        expect(text, `${locale}:${key}`).not.toMatch(/[{}]/)
      }
    }
  })
})

describe('labels', () => {
  const zh = i18nFor('zh-CN')
  const english = i18nFor('en')

  it('names every position as the organisation department does', () => {
    const labels = POSITIONS.map((code) => positionLabel(code, zh.t, zh.te))
    expect(labels).toEqual([
      '村党组织书记',
      '村委会主任',
      '村"两委"成员',
      '驻村第一书记',
      '驻村干部',
      '乡镇干部',
      '县直单位干部',
      '乡镇组织委员',
    ])
    for (const code of POSITIONS) expect(positionLabel(code, english.t, english.te)).not.toBe(code)
  })

  it('names every unit kind and role in both languages', () => {
    expect(UNIT_KINDS.map((code) => kindLabel(code, zh.t, zh.te))).toEqual([
      '市',
      '县（市、区）',
      '乡镇（街道）',
      '行政村',
      '社区',
    ])
    expect(ROLES.map((code) => roleLabel(code, zh.t, zh.te))).toEqual(['学员', '教员', '组织部管理员', '系统管理员'])
    for (const code of [...UNIT_KINDS, ...ROLES]) {
      expect(kindLabel(code, english.t, english.te) + roleLabel(code, english.t, english.te)).not.toBe('')
    }
  })

  it('shows an unknown code as itself rather than an empty label', () => {
    expect(positionLabel('SECRETARY_GENERAL', zh.t, zh.te)).toBe('SECRETARY_GENERAL')
    expect(kindLabel('PROVINCE', zh.t, zh.te)).toBe('PROVINCE')
  })

  it('shows gender in words and a dash when it is missing', () => {
    expect(GENDERS.map((code) => genderLabel(code, zh.t, zh.te))).toEqual(['男', '女'])
    expect(genderLabel('F', english.t, english.te)).toBe('Female')
    expect(genderLabel(null, zh.t, zh.te)).toBe('—')
  })
})

describe('policy labels', () => {
  const zh = i18nFor('zh-CN')
  const english = i18nFor('en')

  it('names levels, types, validity and publication states as the organisation department does', () => {
    expect(POLICY_LEVELS.map((code) => policyLevelLabel(code, zh.t, zh.te))).toEqual(['省级', '市级', '县级', '乡镇级'])
    expect(POLICY_TYPES.map((code) => policyTypeLabel(code, zh.t, zh.te))).toEqual([
      '通知',
      '意见',
      '办法',
      '方案',
      '标准',
      '规定/细则',
      '解读',
      '问答',
    ])
    expect(POLICY_STATUSES.map((code) => policyStatusLabel(code, zh.t, zh.te))).toEqual(['现行有效', '已被替代'])
    expect(PUBLICATIONS.map((code) => publicationLabel(code, zh.t, zh.te))).toEqual(['草稿', '已发布', '已撤回'])
  })

  it('has an English label for every policy code', () => {
    const all = [
      ...POLICY_LEVELS.map((c) => [c, policyLevelLabel(c, english.t, english.te)]),
      ...POLICY_TYPES.map((c) => [c, policyTypeLabel(c, english.t, english.te)]),
      ...POLICY_STATUSES.map((c) => [c, policyStatusLabel(c, english.t, english.te)]),
      ...PUBLICATIONS.map((c) => [c, publicationLabel(c, english.t, english.te)]),
    ]
    for (const [code, label] of all) {
      expect(label).not.toBe(code)
      expect(label).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('shows an unknown policy code as itself', () => {
    expect(policyTypeLabel('DECISION', zh.t, zh.te)).toBe('DECISION')
  })
})

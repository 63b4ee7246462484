import { describe, expect, it } from 'vitest'
import { auditDiff, auditValueText, divisionCodesIn, isEditable, parentKindFor, planYearOptions } from './orgAdmin'

describe('auditDiff', () => {
  it('lines up before and after field by field and marks what changed', () => {
    const rows = auditDiff({ name: '耿庄村', starTarget: null, weakYear: 2025 }, { name: '耿庄新村', starTarget: 4, weakYear: 2025 })
    expect(rows).toEqual([
      { field: 'name', before: '耿庄村', after: '耿庄新村', changed: true },
      { field: 'starTarget', before: null, after: 4, changed: true },
      { field: 'weakYear', before: 2025, after: 2025, changed: false },
    ])
  })

  it('puts known fields in reading order whatever order the database kept', () => {
    expect(auditDiff({ weakYear: null, name: 'a', extra: 1, starTarget: 3 }, null).map((row) => row.field)).toEqual([
      'name',
      'starTarget',
      'weakYear',
      'extra',
    ])
  })

  it('treats a missing state (a creation) as empty', () => {
    expect(auditDiff(null, { content: '方案' })).toEqual([{ field: 'content', before: null, after: '方案', changed: true }])
  })

  it('compares lists by their items', () => {
    expect(auditDiff({ villages: ['1', '2'] }, { villages: ['1', '2'] })[0]!.changed).toBe(false)
    expect(auditDiff({ villages: ['1', '2'] }, { villages: [] })[0]!.changed).toBe(true)
  })
})

describe('auditValueText', () => {
  it('shows none as a dash and lists joined', () => {
    expect(auditValueText(null)).toBe('—')
    expect(auditValueText([])).toBe('—')
    expect(auditValueText(['411627101201', '411627101202'])).toBe('411627101201、411627101202')
    expect(auditValueText(true)).toBe('true')
    expect(auditValueText(4)).toBe('4')
  })
})

describe('tree rules', () => {
  it('moves villages under townships and townships under counties', () => {
    expect(parentKindFor('VILLAGE')).toBe('TOWNSHIP')
    expect(parentKindFor('COMMUNITY')).toBe('TOWNSHIP')
    expect(parentKindFor('TOWNSHIP')).toBe('COUNTY')
    expect(parentKindFor('COUNTY')).toBeNull()
  })

  it('lets admins edit below the top of their subtree only', () => {
    expect(isEditable({ code: '411627101000' }, '411627000000')).toBe(true)
    expect(isEditable({ code: '411627000000' }, '411627000000')).toBe(false)
    expect(isEditable({ code: '411627101000' }, null)).toBe(false)
  })

  it('offers next year, this year and the years with a plan', () => {
    expect(planYearOptions([2024, 2026], 2026)).toEqual([2027, 2026, 2024])
  })
})

describe('divisionCodesIn', () => {
  it('finds each 12-digit code once, with names and separators around them', () => {
    expect(divisionCodesIn('411627101201 耿庄村\n411627101202\t大许寨村\n411627101201')).toEqual([
      '411627101201',
      '411627101202',
    ])
    expect(divisionCodesIn('4116271012011 13699880001')).toEqual([])
  })
})

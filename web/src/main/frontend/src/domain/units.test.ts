import { describe, expect, it } from 'vitest'
import { dispatchingUnitName, formatTrail, starText, unitTrail } from './units'

const path = [
  { code: '411600000000', name: '周口市' },
  { code: '411627000000', name: '太康县' },
  { code: '411627101000', name: '大许寨镇' },
]

describe('unit trail', () => {
  it('ends with the unit when the path lists only its ancestors', () => {
    const unit = { code: '411627101201', name: '大许寨村', path }
    expect(formatTrail(unit)).toBe('周口市 / 太康县 / 大许寨镇 / 大许寨村')
  })

  it('lists the unit once when the path already ends with it', () => {
    const unit = { code: '411627101201', name: '大许寨村', path: [...path, { code: '411627101201', name: '大许寨村' }] }
    expect(unitTrail(unit).map((ref) => ref.name)).toEqual(['周口市', '太康县', '大许寨镇', '大许寨村'])
  })

  it('is just the unit when there is no path', () => {
    expect(formatTrail({ code: '411600000000', name: '周口市', path: null })).toBe('周口市')
  })
})

describe('unit details', () => {
  it('names the dispatching unit whether given as text or as a reference', () => {
    expect(dispatchingUnitName('周口市委组织部')).toBe('周口市委组织部')
    expect(dispatchingUnitName({ code: 'X', name: '太康县财政局' })).toBe('太康县财政局')
    expect(dispatchingUnitName(null)).toBe('—')
  })

  it('draws one star per star of the target', () => {
    expect(starText(5)).toBe('★★★★★')
    expect(starText(3)).toBe('★★★')
    expect(starText(null)).toBe('')
    expect(starText(9)).toBe('★★★★★')
  })
})

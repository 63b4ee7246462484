import { describe, expect, it } from 'vitest'
import type { CoverageView, Figures, PlanView } from '../api/plans'
import {
  barChartHeight,
  beijingDay,
  beijingMonth,
  childrenChart,
  defaultMakeUpTimes,
  defaultPlan,
  drillableChildren,
  isPeopleLevel,
  levelOfCode,
  monthChoices,
  movementChart,
  pointsGain,
  rankingLevels,
  rankingRows,
  ratePercent,
  rootUnit,
  stepTo,
  targetOf,
  trailFromAncestors,
  trendChart,
  weakestFirst,
  weakestRanked,
} from './coverage'

const figures = (required: number, completed: number): Figures => ({
  required, completed, rate: required ? Math.round((completed / required) * 10000) / 10000 : 0,
  started: completed, personTimes: completed, creditHours: completed, left: 0, movedIn: 0,
})

const plan = (id: number, startsOn: string, endsOn: string, status: PlanView['status'] = 'PUBLISHED'): PlanView => ({
  id, name: `计划${id}`, kind: 'ANNUAL', startsOn, endsOn, deadline: endsOn,
  audience: { unitCode: '411600000000', positions: [], weakAndLaxOnly: false, starTargets: [] },
  minCreditHours: 0, items: [], status, publishedAt: null, createdBy: 'city-admin', targetRate: 1,
})

const coverage = (unitCode: string, children: [string, number, number][]): CoverageView => ({
  planId: 1, planName: '计划', unitCode, unitName: unitCode, figures: figures(100, 50),
  children: children.map(([code, required, completed]) => ({ unitCode: code, unitName: `单位${code}`, figures: figures(required, completed) })),
  byPosition: {}, byCategory: {}, fullCoverage: { covered: false, peopleMissing: 50, villagesMissingSecretary: null },
})

describe('coverage dashboard numbers', () => {
  it('writes rates as percentages with one decimal, and gains as signed points', () => {
    expect(ratePercent(0.4123)).toBe('41.2%')
    expect(ratePercent(1)).toBe('100.0%')
    expect(ratePercent(null)).toBe('—')
    expect(pointsGain(0.0123)).toBe('+1.2')
    expect(pointsGain(-0.004)).toBe('-0.4')
    expect(pointsGain(0)).toBe('0.0')
  })

  it('counts days and months in Beijing time', () => {
    expect(beijingDay(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01')
    expect(beijingMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12')
    expect(beijingMonth(new Date('2026-11-30T15:30:00Z'))).toBe('2026-11')
  })

  it('aims at the plan target, or at everyone until a plan is known', () => {
    expect(targetOf({ ...plan(1, '2026-01-01', '2026-12-31'), targetRate: 0.95 })).toBe(0.95)
    expect(targetOf(null)).toBe(1)
  })
})

describe('picking the plan', () => {
  it('opens the latest published plan running today, drafts and finished plans aside', () => {
    const plans = [
      plan(4, '2026-12-01', '2027-03-31'),
      plan(3, '2026-11-01', '2026-12-31', 'DRAFT'),
      plan(2, '2026-10-01', '2026-12-31'),
      plan(1, '2026-01-01', '2026-06-30'),
    ]
    expect(defaultPlan(plans, '2026-11-25')?.id).toBe(2)
  })

  it('falls back to the latest published plan when none runs today, and to nothing without one', () => {
    expect(defaultPlan([plan(1, '2026-01-01', '2026-06-30'), plan(5, '2026-02-01', '2026-03-01')], '2026-11-25')?.id).toBe(5)
    expect(defaultPlan([plan(3, '2026-11-01', '2026-12-31', 'DRAFT')], '2026-11-25')).toBeNull()
  })
})

describe('levels and drilling', () => {
  it('reads the level from the administrative code', () => {
    expect(levelOfCode('411600000000')).toBe('CITY')
    expect(levelOfCode('411627000000')).toBe('COUNTY')
    expect(levelOfCode('411627101000')).toBe('TOWNSHIP')
    expect(levelOfCode('411627101201')).toBe('VILLAGE')
  })

  it('ranks counties and townships in the city, townships in a county, nothing below', () => {
    expect(rankingLevels('411600000000')).toEqual(['COUNTY', 'TOWNSHIP'])
    expect(rankingLevels('411627000000')).toEqual(['TOWNSHIP'])
    expect(rankingLevels('411627101000')).toEqual([])
  })

  it('orders the rankings by rate or by this month progress, ties by code', () => {
    const entry = (unitCode: string, rankByRate: number, rankByProgress: number) => ({
      unitCode, unitName: unitCode, parentCode: null, parentName: null, figures: figures(10, 5),
      monthCompleted: 0, monthRateGain: 0, rankByRate, rankByProgress,
    })
    const entries = [entry('A', 1, 3), entry('B', 1, 1), entry('C', 3, 1)]
    expect(rankingRows(entries, 'rate').map((e) => e.unitCode)).toEqual(['A', 'B', 'C'])
    expect(rankingRows(entries, 'progress').map((e) => e.unitCode)).toEqual(['B', 'C', 'A'])
    const empty = { ...entry('D', 4, 4), figures: figures(0, 0) }
    expect(weakestRanked([...entries, empty], 2).map((e) => e.unitCode)).toEqual(['C', 'A'])
  })

  it('drills into children but not into the row of people serving at the unit itself', () => {
    const township = coverage('411627101000', [['411627101000', 3, 1], ['411627101201', 6, 2]])
    expect(drillableChildren(township).map((child) => child.unitCode)).toEqual(['411627101201'])
    expect(isPeopleLevel(township)).toBe(false)
    expect(isPeopleLevel(coverage('411627101201', [['411627101201', 6, 2]]))).toBe(true)
    expect(isPeopleLevel(coverage('411627101201', []))).toBe(true)
  })

  it('lists the weakest children first, the most people missing breaking ties, units with nobody required left out', () => {
    const county = coverage('411627000000', [['A', 10, 5], ['B', 4, 0], ['C', 2, 0], ['D', 0, 0], ['E', 10, 9]])
    expect(weakestFirst(county.children, 3).map((child) => child.unitCode)).toEqual(['B', 'C', 'A'])
  })

  it('starts at the caller own unit under a plan covering it, else at the plan unit', () => {
    const taikang = { code: '411627000000', path: [{ code: '411600000000' }, { code: '411627000000' }] }
    expect(rootUnit('411600000000', taikang)).toBe('411627000000')
    expect(rootUnit('411627000000', taikang)).toBe('411627000000')
    expect(rootUnit('411627101000', taikang)).toBe('411627101000')
    expect(rootUnit('411627101000', null)).toBe('411627101000')
  })

  it('goes one step down the breadcrumb, or back up to a unit already on it', () => {
    const city = { code: '411600000000', name: '周口市' }
    const county = { code: '411627000000', name: '太康县' }
    const township = { code: '411627101000', name: '城关镇' }
    expect(stepTo([city], county)).toEqual([city, county])
    expect(stepTo([city, county, township], county)).toEqual([city, county])
    expect(stepTo([city, county], city)).toEqual([city])
  })

  it('builds the breadcrumb of a unit opened by address from its ancestors up to the root', () => {
    const city = { code: '411600000000', name: '周口市' }
    const county = { code: '411627000000', name: '太康县' }
    const township = { code: '411627101000', name: '城关镇' }
    const village = { code: '411627101201', name: '一村' }
    expect(trailFromAncestors(city.code, [township, county, city], village)).toEqual([city, county, township, village])
    expect(trailFromAncestors(county.code, [township, county, city], village)).toEqual([county, township, village])
    expect(trailFromAncestors(county.code, [], county)).toEqual([county])
    expect(trailFromAncestors(county.code, [{ code: '411625001000', name: '别处' }], village)).toEqual([village])
  })
})

describe('months and charts', () => {
  it('offers the live month first, then every snapshot newest first, with the Beijing day it was taken', () => {
    const snapshots = [
      { month: '2026-11', takenAt: '2026-11-25T17:00:00Z', automatic: false, rosterLines: 10 },
      { month: '2026-10', takenAt: '2026-10-31T15:55:00Z', automatic: true, rosterLines: 10 },
    ]
    expect(monthChoices(snapshots, '2026-11')).toEqual([
      { month: '2026-11', live: true, automatic: false, takenOn: null },
      { month: '2026-11', live: false, automatic: false, takenOn: '2026-11-26' },
      { month: '2026-10', live: false, automatic: true, takenOn: '2026-10-31' },
    ])
    expect(monthChoices([], '2026-11')).toEqual([{ month: '2026-11', live: true, automatic: false, takenOn: null }])
  })

  it('draws children as percent bars, red below the target and green at it, with the target line', () => {
    const county = coverage('411627000000', [['411627101000', 10, 9], ['411627102000', 10, 5]])
    const option = childrenChart(county.children, 0.9, { rate: '完成率', target: '目标' })
    const series = (option.series as { data: { value: number; itemStyle: { color: string } }[]; markLine: { data: { xAxis: number }[] } }[])[0]
    expect(series.data.map((bar) => bar.value)).toEqual([90, 50])
    expect(series.data[0].itemStyle.color).not.toBe(series.data[1].itemStyle.color)
    expect(series.markLine.data[0].xAxis).toBe(90)
    expect((option.yAxis as { data: string[] }).data).toEqual(['单位411627101000', '单位411627102000'])
  })

  it('proposes a make-up session tomorrow morning for two hours', () => {
    const { startsAt, endsAt } = defaultMakeUpTimes(new Date(2026, 10, 30, 17, 45))
    expect(startsAt).toEqual(new Date(2026, 11, 1, 9, 0))
    expect(endsAt).toEqual(new Date(2026, 11, 1, 11, 0))
  })

  it('gives every bar room, with a floor for few bars', () => {
    expect(barChartHeight(2)).toBe(220)
    expect(barChartHeight(30)).toBe(910)
  })

  it('draws the month day by day and the trend month by month', () => {
    const days = [{ day: '2026-11-01', completed: 3, personTimes: 41 }, { day: '2026-11-02', completed: 0, personTimes: 7 }]
    const movement = movementChart(days, { completed: '完成', personTimes: '人次' })
    expect((movement.xAxis as { data: string[] }).data).toEqual(['01', '02'])
    expect((movement.series as { data: number[] }[]).map((series) => series.data)).toEqual([[3, 0], [41, 7]])

    const trend = trendChart([
      { month: '2026-10', figures: figures(100, 40), live: false },
      { month: '2026-11', figures: figures(100, 55), live: true },
    ], 0.95, { rate: '完成率', target: '目标' })
    const line = (trend.series as { data: number[]; markLine: { data: { yAxis: number }[] } }[])[0]
    expect(line.data).toEqual([40, 55])
    expect(line.markLine.data[0].yAxis).toBe(95)
  })
})

/*
 * 培训覆盖看板 (issue 8): how the coverage dashboard picks its plan, names levels, builds the breadcrumb and draws its
 * charts. The figures themselves come computed from the server; nothing here adds them up again.
 */
import type { ChartOption } from '../components/EChart.vue'
import type { CoverageView, Figures, PlanView } from '../api/plans'
import type { MovementDay, RankingEntry, RankingLevel, Snapshot, TrendPoint } from '../api/coverage'

const BEIJING = 'Asia/Shanghai'
const GOOD = '#2e7d32'
const SHORT = '#c8161d'
const TARGET = '#d4a017'

/** 0.4123 → "41.2%"; nothing to divide → "—". */
export function ratePercent(rate: number | null | undefined): string {
  return rate == null ? '—' : `${(rate * 100).toFixed(1)}%`
}

/** A rate as the charts plot it: percent with one decimal (0.4123 → 41.2). */
export function percentValue(rate: number): number {
  return Math.round(rate * 1000) / 10
}

/** A month's gain in percentage points, signed: 0.0123 → "+1.2", -0.004 → "-0.4", 0 → "0.0". */
export function pointsGain(gain: number): string {
  const points = (gain * 100).toFixed(1)
  return gain > 0 ? `+${points}` : points
}

/** Today's `YYYY-MM-DD` in Beijing time, where months and days of the plans are counted. */
export function beijingDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BEIJING, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

export function beijingMonth(now: Date): string {
  return beijingDay(now).slice(0, 7)
}

/** The rate the plan aims at; everyone (1) until a plan is known. */
export function targetOf(plan: PlanView | null | undefined): number {
  return plan?.targetRate ?? 1
}

/** The plans a dashboard offers: published ones, in the server's order (latest start first). */
export function publishedPlans<P extends PlanView>(plans: readonly P[]): P[] {
  return plans.filter((plan) => plan.status === 'PUBLISHED')
}

/** The plan shown first: the latest-starting published plan running today, else the latest published one. */
export function defaultPlan<P extends PlanView>(plans: readonly P[], today: string): P | null {
  const published = publishedPlans(plans)
  const latestFirst = [...published].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.id - a.id)
  return latestFirst.find((plan) => plan.startsOn <= today && today <= plan.endsOn) ?? latestFirst[0] ?? null
}

/**
 * A unit's level, read from its 12-digit administrative code (市 4116 00 000 000, 县 411627 000 000,
 * 乡镇 411627101 000, 村 411627101201). Only labels depend on it; drilling follows the server's children.
 */
export type UnitLevel = 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE'

export function levelOfCode(code: string): UnitLevel {
  if (code.endsWith('00000000')) return 'CITY'
  if (code.endsWith('000000')) return 'COUNTY'
  if (code.endsWith('000')) return 'TOWNSHIP'
  return 'VILLAGE'
}

/** Rankings 比学赶超 a unit can show: the city its counties and townships, a county its townships. */
export function rankingLevels(code: string): RankingLevel[] {
  const level = levelOfCode(code)
  if (level === 'CITY') return ['COUNTY', 'TOWNSHIP']
  if (level === 'COUNTY') return ['TOWNSHIP']
  return []
}

/** 比学赶超 in either order: by rate (the server's order) or by this month's progress, rank then code. */
export type RankingOrder = 'rate' | 'progress'

export function rankingRows(entries: readonly RankingEntry[], order: RankingOrder): RankingEntry[] {
  const rank = (entry: RankingEntry) => (order === 'rate' ? entry.rankByRate : entry.rankByProgress)
  return [...entries].sort((a, b) => rank(a) - rank(b) || a.unitCode.localeCompare(b.unitCode))
}

/** The lowest-ranked units by rate, weakest first; units with nobody required left out. */
export function weakestRanked(entries: readonly RankingEntry[], count: number): RankingEntry[] {
  return [...entries]
    .filter((entry) => entry.figures.required > 0)
    .sort((a, b) => b.rankByRate - a.rankByRate || a.unitCode.localeCompare(b.unitCode))
    .slice(0, count)
}

/** The units one level down that a drill can enter: the unit's own row (people serving at it) is not one. */
export function drillableChildren(coverage: CoverageView): CoverageView['children'] {
  return coverage.children.filter((child) => child.unitCode !== coverage.unitCode)
}

/** A village (or any unit with nobody below it): the dashboard lists its people instead of children. */
export function isPeopleLevel(coverage: CoverageView): boolean {
  return drillableChildren(coverage).length === 0
}

/** The children with the lowest rates first (ties: most people missing first), for the laggard view. */
export function weakestFirst(children: CoverageView['children'], count: number): CoverageView['children'] {
  const missing = (figures: Figures) => figures.required - figures.completed
  return [...children]
    .filter((child) => child.figures.required > 0)
    .sort((a, b) => a.figures.rate - b.figures.rate || missing(b.figures) - missing(a.figures))
    .slice(0, count)
}

/**
 * The unit a dashboard starts at, as the server defaults it: the caller's own unit when the plan covers it (a city
 * plan read by a county), else the plan's unit (inside the caller's subtree).
 */
export function rootUnit(planUnit: string, caller: { code: string; path: readonly { code: string }[] } | null): string {
  if (!caller) return planUnit
  const covers = caller.code === planUnit || caller.path.some((ancestor) => ancestor.code === planUnit)
  return covers ? caller.code : planUnit
}

/** One step of the breadcrumb 市 → 县 → 乡镇 → 村. */
export interface TrailStep {
  code: string
  name: string
}

/** The breadcrumb after showing `step`: cut back to it if it is on the way already, else one step further down. */
export function stepTo(trail: readonly TrailStep[], step: TrailStep): TrailStep[] {
  const at = trail.findIndex((known) => known.code === step.code)
  return at >= 0 ? trail.slice(0, at + 1) : [...trail, step]
}

/**
 * The breadcrumb of a unit opened by address: its ancestors as found going up (nearest first), kept up to the
 * dashboard's root unit, then the unit itself. An ancestor chain that never meets the root keeps just the unit.
 */
export function trailFromAncestors(root: string, ancestorsNearestFirst: readonly TrailStep[], unit: TrailStep): TrailStep[] {
  if (unit.code === root) return [unit]
  const at = ancestorsNearestFirst.findIndex((ancestor) => ancestor.code === root)
  return at < 0 ? [unit] : [...ancestorsNearestFirst.slice(0, at + 1).reverse(), unit]
}

/**
 * The readings a report can be made of: this month live first, then each snapshot, newest first — this month's too
 * when one was taken on demand (before the monthly meeting, say). A snapshot carries the Beijing day it was taken.
 */
export interface MonthChoice {
  month: string
  live: boolean
  automatic: boolean
  takenOn: string | null
}

export function monthChoices(snapshots: readonly Snapshot[], current: string): MonthChoice[] {
  return [
    { month: current, live: true, automatic: false, takenOn: null },
    ...snapshots.map((snapshot) => ({
      month: snapshot.month,
      live: false,
      automatic: snapshot.automatic,
      takenOn: beijingDay(new Date(snapshot.takenAt)),
    })),
  ]
}

/** A make-up session's first proposal: tomorrow 09:00 to 11:00 (the reader's clock). */
export function defaultMakeUpTimes(now: Date): { startsAt: Date; endsAt: Date } {
  const startsAt = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0, 0)
  return { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000) }
}

/** Enough height for every bar of a horizontal chart to keep its label readable. */
export function barChartHeight(bars: number): number {
  return Math.max(220, bars * 28 + 70)
}

export interface ChartLabels {
  rate: string
  target: string
}

/** The children's rates as horizontal bars (first child on top) against the target line; short ones in red. */
export function childrenChart(children: CoverageView['children'], target: number, labels: ChartLabels): ChartOption {
  const targetValue = percentValue(target)
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => `${value}%` },
    grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: children.map((child) => child.unitName ?? child.unitCode), axisLabel: { width: 90, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      name: labels.rate,
      cursor: 'pointer',
      data: children.map((child) => ({
        value: percentValue(child.figures.rate),
        itemStyle: { color: child.figures.rate >= target ? GOOD : SHORT },
      })),
      label: { show: true, position: 'right', formatter: '{c}%' },
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: TARGET, type: 'dashed', width: 2 },
        /* The category axis runs top down (inverse), so the line starts at the top, where its label reads first. */
        label: { formatter: `${labels.target} ${targetValue}%`, position: 'start' },
        data: [{ xAxis: targetValue }],
      },
    }],
  }
}

export interface MovementLabels {
  completed: string
  personTimes: string
}

/** The month day by day: people who completed (bars) and person-times 人次 (line), each on its own axis. */
export function movementChart(days: readonly MovementDay[], labels: MovementLabels): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: days.map((day) => day.day.slice(8)) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', minInterval: 1, splitLine: { show: false } }],
    series: [
      { type: 'bar', name: labels.completed, data: days.map((day) => day.completed), itemStyle: { color: SHORT } },
      { type: 'line', name: labels.personTimes, yAxisIndex: 1, showSymbol: false, data: days.map((day) => day.personTimes), itemStyle: { color: TARGET } },
    ],
  }
}

/** The unit's rate month by month (snapshots, then today's live figures) against the target line. */
export function trendChart(points: readonly TrendPoint[], target: number, labels: ChartLabels): ChartOption {
  const targetValue = percentValue(target)
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value) => `${value}%` },
    grid: { left: 8, right: 48, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((point) => point.month) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{
      type: 'line',
      name: labels.rate,
      data: points.map((point) => percentValue(point.figures.rate)),
      itemStyle: { color: SHORT },
      label: { show: true, formatter: '{c}%' },
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: TARGET, type: 'dashed', width: 2 },
        label: { formatter: `${labels.target} ${targetValue}%`, position: 'end' },
        data: [{ yAxis: targetValue }],
      },
    }],
  }
}

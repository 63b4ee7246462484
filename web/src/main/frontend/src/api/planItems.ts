import { courseApi } from './courses'
import { sessionApi } from './sessions'
import { quizApi } from './quiz'
import type { PlanItemKind } from './plans'
import { titleMatches } from '../domain/plans'

/*
 * What a training plan can require, found by title: published courses offered to the planner (the catalog's own
 * search), the sessions organized in their subtree and the papers their subtree owns (those lists have no title
 * search: the newest 200 are filtered here).
 */
export interface ItemHit {
  id: number
  title: string
}

const LIST_SIZE = 200
const HITS = 20

export async function searchItems(kind: PlanItemKind, query: string): Promise<ItemHit[]> {
  switch (kind) {
    case 'COURSE':
      return (await courseApi.offered(query, 1, HITS)).items.map(({ id, title }) => ({ id, title }))
    case 'SESSION':
      return pick((await sessionApi.list(1, LIST_SIZE)).items.filter((s) => s.status !== 'CANCELLED'), query)
    case 'TEST':
      return pick((await quizApi.papers(1, LIST_SIZE)).items, query)
  }
}

const pick = (rows: readonly ItemHit[], query: string) =>
  rows.filter((row) => titleMatches(row.title, query)).slice(0, HITS).map(({ id, title }) => ({ id, title }))


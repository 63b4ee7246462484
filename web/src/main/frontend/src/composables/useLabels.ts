import { useI18n } from 'vue-i18n'
import type { FacetDimension } from '../api/types'
import {
  genderLabel,
  kindLabel,
  policyLevelLabel,
  policyStatusLabel,
  policyTypeLabel,
  positionLabel,
  publicationLabel,
  roleLabel,
} from '../domain/labels'
import { facetLabel } from '../domain/policies'

/** Code → label in the current language, for templates. */
export function useLabels() {
  const { t, te } = useI18n()
  const translate = (key: string, params?: Record<string, unknown>) => (params ? t(key, params) : t(key))
  const exists = (key: string) => te(key)
  return {
    position: (code: string) => positionLabel(code, translate, exists),
    kind: (code: string) => kindLabel(code, translate, exists),
    role: (code: string) => roleLabel(code, translate, exists),
    gender: (code: string | null | undefined) => genderLabel(code, translate, exists),
    policyLevel: (code: string) => policyLevelLabel(code, translate, exists),
    policyType: (code: string) => policyTypeLabel(code, translate, exists),
    policyStatus: (code: string) => policyStatusLabel(code, translate, exists),
    publication: (code: string) => publicationLabel(code, translate, exists),
    facet: (dimension: FacetDimension, value: string) => facetLabel(dimension, value, translate, exists),
  }
}

import { useI18n } from 'vue-i18n'
import { genderLabel, kindLabel, positionLabel, roleLabel } from '../domain/labels'

/** Code → label in the current language, for templates. */
export function useLabels() {
  const { t, te } = useI18n()
  const translate = (key: string) => t(key)
  const exists = (key: string) => te(key)
  return {
    position: (code: string) => positionLabel(code, translate, exists),
    kind: (code: string) => kindLabel(code, translate, exists),
    role: (code: string) => roleLabel(code, translate, exists),
    gender: (code: string | null | undefined) => genderLabel(code, translate, exists),
  }
}

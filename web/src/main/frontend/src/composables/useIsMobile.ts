import { onScopeDispose, ref } from 'vue'

/** Phone-width layout switch; matches the CSS breakpoint in styles.css. */
export const MOBILE_QUERY = '(max-width: 768px)'

export function useIsMobile() {
  const query = window.matchMedia(MOBILE_QUERY)
  const isMobile = ref(query.matches)
  const update = (event: MediaQueryListEvent) => {
    isMobile.value = event.matches
  }
  query.addEventListener('change', update)
  onScopeDispose(() => query.removeEventListener('change', update))
  return isMobile
}

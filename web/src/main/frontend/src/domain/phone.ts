/**
 * The API masks phone numbers (`138****1234`); this keeps the portal from ever showing a
 * full number should one arrive unmasked, and renders a missing one as a dash.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '—'
  const value = phone.trim()
  if (value === '') return '—'
  if (value.includes('*')) return value
  const digits = value.replace(/[\s-]/g, '')
  const mobile = /^(?:\+?86)?(1\d{10})$/.exec(digits)
  if (mobile) return mask(mobile[1]!, 3)
  if (/^\+?\d{7,}$/.test(digits)) {
    const plain = digits.replace(/^\+/, '')
    return mask(plain, plain.length >= 11 ? 3 : 2)
  }
  return value
}

function mask(plain: string, head: number): string {
  return plain.slice(0, head) + '*'.repeat(plain.length - head - 4) + plain.slice(-4)
}

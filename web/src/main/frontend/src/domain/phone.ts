/**
 * The API decides who reads a phone number whole (the admins of the person's subtree) and masks it
 * for everyone else (`138****1234`); the portal shows what it was given, a dash for none.
 */
export function phoneText(phone: string | null | undefined): string {
  const value = phone?.trim() ?? ''
  return value === '' ? '—' : value
}

/** An id for a heading's text ("Who we are?" → "who-we-are"), starting with a letter as an anchor must. */
export function slug (text) {
  const id = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60)
  return /^[a-z]/.test(id) ? id : `section-${id || 'heading'}`
}

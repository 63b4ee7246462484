/*
 * The document body (`bodyHtml`) is built by the server from the uploaded file's text: escaped
 * paragraphs with `<mark>` around the search hits. Uploaded HTML files make it the one place
 * where foreign markup could reach v-html, so the viewer passes it through this allow-list
 * first: known text-structure tags stay (without attributes, except table spans), scripts,
 * styles, embeds and forms go with their content, any other tag is replaced by its children.
 * Needs a DOM (DOMParser), i.e. runs in the browser only.
 */
const KEEP = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'mark', 'ul', 'ol', 'li', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'caption', 'strong', 'b', 'em', 'i', 'u', 'sub', 'sup', 'span', 'div',
  'blockquote', 'pre', 'code', 'section', 'article',
])
const DROP = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript', 'svg', 'math',
  'link', 'meta', 'title', 'head', 'form', 'input', 'button', 'select', 'textarea', 'img', 'video', 'audio',
  'canvas', 'base',
])
const SPANS = new Set(['colspan', 'rowspan'])

function clean(parent: Element): void {
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) continue
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.remove() // comments, processing instructions
      continue
    }
    const element = node as Element
    const tag = element.tagName.toLowerCase()
    if (DROP.has(tag)) {
      element.remove()
      continue
    }
    clean(element)
    if (!KEEP.has(tag)) {
      element.replaceWith(...Array.from(element.childNodes))
      continue
    }
    for (const attribute of Array.from(element.attributes)) {
      const keep = (tag === 'td' || tag === 'th') && SPANS.has(attribute.name) && /^\d{1,3}$/.test(attribute.value)
      if (!keep) element.removeAttribute(attribute.name)
    }
  }
}

export function sanitizeBodyHtml(html: string | null | undefined): string {
  if (!html) return ''
  // DOMParser documents are inert: nothing in them runs or loads while they are cleaned.
  const document = new DOMParser().parseFromString(html, 'text/html')
  clean(document.body)
  return document.body.innerHTML
}

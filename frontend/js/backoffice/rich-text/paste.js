// Cleans HTML pasted from Word, Google Docs and web pages before Tiptap's schema reads it. The schema already drops
// what the data type does not allow; this removes what it would otherwise misread: Word's list paragraphs (turned into
// real lists), its bullets, bookmarks and <o:p>, Google Docs' <b style="font-weight:normal"> wrapper, bold and italic
// written as styles on spans, fonts, classes and styles, h1/h5/h6 (the portal's headings are h2 to h4) and empty
// paragraphs.

const dropped = 'style, script, meta, link, title, xml, template, iframe, object, embed, img, svg, form, input, button, select, textarea'
const unwrapped = 'span, font, o\\:p, ins, del, u, s, strike, small, big, sup, sub, abbr, cite, code, kbd, mark, section, article, header, footer, main, aside, nav, figure, figcaption, center'
const blocks = 'p, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, hr, div'
const kept = { a: ['href', 'type', 'title'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'], ol: ['start'], h2: ['id'], h3: ['id'], h4: ['id'] }

function unwrap (element) {
  element.replaceWith(...element.childNodes)
}

function rename (element, tag) {
  const renamed = element.ownerDocument.createElement(tag)
  renamed.append(...element.childNodes)
  for (const { name, value } of element.attributes) renamed.setAttribute(name, value)
  element.replaceWith(renamed)
  return renamed
}

// An element's style declarations by property name ("mso-bidi-font-weight" is not "font-weight").
function declarations (element) {
  const map = new Map()
  for (const declaration of (element.getAttribute('data-style') ?? '').split(';')) {
    const colon = declaration.indexOf(':')
    if (colon > 0) map.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim().toLowerCase())
  }
  return map
}

const isWordListItem = (element) => declarations(element).has('mso-list')

// Bold and italic as Google Docs and web pages write them (styles on spans), before styles go.
function stylesToMarks (body) {
  for (const b of body.querySelectorAll('b')) {
    if (/^(normal|400)$/.test(declarations(b).get('font-weight') ?? '')) unwrap(b)
  }
  for (const span of body.querySelectorAll('span[data-style]')) {
    const style = declarations(span)
    let inner = span
    if (/^(bold|bolder|[6-9]00)$/.test(style.get('font-weight') ?? '')) inner = wrapChildren(inner, 'strong')
    if (style.get('font-style') === 'italic') wrapChildren(inner, 'em')
  }
}

function wrapChildren (element, tag) {
  const wrapper = element.ownerDocument.createElement(tag)
  wrapper.append(...element.childNodes)
  element.append(wrapper)
  return wrapper
}

// Word writes each list item as <p class="MsoListParagraph..." style="mso-list:l0 level1 lfo1"> with its bullet or
// number in a <span style="mso-list:Ignore">; consecutive ones become one <ul> or <ol> (levels flattened).
function wordLists (body) {
  for (const p of [...body.querySelectorAll('p')]) {
    if (!p.isConnected || !isWordListItem(p)) continue
    const marker = [...p.querySelectorAll('span')].find((span) => declarations(span).get('mso-list') === 'ignore')?.textContent.trim() ?? ''
    const list = p.ownerDocument.createElement(/^(\d+|[a-z]|[ivxlc]+)[.)]/i.test(marker) ? 'ol' : 'ul')
    p.before(list)
    let item = p
    while (item && item.nodeType === 1 && item.tagName === 'P' && isWordListItem(item)) {
      const next = nextElement(item)
      for (const span of [...item.querySelectorAll('span')]) {
        if (span.isConnected && declarations(span).get('mso-list') === 'ignore') span.remove()
      }
      list.append(rename(item, 'li'))
      item = next
    }
  }
}

function nextElement (node) {
  let next = node.nextSibling
  while (next && next.nodeType === 3 && next.textContent.trim() === '') next = next.nextSibling
  return next
}

function removeComments (root) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT)
  const comments = []
  while (walker.nextNode()) comments.push(walker.currentNode)
  for (const comment of comments) comment.remove()
}

function cleanAttributes (body) {
  for (const element of body.querySelectorAll('*')) {
    const allowed = kept[element.tagName.toLowerCase()] ?? []
    for (const { name } of [...element.attributes]) {
      if (!allowed.includes(name.toLowerCase())) element.removeAttribute(name)
    }
  }
}

function isEmpty (element) {
  return element.textContent.replace(/[\s\u00a0\u200b]/g, '') === '' && !element.querySelector('td, th, hr')
}

/** Pasted HTML cleaned to what the portal's rich text holds. */
export function cleanPastedHtml (html) {
  // Word's downlevel-revealed conditionals (<![if !supportLists]> ... <![endif]>) are not comments to the HTML parser:
  // drop the markers, keep what they wrap (a list item's bullet, found and removed below by its mso-list:Ignore).
  // Style sheets go and style attributes are renamed before parsing: parsed here, they would break the CSP (style-src 'self').
  const text = html.replace(/<style[\s\S]*?<\/style>/gi, '').replace(/<!\[(end)?if[^\]]*\]>/gi, '').replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\sstyle\s*=/i, ' data-style='))
  const body = new DOMParser().parseFromString(text, 'text/html').body
  removeComments(body)
  for (const element of body.querySelectorAll(dropped)) element.remove()
  wordLists(body)
  stylesToMarks(body)
  for (const a of body.querySelectorAll('a:not([href])')) unwrap(a) // Word's bookmarks (<a name="_Toc...">)
  for (const element of [...body.querySelectorAll(unwrapped)]) unwrap(element)
  for (const h1 of body.querySelectorAll('h1')) rename(h1, 'h2')
  for (const h of body.querySelectorAll('h5, h6')) rename(h, 'h4')
  // Innermost first: a <div> of text is a paragraph, a <div> around blocks is only a wrapper.
  for (const div of [...body.querySelectorAll('div')].reverse()) {
    if (div.querySelector(blocks)) unwrap(div)
    else rename(div, 'p')
  }
  cleanAttributes(body)
  for (const p of body.querySelectorAll('p, h2, h3, h4, li, blockquote')) {
    if (isEmpty(p)) p.remove()
  }
  return body.innerHTML
}

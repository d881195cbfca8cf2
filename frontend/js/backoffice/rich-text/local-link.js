// Links as Umbraco stores them: a page or media item by key in its local-link format
// (<a type="document" href="/{localLink:key}">), so a moved or renamed page keeps its links; external links
// (http, https, mailto, tel), site-relative paths and anchors (#id). Nothing else survives a paste or a load.
import { Link } from '@tiptap/extension-link'

const guid = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'
const localLink = new RegExp(`^/\\{localLink:(${guid}|umb://(document|media)/[0-9a-fA-F]{32})\\}$`)
const anchor = /^#[A-Za-z][\w-]*$/
const sitePath = /^\/(?![/\\])[^\s{}<>"]*$/
const linkTypes = ['document', 'media']

/** The local-link href for a page's or media item's key. */
export const localHref = (key) => `/{localLink:${key}}`

/** The key in a local-link href, or null. */
export function localKey (href) {
  const match = localLink.exec(href ?? '')
  return match ? match[1] : null
}

/** An external address an editor may type: http(s) with a host, mailto: with an address, tel: with a number. */
export function isExternal (href) {
  let url
  try {
    url = new URL(href)
  } catch {
    return false
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname.includes('.') || url.hostname === 'localhost'
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname))
  if (url.protocol === 'tel:') return /^\+?[\d\s().-]{3,}$/.test(decodeURIComponent(url.pathname))
  return false
}

export function isAllowedHref (href, anchors) {
  const text = (href ?? '').trim()
  return localLink.test(text) || sitePath.test(text) || (anchors && anchor.test(text)) || isExternal(text)
}

export const LocalLink = Link.extend({
  // Typing after a link does not extend it (Tiptap makes links inclusive when autolinking).
  inclusive: false,

  addOptions () {
    return { ...this.parent?.(), anchors: false }
  },

  addAttributes () {
    return {
      href: { default: null, parseHTML: (element) => element.getAttribute('href') },
      // Umbraco's marker of what a local link points at; only its two values are kept.
      type: {
        default: null,
        parseHTML: (element) => (linkTypes.includes(element.getAttribute('type')) ? element.getAttribute('type') : null),
        renderHTML: (attributes) => (attributes.type ? { type: attributes.type } : {})
      },
      title: { default: null }
    }
  }
}).configure({
  openOnClick: false,
  enableClickSelection: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  // Stored markup carries no classes, targets or rels: the public site adds its own at render time.
  HTMLAttributes: { target: null, rel: null, class: null },
  isAllowedUri: (href) => isAllowedHref(href, true)
})

// One rich-text property's editor. The server renders a <textarea name="p-alias"> of HTML (what a browser without
// JavaScript posts); here it stays in the form, visually hidden, and is rewritten on every change, so the form posts
// exactly as before. The editable area is a textbox labelled by the property's label and described by its hint and
// error; Alt+F10 moves to the toolbar, Escape comes back, Ctrl+K opens the link dialog.
import { Editor } from '@tiptap/core'
import { allows, buildExtensions } from './extensions.js'
import { buildToolbar } from './toolbar.js'
import { cleanPastedHtml } from './paste.js'
import { linkDialog } from './link-dialog.js'

function json (text, fallback) {
  try {
    return JSON.parse(text ?? '')
  } catch {
    return fallback
  }
}

// Imported values may be Umbraco's { "markup": ..., "blocks": ... }: the editor edits the markup.
function initialHtml (value) {
  const trimmed = value.trim()
  if (!trimmed.startsWith('{')) return trimmed
  const stored = json(trimmed, null)
  return typeof stored?.markup === 'string' ? stored.markup : trimmed
}

export function createEditor (textarea) {
  const id = textarea.id
  const extensions = json(textarea.dataset.extensions, [])
  const groups = json(textarea.dataset.toolbar, [])
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`)
  if (label && !label.id) label.id = `${id}-label`
  const keysHint = document.getElementById(`${id}-keys`)
  const describedBy = [textarea.getAttribute('aria-describedby'), keysHint?.id].filter(Boolean).join(' ')
  const attributes = { id: `${id}-editor`, class: 'app-rich-text__editable', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true' }
  if (label) attributes['aria-labelledby'] = label.id
  else attributes['aria-label'] = textarea.dataset.label ?? 'Rich text'
  if (describedBy) attributes['aria-describedby'] = describedBy

  const wrapper = document.createElement('div')
  wrapper.className = 'app-rich-text'
  if (textarea.classList.contains('govuk-textarea--error')) wrapper.classList.add('app-rich-text--error')
  const area = document.createElement('div')
  area.className = 'app-rich-text__area'
  textarea.before(wrapper)

  let toolbar = null
  const dialog = linkDialog({ pages: textarea.dataset.pageSearch, media: textarea.dataset.mediaSearch })
  const openLink = (returnTo) => dialog.open(editor, { anchors: allows(extensions, 'Anchor'), returnTo })
  const editor = new Editor({
    element: area,
    extensions: buildExtensions(extensions),
    content: initialHtml(textarea.value),
    injectCSS: false,
    editorProps: {
      attributes,
      transformPastedHTML: cleanPastedHtml,
      handleKeyDown: (_view, event) => {
        if (event.altKey && event.key === 'F10' && toolbar) {
          toolbar.focus()
          return true
        }
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k' && allows(extensions, 'Link')) {
          openLink(null)
          return true
        }
        return false
      }
    },
    onUpdate: ({ editor }) => {
      textarea.value = editor.isEmpty ? '' : editor.getHTML()
      // The back office's unsaved-changes check listens for input on the form's fields.
      textarea.dispatchEvent(new Event('input', { bubbles: true }))
    },
    onTransaction: () => toolbar?.update(),
    onSelectionUpdate: () => toolbar?.update()
  })

  toolbar = buildToolbar(editor, { groups, extensions, label: label?.textContent.trim() ?? 'Rich text', controls: attributes.id, onLink: openLink })
  wrapper.append(toolbar.element, area)
  if (keysHint) keysHint.hidden = false
  document.getElementById(`${id}-html-hint`)?.setAttribute('hidden', '')

  // The textarea stays for the post but leaves sight and the tab order; anything that focuses it (the error
  // summary's link, the label) lands in the editor instead.
  textarea.classList.add('app-rich-text__source')
  textarea.tabIndex = -1
  textarea.setAttribute('aria-hidden', 'true')
  textarea.addEventListener('focus', () => editor.commands.focus())
  label?.addEventListener('click', (event) => {
    event.preventDefault()
    editor.commands.focus()
  })
  return editor
}

// The link dialog: a native modal <dialog> (the rest of the page is inert while it is open; Escape closes it and
// focus goes back to where the editor was) in GOV.UK's form style. A link goes to a page or a media file (searched
// by name, stored in Umbraco's local-link format with type="document" or type="media"), to a web address, email
// or phone number (http, https, mailto and tel only), or to a heading on the page (#id).
import { h, radio, textField } from './dom.js'
import { isExternal, localHref, localKey } from './local-link.js'
import { searchPanel } from './link-search.js'
import { slug } from './anchors.js'

const kinds = [
  ['page', 'A page on this site'],
  ['media', 'A document or media file'],
  ['url', 'A web address, email address or phone number'],
  ['anchor', 'A heading on this page']
]

let shared = null

/** The page's one link dialog (built on first use). */
export function linkDialog (searchUrls) {
  shared ??= buildDialog(searchUrls)
  return shared
}

function buildDialog ({ pages, media }) {
  const panels = {
    page: searchPanel('page', pages, 'page'),
    media: searchPanel('media', media, 'file'),
    url: urlPanel(),
    anchor: anchorPanel()
  }
  const { dialog, form, title, summary, summaryList, radios, current, submit, cancel, remove } = dialogMarkup(panels)
  document.body.append(dialog)

  let state = null // { editor, existing, selectedText, returnTo }

  const kindOf = () => radios.querySelector('input[name="app-link-kind"]:checked')?.value ?? null
  const showPanel = () => {
    for (const [kind] of kinds) document.getElementById(`app-link-panel-${kind}`).classList.toggle('govuk-radios__conditional--hidden', kind !== kindOf())
  }
  radios.addEventListener('change', showPanel)

  const errors = errorDisplay(form, summary, summaryList)

  function open (editor, { anchors, returnTo }) {
    const existing = editor.isActive('link') ? editor.getAttributes('link') : null
    if (existing) editor.chain().extendMarkRange('link').run()
    const { from, to } = editor.state.selection
    const selectedText = editor.state.doc.textBetween(from, to, ' ')
    state = { editor, existing, selectedText, returnTo }
    errors.clear()
    for (const panel of Object.values(panels)) panel.reset(editor)
    const kind = existing ? existingKind(existing) : 'page'
    document.getElementById('app-link-kind-anchor').closest('.govuk-radios__item').hidden = !anchors
    document.getElementById(`app-link-kind-${kind}`).checked = true
    if (kind === 'url') panels.url.input.value = existing.href
    if (kind === 'anchor') panels.anchor.input.value = existing.href
    showPanel()
    form.querySelector('#app-link-text').value = selectedText
    describeExisting({ title, submit, remove, current }, existing)
    dialog.showModal()
    form.querySelector('#app-link-text').focus()
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    if (!kindOf()) return errors.show([[document.getElementById('app-link-kind-page'), 'Choose what you want to link to']])
    const chosen = chooseTarget(kindOf(), panels, state)
    if (chosen.error) return errors.show([chosen.error])
    const words = form.querySelector('#app-link-text').value.trim()
    insertLink(state, chosen, words)
    close(false)
  })
  cancel.addEventListener('click', () => close(true))
  remove.addEventListener('click', () => {
    state.editor.chain().focus().extendMarkRange('link').unsetLink().run()
    close(false)
  })
  // Escape (the dialog's cancel) and the buttons all end here: focus goes back to the editor or the toolbar button.
  dialog.addEventListener('close', () => {
    if (!state) return
    const { editor, returnTo, restore } = state
    state = null
    if (restore && returnTo?.isConnected) returnTo.focus()
    else editor.commands.focus()
  })
  function close (restore) {
    state.restore = restore
    dialog.close()
  }
  dialog.addEventListener('cancel', () => {
    if (state) state.restore = true
  })

  return { open, element: dialog }
}

// The selection (or, with other words typed, new text in its place) becomes the link.
function insertLink ({ editor, selectedText }, chosen, words) {
  const attributes = { href: chosen.href, type: chosen.type }
  const chain = editor.chain().focus()
  if (selectedText.length > 0 && (words === '' || words === selectedText.trim())) chain.setLink(attributes).run()
  else chain.insertContent({ type: 'text', text: words || chosen.name || chosen.href, marks: [{ type: 'link', attrs: attributes }] }).run()
}

// Adding a link or changing one: the title, the button's words, Remove link, and where a local link goes now.
function describeExisting ({ title, submit, remove, current }, existing) {
  title.textContent = existing ? 'Change the link' : 'Add a link'
  submit.textContent = existing ? 'Save link' : 'Add link'
  remove.hidden = !existing
  current.hidden = !existing?.type
  current.textContent = existing?.type
    ? `This link goes to a ${existing.type === 'media' ? 'document or media file' : 'page'}. Search to choose a different one, or save to keep it.`
    : ''
}

// The dialog's GOV.UK markup: title, error summary, link text, the four kinds (each revealing its panel), buttons.
function dialogMarkup (panels) {
  const title = h('h2', { class: 'govuk-heading-m', id: 'app-link-dialog-title', text: 'Add a link' })
  const summaryList = h('ul', { class: 'govuk-list govuk-error-summary__list' })
  const summary = h('div', { class: 'govuk-error-summary', tabindex: '-1', hidden: true },
    h('div', { role: 'alert' }, h('h2', { class: 'govuk-error-summary__title', text: 'There is a problem' }), h('div', { class: 'govuk-error-summary__body' }, summaryList)))
  const text = textField('app-link-text', 'Link text', 'Leave it as it is to keep the words you selected.')
  const radios = h('div', { class: 'govuk-radios', 'data-module': 'app-link-kinds' })
  for (const [kind, label] of kinds) {
    const item = radio('app-link-kind', `app-link-kind-${kind}`, kind, label)
    item.querySelector('input').setAttribute('aria-controls', `app-link-panel-${kind}`)
    radios.append(item, h('div', { class: 'govuk-radios__conditional govuk-radios__conditional--hidden', id: `app-link-panel-${kind}` }, panels[kind].element))
  }
  const kindGroup = h('div', { class: 'govuk-form-group', 'data-field': 'app-link-kind-page' },
    h('fieldset', { class: 'govuk-fieldset' }, h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s', text: 'What do you want to link to?' }), radios))
  const current = h('p', { class: 'govuk-inset-text app-link-dialog__current', hidden: true })
  const submit = h('button', { type: 'submit', class: 'govuk-button', text: 'Add link' })
  const cancel = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', text: 'Cancel' })
  const remove = h('button', { type: 'button', class: 'govuk-button govuk-button--warning', text: 'Remove link', hidden: true })
  const form = h('form', { class: 'app-link-dialog__form', novalidate: true },
    title, summary, current, text, kindGroup, h('div', { class: 'govuk-button-group' }, submit, cancel, remove))
  const dialog = h('dialog', { class: 'app-link-dialog', 'aria-labelledby': title.id }, form)
  return { dialog, form, title, summary, summaryList, radios, current, submit, cancel, remove }
}

// The href and type for the chosen kind, or the errors ({ target, message }) that stop it.
function chooseTarget (kind, panels, state) {
  const existing = state.existing
  if (kind === 'page' || kind === 'media') {
    const picked = panels[kind].selected()
    const type = kind === 'page' ? 'document' : 'media'
    if (picked) return { href: localHref(picked.key), type, name: picked.name }
    if (existing?.type === type && localKey(existing.href)) return { href: existing.href, type }
    return { error: [panels[kind].errorTarget, kind === 'page' ? 'Search for a page and choose it' : 'Search for a document or media file and choose it'] }
  }
  if (kind === 'url') {
    const href = panels.url.input.value.trim()
    if (href.length === 0) return { error: [panels.url.input, 'Enter a web address, email address or phone number'] }
    if (!isExternal(href) && href !== existing?.href) {
      return { error: [panels.url.input, 'Enter a web address that starts with https:// or http://, an email address that starts with mailto: or a phone number that starts with tel:'] }
    }
    return { href, type: null, name: href.replace(/^(mailto|tel):/, '') }
  }
  const href = panels.anchor.value()
  if (!/^#[A-Za-z][\w-]*$/.test(href)) return { error: [panels.anchor.input, 'Choose a heading, or enter an anchor that starts with # followed by a letter, like #contact-us'] }
  panels.anchor.apply(state.editor, href)
  return { href, type: null, name: href.slice(1) }
}

function existingKind (attributes) {
  if (attributes.type === 'document') return 'page'
  if (attributes.type === 'media') return 'media'
  return (attributes.href ?? '').startsWith('#') ? 'anchor' : 'url'
}

function urlPanel () {
  const field = textField('app-link-url', 'Web address, email address or phone number',
    'For example, https://www.gov.uk, mailto:name@example.org or tel:01632 960001', { type: 'url', inputmode: 'url' })
  const input = field.querySelector('input')
  return { element: field, input, reset () { input.value = '' } }
}

// The headings in the editor's text, offered as anchors; choosing one gives it an id if it has none.
function anchorPanel () {
  const select = h('select', { class: 'govuk-select', id: 'app-link-heading', 'aria-describedby': 'app-link-heading-hint' })
  const field = textField('app-link-anchor', 'Or type an anchor', 'For example, #contact-us')
  const input = field.querySelector('input')
  const element = h('div', {},
    h('div', { class: 'govuk-form-group' },
      h('label', { class: 'govuk-label', for: select.id, text: 'Heading' }),
      h('div', { class: 'govuk-hint', id: 'app-link-heading-hint', text: 'Headings in this text. Choose one, or type an anchor below.' }),
      select),
    field)
  let headings = []
  select.addEventListener('change', () => {
    input.value = select.value ? `#${select.value}` : ''
  })
  return {
    element,
    input,
    reset (editor) {
      headings = []
      editor?.state.doc.descendants((node, pos) => {
        if (node.type.name === 'heading') headings.push({ pos, text: node.textContent, id: node.attrs.id || slug(node.textContent) })
      })
      select.replaceChildren(h('option', { value: '', text: headings.length ? 'Choose a heading' : 'There are no headings in this text yet' }),
        ...headings.map((heading) => h('option', { value: heading.id, text: heading.text })))
      input.value = ''
    },
    value: () => input.value.trim(),
    // Gives the chosen heading the id the link points at, when it has none yet.
    apply (editor, href) {
      const heading = headings.find((x) => `#${x.id}` === href)
      const node = heading && editor.state.doc.nodeAt(heading.pos)
      if (node && node.attrs.id !== heading.id) editor.chain().command(({ tr }) => { tr.setNodeAttribute(heading.pos, 'id', heading.id); return true }).run()
    }
  }
}

// GOV.UK's error summary (focused, linking to each field) and the message above each field.
function errorDisplay (form, summary, list) {
  function clear () {
    summary.hidden = true
    list.replaceChildren()
    for (const message of form.querySelectorAll('.app-link-dialog__error')) message.remove()
    for (const group of form.querySelectorAll('.govuk-form-group--error')) group.classList.remove('govuk-form-group--error')
    for (const input of form.querySelectorAll('.govuk-input--error')) input.classList.remove('govuk-input--error')
    for (const input of form.querySelectorAll('[data-error-described]')) {
      input.setAttribute('aria-describedby', input.dataset.errorDescribed)
      delete input.dataset.errorDescribed
    }
  }
  function show (problems) {
    clear()
    for (const [input, message] of problems) {
      const messageId = `${input.id}-error`
      list.append(h('li', {}, h('a', { href: `#${input.id}`, text: message })))
      const group = input.closest('.govuk-form-group')
      group.classList.add('govuk-form-group--error')
      if (input.classList.contains('govuk-input')) input.classList.add('govuk-input--error')
      const error = h('p', { class: 'govuk-error-message app-link-dialog__error', id: messageId }, h('span', { class: 'govuk-visually-hidden', text: 'Error:' }), ` ${message}`)
      group.querySelector('label, legend').after(error)
      input.dataset.errorDescribed = input.getAttribute('aria-describedby') ?? ''
      input.setAttribute('aria-describedby', `${input.dataset.errorDescribed} ${messageId}`.trim())
    }
    summary.hidden = false
    summary.focus()
  }
  summary.addEventListener('click', (event) => {
    const link = event.target.closest('a')
    if (!link) return
    event.preventDefault()
    document.getElementById(link.getAttribute('href').slice(1))?.focus()
  })
  return { clear, show }
}

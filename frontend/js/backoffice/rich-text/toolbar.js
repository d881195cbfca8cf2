// The editor's toolbar, as WAI-ARIA's toolbar pattern: one tab stop (roving tabindex), arrow keys, Home and End move
// between buttons, Escape returns to the text. Buttons have visible words, aria-pressed for marks and blocks that are
// on, aria-disabled (still focusable, so the arrow keys do not skip about) when they cannot act.
import { allows } from './extensions.js'
import { buttonName, buttons, tableButtons } from './buttons.js'

function makeButton (name, definition) {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = `app-rich-text__button app-rich-text__button--${name.toLowerCase()}`
  button.textContent = definition.label
  button.tabIndex = -1
  button.dataset.button = name
  if (definition.keys) button.setAttribute('aria-keyshortcuts', definition.keys)
  if (definition.active) button.setAttribute('aria-pressed', 'false')
  return button
}

/**
 * Builds the toolbar for a data type's toolbar groups and extensions. `onLink` opens the link dialog.
 * Returns the element and `update()`, called on every transaction and selection change.
 */
export function buildToolbar (editor, { groups, extensions, label, controls, onLink }) {
  const toolbar = document.createElement('div')
  toolbar.className = 'app-rich-text__toolbar'
  toolbar.setAttribute('role', 'toolbar')
  toolbar.setAttribute('aria-label', `${label} formatting`)
  toolbar.setAttribute('aria-controls', controls)
  const entries = []
  const add = (group, name, definition, contextual) => {
    const button = makeButton(name, definition)
    group.append(button)
    entries.push({ button, definition, contextual })
  }

  for (const ids of groups) {
    const group = document.createElement('div')
    group.className = 'app-rich-text__group'
    for (const name of ids.map(buttonName)) {
      const definition = buttons[name]
      if (!definition || (definition.extension && !allows(extensions, definition.extension))) continue
      if (entries.some((e) => e.button.dataset.button === name)) continue
      add(group, name, definition, false)
      if (name === 'Table') {
        for (const [tableName, tableDefinition] of Object.entries(tableButtons)) add(group, tableName, tableDefinition, true)
      }
    }
    if (group.childElementCount > 0) toolbar.append(group)
  }

  const visible = () => entries.filter((e) => !e.button.hidden).map((e) => e.button)
  const focusButton = (button) => {
    for (const b of visible()) b.tabIndex = b === button ? 0 : -1
    button.focus()
  }

  toolbar.addEventListener('click', (event) => {
    const entry = entries.find((e) => e.button === event.target.closest('button'))
    if (!entry) return
    for (const b of visible()) b.tabIndex = b === entry.button ? 0 : -1
    if (entry.button.getAttribute('aria-disabled') === 'true') return
    if (entry.definition.dialog) onLink(entry.button)
    else entry.definition.run(editor)
  })

  toolbar.addEventListener('keydown', (event) => {
    const all = visible()
    const index = all.indexOf(document.activeElement)
    if (index < 0) return
    const moves = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }
    if (event.key in moves) {
      event.preventDefault()
      focusButton(all[(moves[event.key] + all.length) % all.length])
    } else if (event.key === 'Escape') {
      event.preventDefault()
      editor.commands.focus()
    }
  })

  function update () {
    const inTable = editor.isActive('table')
    for (const { button, definition, contextual } of entries) {
      if (contextual) button.hidden = !inTable
      if (definition.active) button.setAttribute('aria-pressed', String(definition.active(editor)))
      const can = definition.can ? definition.can(editor) : editor.isEditable
      button.setAttribute('aria-disabled', String(!can))
    }
    const all = visible()
    if (all.length > 0 && !all.some((b) => b.tabIndex === 0)) {
      for (const b of entries) b.button.tabIndex = -1
      all[0].tabIndex = 0
    }
  }

  update()
  return { element: toolbar, update, focus: () => focusButton(visible().find((b) => b.tabIndex === 0) ?? visible()[0]) }
}

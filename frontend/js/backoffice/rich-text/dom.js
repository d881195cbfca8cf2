// A small element builder for the dialog's GOV.UK markup (no innerHTML: names typed by editors are text, never markup).

/** An element with attributes (false/null ones left off; `class` and `text` as you would expect) and children. */
export function h (tag, attributes = {}, ...children) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue
    if (name === 'text') element.textContent = value
    else element.setAttribute(name, value === true ? '' : value)
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false))
  return element
}

/** A GOV.UK radio with a label and an optional hint. */
export function radio (name, id, value, label, hint) {
  const hintId = hint ? `${id}-hint` : null
  return h('div', { class: 'govuk-radios__item' },
    h('input', { class: 'govuk-radios__input', type: 'radio', id, name, value, 'aria-describedby': hintId }),
    h('label', { class: 'govuk-label govuk-radios__label', for: id, text: label }),
    hint ? h('div', { class: 'govuk-hint govuk-radios__hint', id: hintId, text: hint }) : null)
}

/** A GOV.UK text input with its label and hint in a form group. */
export function textField (id, label, hint, attributes = {}) {
  return h('div', { class: 'govuk-form-group', 'data-field': id },
    h('label', { class: 'govuk-label', for: id, text: label }),
    hint ? h('div', { class: 'govuk-hint', id: `${id}-hint`, text: hint }) : null,
    h('input', { class: 'govuk-input', id, name: id, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': hint ? `${id}-hint` : null, ...attributes }))
}

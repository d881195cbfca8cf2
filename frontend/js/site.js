// Site JavaScript: starts GOV.UK Frontend and enhances the "Is this page useful?"
// component. Without JavaScript every form posts and the server redirects back
// to #feedback, so everything here is an enhancement of working forms.
import { CharacterCount, initAll } from '/js/govuk-frontend.min.js'

// A module script only runs in browsers GOV.UK Frontend supports. Setting the
// classes here too means the layout's inline snippet is optional under a strict CSP.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

const COMMENT_MAX = 1200

function el (tag, attributes = {}, ...children) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  element.append(...children)
  return element
}

const hidden = (name, value) => el('input', { type: 'hidden', name, value })

function thanks () {
  return el('p', { class: 'govuk-body app-feedback__thanks', id: 'feedback-thanks', role: 'status', tabindex: '-1' },
    'Thank you for your feedback.')
}

// The same markup as the server renders for the comment step.
function commentForm (action, antiforgery, token, path) {
  return el('form', { method: 'post', action, class: 'app-feedback__comment', 'data-feedback-step': 'comment' },
    hidden('__RequestVerificationToken', antiforgery), hidden('token', token), hidden('path', path),
    el('div', { class: 'govuk-form-group govuk-character-count', 'data-module': 'govuk-character-count', 'data-maxlength': String(COMMENT_MAX) },
      el('label', { class: 'govuk-label', for: 'feedback-comment' }, 'What were you trying to do? (optional)'),
      el('div', { class: 'govuk-hint', id: 'feedback-comment-hint' },
        'Do not include personal information, such as names or details about a child.'),
      el('textarea', { class: 'govuk-textarea govuk-js-character-count', id: 'feedback-comment', name: 'comment', rows: '4',
        maxlength: String(COMMENT_MAX), 'aria-describedby': 'feedback-comment-info feedback-comment-hint' }),
      el('div', { class: 'govuk-hint govuk-character-count__message', id: 'feedback-comment-info' },
        `You can enter up to ${COMMENT_MAX} characters`)),
    el('button', { class: 'govuk-button', type: 'submit' }, 'Send'))
}

function show (root, ...children) {
  root.replaceChildren(...children)
  root.querySelector('.app-feedback__thanks').focus()
}

// Removes earlier errors, ours or the server's, but not the character count's own message.
function clearErrors (form) {
  for (const error of form.querySelectorAll('.govuk-error-message:not(.govuk-character-count__message)')) {
    const field = error.id && form.querySelector(`[aria-describedby~="${CSS.escape(error.id)}"]`)
    if (field) {
      const ids = field.getAttribute('aria-describedby').split(/\s+/).filter((id) => id !== error.id)
      field.setAttribute('aria-describedby', ids.join(' '))
      field.classList.remove('govuk-textarea--error', 'govuk-input--error')
      field.closest('.govuk-form-group')?.classList.remove('govuk-form-group--error')
    }
    error.remove()
  }
}

// A GOV.UK error message on each named field, or at the top of the form.
function showErrors (form, errors) {
  clearErrors(form)
  let first = null
  for (const [name, text] of Object.entries(errors)) {
    const field = form.querySelector(`[name="${CSS.escape(name)}"]:is(textarea, input:not([type="hidden"]))`)
    const group = field?.closest('.govuk-form-group')
    const message = el('p', { class: 'govuk-error-message app-feedback__error', id: `${field?.id || `feedback-${name}`}-error` },
      el('span', { class: 'govuk-visually-hidden' }, 'Error:'), ` ${text}`)
    if (!field || !group) {
      form.prepend(message)
      continue
    }
    group.classList.add('govuk-form-group--error')
    field.classList.add(field instanceof HTMLTextAreaElement ? 'govuk-textarea--error' : 'govuk-input--error')
    field.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') || ''} ${message.id}`.trim())
    field.before(message)
    first ??= field
  }
  ;(first ?? form.querySelector('button')).focus()
}

// Post the form the ordinary way (used when fetch cannot do the job).
function submitNatively (form, submitter) {
  if (submitter?.name) form.append(hidden(submitter.name, submitter.value))
  HTMLFormElement.prototype.submit.call(form)
}

async function send (root, form, submitter) {
  const data = new FormData(form, submitter)
  if (submitter?.name && !data.has(submitter.name)) data.append(submitter.name, submitter.value)
  let response, body
  try {
    response = await fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(data),
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal: AbortSignal.timeout(15000)
    })
    if (response.redirected) return window.location.assign(new URL('#feedback', response.url))
    body = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : null
  } catch {
    return submitNatively(form, submitter)
  }
  if (response.status === 400 && body?.errors) return showErrors(form, body.errors)
  if (!response.ok || !body) return submitNatively(form, submitter)

  if (form.dataset.feedbackStep === 'useful' && body.token && body.commentAllowed) {
    const next = commentForm(root.dataset.commentAction || '/feedback/comment',
      form.elements.__RequestVerificationToken?.value ?? '', body.token, form.elements.path?.value ?? window.location.pathname)
    show(root, thanks(), next)
    try {
      new CharacterCount(next.querySelector('[data-module="govuk-character-count"]'))
    } catch (error) {
      console.log(error) // the textarea still works, with its maxlength, without the count
    }
  } else {
    show(root, thanks())
  }
}

for (const root of document.querySelectorAll('[data-module="app-feedback"]')) {
  root.addEventListener('submit', async (event) => {
    const form = event.target
    if (!(form instanceof HTMLFormElement) || !form.dataset.feedbackStep) return
    event.preventDefault()
    if (form.dataset.busy) return
    form.dataset.busy = 'true'
    try {
      await send(root, form, event.submitter)
    } finally {
      delete form.dataset.busy
    }
  })
}

// Unsaved changes are never lost silently: once a form marked data-unsaved-warning has been changed, leaving the
// page (a link, the tree, the browser's back or close) asks first. Submitting the form itself does not ask.
// Without JavaScript nothing asks, and a post still saves what was typed.

const QUESTION = 'You have unsaved changes. If you leave this page they will be lost.'

export function startUnsavedChanges () {
  const form = document.querySelector('form[data-unsaved-warning]')
  if (!form) return
  let changed = form.dataset.unsavedWarning === 'changed'
  let submitting = false

  const mark = (event) => {
    // The tree's and the page's own controls outside the form do not count, nor searches inside a picker.
    if (form.contains(event.target)) changed = true
  }
  form.addEventListener('input', mark)
  form.addEventListener('change', mark)
  // Editors that keep their value outside form controls (the rich-text editor) announce changes with this event.
  form.addEventListener('app:changed', () => { changed = true })
  form.addEventListener('submit', () => { submitting = true })

  window.addEventListener('beforeunload', (event) => {
    if (!changed || submitting) return
    event.preventDefault()
    event.returnValue = ''
  })

  // In-page links ask in words (beforeunload's own prompt would also ask, but says nothing about the changes).
  document.addEventListener('click', (event) => {
    if (!changed || submitting || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
    const link = event.target.closest('a[href]')
    if (!link || link.target === '_blank' || link.hasAttribute('download')) return
    const url = new URL(link.href, location.href)
    if (url.origin === location.origin && url.pathname === location.pathname && url.search === location.search) return
    if (window.confirm(QUESTION)) {
      // Asked once: the browser's own prompt must not follow.
      changed = false
    } else {
      event.preventDefault()
    }
  }, true)
}

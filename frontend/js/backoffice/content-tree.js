// The content tree beside every content screen. The server draws the open branches with links that reload the
// screen; here those links become buttons (aria-expanded, the page's name in their name) that fetch a branch's
// pages as an HTML fragment from /umbraco/content/tree, and "Show more" appends the next 50.

const NARROW = '(max-width: 40.0625em)'

async function fetchItems (url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
  if (!response.ok) throw new Error(`The tree answered ${response.status}`)
  // The fragment is our own server's, drawn by Razor (every name encoded); a template never runs scripts.
  const template = document.createElement('template')
  template.innerHTML = await response.text()
  return template.content
}

function problem (text) {
  const item = document.createElement('li')
  item.className = 'app-tree__problem govuk-error-message'
  item.textContent = text
  return item
}

function toggleButton (marker) {
  const key = marker.dataset.treeToggle
  const name = marker.dataset.name ?? ''
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'app-tree__toggle'
  button.dataset.treeToggle = key
  button.setAttribute('aria-expanded', marker.dataset.open === 'true' ? 'true' : 'false')
  button.setAttribute('aria-controls', `tree-${key.replaceAll('-', '')}`)
  const label = document.createElement('span')
  label.className = 'govuk-visually-hidden'
  label.textContent = `Pages below ${name}`
  button.append(label)
  return button
}

function enhance (root) {
  for (const marker of root.querySelectorAll('[data-tree-toggle]:not(button)')) {
    marker.replaceWith(toggleButton(marker))
  }
}

async function toggle (button) {
  const item = button.closest('.app-tree__item')
  const id = button.getAttribute('aria-controls')
  let list = document.getElementById(id)
  if (button.getAttribute('aria-expanded') === 'true') {
    button.setAttribute('aria-expanded', 'false')
    if (list) list.hidden = true
    return
  }

  if (!list) {
    list = document.createElement('ul')
    list.className = 'app-tree__list'
    list.id = id
    list.setAttribute('aria-busy', 'true')
    item.append(list)
    try {
      list.append(await fetchItems(`/umbraco/content/tree?parent=${encodeURIComponent(button.dataset.treeToggle)}`))
      enhance(list)
    } catch {
      list.append(problem('The pages below could not be loaded. Try again.'))
      list.dataset.failed = 'true'
    } finally {
      list.removeAttribute('aria-busy')
    }
  }

  list.hidden = false
  button.setAttribute('aria-expanded', 'true')
  // A failed load is tried again on the next opening.
  if (list.dataset.failed === 'true') list.remove()
}

async function showMore (link) {
  const more = link.closest('.app-tree__more')
  const list = more.parentElement
  link.setAttribute('aria-disabled', 'true')
  try {
    const items = await fetchItems(link.dataset.treeMore)
    // The current page's branch may already be shown after the first 50; it is not added twice.
    for (const item of items.querySelectorAll(':scope > .app-tree__item')) {
      if (list.querySelector(`:scope > .app-tree__item[data-key="${CSS.escape(item.dataset.key)}"]`)) item.remove()
    }
    enhance(items)
    const first = items.querySelector('.app-tree__link')
    more.replaceWith(items)
    first?.focus()
  } catch {
    link.removeAttribute('aria-disabled')
    more.append(problem('More pages could not be loaded. Try again.'))
  }
}

export function startContentTree () {
  const tree = document.querySelector('[data-tree]')
  if (!tree) return
  enhance(tree)
  const disclosure = tree.querySelector('[data-tree-disclosure]')
  if (disclosure && window.matchMedia(NARROW).matches) disclosure.open = false

  tree.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-tree-toggle]')
    if (button) {
      toggle(button)
      return
    }

    const more = event.target.closest('a[data-tree-more]')
    if (more) {
      event.preventDefault()
      if (more.getAttribute('aria-disabled') !== 'true') showMore(more)
    }
  })
}

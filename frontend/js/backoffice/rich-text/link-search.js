// A search panel inside the link dialog: a name box, a Search button (and searching as the editor types), the
// matches as GOV.UK radios with their route (pages) or size and format (files), and a status line read out by
// screen readers ("3 pages match 'adm'").
import { h, radio } from './dom.js'

const describe = {
  page: (match) => [match.path, match.parent ? `in ${match.parent}` : null].filter(Boolean).join(', '),
  media: (match) => [match.size ? `Size: ${match.size}` : null, match.format ? `File format: ${match.format}` : null].filter(Boolean).join(' ')
}

/**
 * A panel searching `url` (?q=) for `kind` ("page" or "media"); `noun` is what the editor calls it ("page", "file").
 * `selected()` is the chosen match ({ key, name }) or null.
 */
export function searchPanel (kind, url, noun) {
  const id = `app-link-${kind}`
  let timer = 0
  let request = 0
  const { input, button, status, matches, fieldset, element } = panelMarkup(id, noun)

  async function search () {
    const q = input.value.trim()
    const mine = ++request
    if (q.length === 0) {
      show([], '')
      return
    }
    status.textContent = 'Searching…'
    try {
      const response = await fetch(`${url}?q=${encodeURIComponent(q)}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      if (mine !== request) return
      if (!response.ok) {
        show([], response.status === 400 ? `Type fewer than 100 characters of the ${noun}'s name.` : 'The search did not work. Try again.')
        return
      }
      const { results } = await response.json()
      if (mine !== request) return
      show(results, results.length === 0
        ? `No ${noun}s match '${q}'.`
        : `${results.length} ${noun}${results.length === 1 ? '' : 's'} match '${q}'${results.length >= 20 ? '; type more of the name to narrow them' : ''}.`)
    } catch {
      if (mine === request) show([], 'The search did not work. Check your connection and try again.')
    }
  }

  function show (results, message) {
    status.textContent = message
    matches.replaceChildren(...results.map((match, i) => {
      const item = radio(`${id}-pick`, `${id}-pick-${i}`, match.key, match.name, describe[kind](match))
      item.querySelector('input').dataset.name = match.name
      return item
    }))
    fieldset.hidden = results.length === 0
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(search, 300)
  })
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    clearTimeout(timer)
    search()
  })
  button.addEventListener('click', () => {
    clearTimeout(timer)
    search()
  })

  return {
    element,
    input,
    errorTarget: input,
    reset () {
      input.value = ''
      request++
      show([], '')
    },
    selected () {
      const checked = matches.querySelector('input:checked')
      return checked ? { key: checked.value, name: checked.dataset.name } : null
    }
  }
}

// The panel's GOV.UK markup: a labelled search box and button, the status line, the matches as radios.
function panelMarkup (id, noun) {
  const input = h('input', { class: 'govuk-input govuk-!-width-two-thirds', id: `${id}-search`, type: 'search', autocomplete: 'off', 'aria-describedby': `${id}-search-hint`, 'aria-controls': `${id}-matches` })
  const button = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary app-link-dialog__search-button' }, 'Search', h('span', { class: 'govuk-visually-hidden', text: ` for a ${noun}` }))
  const status = h('p', { class: 'govuk-body-s app-link-dialog__status', role: 'status', id: `${id}-status` })
  const matches = h('div', { class: 'govuk-radios govuk-radios--small app-link-dialog__matches', id: `${id}-matches` })
  const fieldset = h('fieldset', { class: 'govuk-fieldset', hidden: true },
    h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s', text: `Choose a ${noun}` }), matches)
  const element = h('div', { class: 'govuk-form-group', 'data-field': `${id}-search` },
    h('label', { class: 'govuk-label', for: `${id}-search`, text: `Find a ${noun} by name` }),
    h('div', { class: 'govuk-hint', id: `${id}-search-hint`, text: `Type part of the ${noun}'s name.` }),
    h('div', { class: 'app-link-dialog__search' }, input, button),
    status, fieldset)
  return { input, button, status, matches, fieldset, element }
}

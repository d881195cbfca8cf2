// The search dashboard while an index is being rebuilt: asks the status endpoint every two seconds and fills in
// each index's health, progress, document count and last update, until no index is rebuilding. Without JavaScript
// the page offers a link to refresh it instead.
const interval = 2000

function fill (table, rows) {
  for (const row of rows) {
    const tr = table.querySelector(`tr[data-index="${CSS.escape(row.name)}"]`)
    if (!tr) continue
    tr.dataset.rebuilding = row.rebuilding ? 'true' : 'false'
    const health = tr.querySelector('[data-field="health"]')
    if (health) {
      health.textContent = row.health
      health.className = `govuk-tag ${row.tagClass}`
    }
    const progress = tr.querySelector('[data-field="progress"]')
    if (progress && progress.textContent !== row.progress) progress.textContent = row.progress
    const count = tr.querySelector('[data-field="count"]')
    if (count) count.textContent = row.documentCount.toLocaleString('en-GB')
    const updated = tr.querySelector('[data-field="updated"]')
    if (updated) updated.textContent = row.lastUpdated
    const bar = tr.querySelector('[data-field="percent"]')
    if (bar) {
      if (row.percent === null) bar.remove()
      else bar.value = row.percent
    }
  }
}

export function startSearchIndexes () {
  const table = document.querySelector('#search-indexes[data-status-url]')
  if (!table || !table.querySelector('tr[data-rebuilding="true"]')) return
  const refresh = document.getElementById('refresh')
  if (refresh) refresh.hidden = true

  const poll = async () => {
    try {
      const response = await fetch(table.dataset.statusUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      if (!response.ok) {
        if (refresh) refresh.hidden = false
        return
      }
      const rows = await response.json()
      fill(table, rows)
      if (rows.some(r => r.rebuilding)) window.setTimeout(poll, interval)
    } catch {
      if (refresh) refresh.hidden = false
    }
  }
  window.setTimeout(poll, interval)
}

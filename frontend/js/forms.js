// Forms placed on pages (issue 13): shows and hides fields and fieldsets as the person answers, by the same rules the
// server applies (Core/Forms/FormVisibility.cs). Only earlier feedback: the server decides again on every post, and a
// field it finds hidden is never checked or stored. The conditions come as JSON in data-form-condition attributes
// (answers from earlier steps in the form's data-form-answers), so no inline script is needed.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function parse (text) {
  try {
    return JSON.parse(text || 'null')
  } catch {
    return null
  }
}

function same (answer, value) {
  return answer.trim().toLowerCase() === value.trim().toLowerCase()
}

function number (text) {
  const cleaned = String(text).trim().replace(/,/g, '')
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : null
}

function date (text) {
  const match = DATE.exec(String(text).trim())
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const parsed = new Date(Date.UTC(year, month - 1, day))
  return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day ? parsed.getTime() : null
}

function compare (answers, value, read) {
  if (answers.length === 0) return null
  const target = read(value)
  const answer = read(answers[0])
  if (target === null || answer === null) return null
  return answer === target ? 0 : answer > target ? 1 : -1
}

/** One rule's comparison, as FormVisibility.Matches does it. */
export function matches (operator, answers, value) {
  const given = answers.filter((a) => a !== '')
  const lower = value.toLowerCase()
  switch (operator) {
    case 'Is': return given.length === 0 ? value.length === 0 : given.some((a) => same(a, value))
    case 'IsNot': return given.length === 0 ? value.length !== 0 : !given.some((a) => same(a, value))
    case 'Contains': return given.some((a) => a.toLowerCase().includes(lower))
    case 'NotContains': return !given.some((a) => a.toLowerCase().includes(lower))
    case 'GreaterThan': return compare(given, value, number) > 0
    case 'LessThan': { const c = compare(given, value, number); return c !== null && c < 0 }
    case 'After': return compare(given, value, date) > 0
    case 'Before': { const c = compare(given, value, date); return c !== null && c < 0 }
    default: return false
  }
}

function pad (text, length) {
  return text.trim().padStart(length, '0')
}

function setUp (form) {
  const known = parse(form.dataset.formAnswers) || {}
  const elements = [...form.querySelectorAll('[data-form-condition]')]
    .map((element) => ({ element, condition: parse(element.dataset.formCondition) }))
    .filter((item) => item.condition)
  if (elements.length === 0) return

  const hidden = (input) => input.closest('[hidden]') !== null

  function answers (name) {
    const inputs = [...form.elements].filter((e) => e.name === name)
    if (inputs.length > 0) {
      if (inputs.some(hidden)) return []
      return inputs
        .filter((i) => (i.type !== 'checkbox' && i.type !== 'radio') || i.checked)
        .map((i) => i.value.trim())
        .filter((v) => v !== '')
    }

    const day = form.elements.namedItem(name + '-day')
    if (day) {
      if (hidden(day)) return []
      const month = form.elements.namedItem(name + '-month').value
      const year = form.elements.namedItem(name + '-year').value
      return day.value + month + year === '' ? [] : [`${year.trim()}-${pad(month, 2)}-${pad(day.value, 2)}`]
    }

    return Array.isArray(known[name]) ? known[name] : []
  }

  function applies (condition) {
    const rules = condition.rules || []
    if (rules.length === 0) return true
    const test = (rule) => matches(rule.operator, answers(rule.field), rule.value || '')
    const matched = condition.logicType === 'All' ? rules.every(test) : rules.some(test)
    return condition.actionType === 'Show' ? matched : !matched
  }

  function update () {
    // Twice, so a field hidden by the first pass counts as empty for the rules that depend on it.
    for (let pass = 0; pass < 2; pass++) {
      for (const { element, condition } of elements) {
        element.hidden = !applies(condition)
      }
    }
  }

  form.addEventListener('input', update)
  form.addEventListener('change', update)
  update()
}

for (const form of document.querySelectorAll('form.app-form')) {
  setUp(form)
}

import { expect, type Page } from '@playwright/test'
import type {
  AssessmentSection,
  AssessmentSections,
} from '../../../src/shared/model/assessment/assessment'
import { assessmentSteps, stepLabels } from '../../../src/shared/model/assessment/steps'

/**
 * Records assessment sections through the UI with the keyboard only, the way a clinician
 * tabbing through the form would: radios are chosen with Space, numbers and text are typed,
 * tick boxes toggled with Space. Each value is found by its field id, which is its path in the
 * assessment (e.g. `history.pain.now`, or `history.nightPain--positional` for one answer).
 * Fields that appear only once an earlier answer is given (e.g. snap details) are retried.
 */

type Leaf = { path: string; value: unknown }

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`)

function leaves(value: unknown, path: string, out: Leaf[]): Leaf[] {
  if (Array.isArray(value) || value === null || typeof value !== 'object') {
    out.push({ path, value })
    return out
  }
  const record = value as Record<string, unknown>
  // Answers that reveal further fields go first.
  const keys = Object.keys(record).sort(
    (a, b) => Number(b === 'status' || b === 'result') - Number(a === 'status' || a === 'result'),
  )
  for (const key of keys) {
    const child = record[key]
    const childPath = `${path}.${key}`
    if (child === undefined) continue
    if (key === 'duration' && child && typeof child === 'object') {
      out.push({ path: childPath, value: child })
      continue
    }
    leaves(child, childPath, out)
  }
  return out
}

async function pressOn(page: Page, id: string, key = 'Space') {
  const element = byId(page, id)
  await element.focus()
  await page.keyboard.press(key)
}

async function typeInto(page: Page, id: string, text: string) {
  const element = byId(page, id)
  await element.focus()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('Delete')
  if (text !== '') await page.keyboard.type(text)
}

interface Probe {
  tag?: string
  type?: string | null
  checked?: boolean
  pressed?: string | null
}

/** What is on screen under each id, in one round trip to the page. */
function probe(page: Page, ids: string[]): Promise<Record<string, Probe | null>> {
  return page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((id) => {
          const el = document.getElementById(id)
          if (!el) return [id, null]
          return [
            id,
            {
              tag: el.tagName,
              type: el.getAttribute('type'),
              checked: (el as HTMLInputElement).checked,
              pressed: el.getAttribute('aria-pressed'),
            },
          ]
        }),
      ),
    ids,
  )
}

const isNumberList = (value: unknown[]) =>
  value.length > 0 && value.every((v) => v === null || typeof v === 'number')

/** Sets one value; returns false when its field is not on screen (yet). */
async function setLeaf(page: Page, { path, value }: Leaf): Promise<boolean> {
  if (path.endsWith('.painAreas')) {
    for (const area of value as { region: string; side: string }[]) {
      await pressOn(page, `${path}-${area.region}-${area.side}`)
    }
    return true
  }
  if (path.endsWith('.duration')) {
    const d = value as { value: number; unit: string }
    // A duration may belong to details that appear only after an answer (weight loss).
    if (!(await probe(page, [`${path}.unit`]))[`${path}.unit`]) return false
    await byId(page, `${path}.unit`).selectOption(d.unit)
    await typeInto(page, `${path}.value`, String(d.value))
    return true
  }
  const base = path.replace(/\.(present|status)$/, '')
  const seen = await probe(page, [
    path,
    `${path}--${String(value)}`,
    `${base}--none`,
    `${base}--not-assessed`,
    `${path}.0--0`,
    `${path}.0`,
  ])
  if (Array.isArray(value)) {
    if (isNumberList(value) && seen[`${path}.0--0`]) {
      for (const [i, v] of value.entries())
        if (v !== null) await pressOn(page, `${path}.${i}--${v}`)
      return true
    }
    if (isNumberList(value)) {
      if (!seen[`${path}.0`]) return false
      for (const [i, v] of value.entries())
        if (v !== null) await typeInto(page, `${path}.${i}`, String(v))
      return true
    }
    // A tick list: `present` of a checklist, or a plain list such as surfaces.
    if (value.length === 0) {
      const none = seen[`${base}--none`]
      if (!none) return false
      if (none.pressed !== 'true') await pressOn(page, `${base}--none`)
      return true
    }
    const boxes = await probe(
      page,
      (value as string[]).map((item) => `${base}--${item}`),
    )
    if (Object.values(boxes).some((b) => b === null)) return false
    for (const item of value as string[])
      if (!boxes[`${base}--${item}`]?.checked) await pressOn(page, `${base}--${item}`)
    return true
  }
  if (path.endsWith('.status') && !seen[`${path}--${String(value)}`]) {
    // A checklist's status is set by its boxes or by its "None of these" / "Not asked" buttons.
    if (value === 'not-assessed' && seen[`${base}--not-assessed`]) {
      await pressOn(page, `${base}--not-assessed`)
      return true
    }
    return value === 'recorded' && !!seen[`${base}--none`]
  }
  if (typeof value === 'string' || typeof value === 'number') {
    const option = seen[`${path}--${value}`]
    if (option) {
      if (option.pressed !== 'true' && !(option.type === 'radio' && option.checked))
        await pressOn(page, `${path}--${value}`)
      return true
    }
    const field = seen[path]
    if (!field) return false
    if (field.tag === 'SELECT') {
      await byId(page, path).focus()
      await byId(page, path).selectOption(String(value))
    } else if (field.type === 'date') {
      await byId(page, path).fill(String(value))
    } else {
      await typeInto(page, path, String(value))
    }
    return true
  }
  if (typeof value === 'boolean') {
    const box = seen[path]
    if (!box) return false
    if (box.checked !== value) await pressOn(page, path)
    return true
  }
  throw new Error(`No way to enter ${path} = ${JSON.stringify(value)}`)
}

export async function goToStep(page: Page, step: (typeof assessmentSteps)[number]) {
  await page.keyboard.press(`Alt+${assessmentSteps.indexOf(step) + 1}`)
  const stepper = page.getByRole('navigation', { name: 'Assessment steps' })
  await expect(stepper.getByRole('link', { name: new RegExp(stepLabels[step]) })).toHaveAttribute(
    'aria-current',
    'step',
  )
}

/**
 * Opens every folded part of the step (optional sections start folded when empty), as a
 * clinician recording everything would: one click each.
 */
export async function unfoldAll(page: Page) {
  await page
    .locator('button[data-expand-section][aria-expanded="false"]')
    .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()))
  await expect(page.locator('button[data-expand-section][aria-expanded="false"]')).toHaveCount(0)
}

/** Enters one section's values on its step. */
export async function recordSection(page: Page, section: AssessmentSection, values: unknown) {
  await goToStep(page, section)
  await unfoldAll(page)
  let pending = leaves(values, section, [])
  for (let pass = 0; pass < 3 && pending.length > 0; pass++) {
    const next: Leaf[] = []
    for (const leaf of pending) if (!(await setLeaf(page, leaf))) next.push(leaf)
    pending = next
  }
  if (pending.length > 0)
    throw new Error(`Could not find fields for: ${pending.map((l) => l.path).join(', ')}`)
}

export async function recordAssessment(page: Page, sections: AssessmentSections) {
  for (const section of ['history', 'outcomes', 'exam', 'running'] as const) {
    await recordSection(page, section, sections[section])
  }
}

/** Waits until the autosave indicator says everything is in the database. */
export async function expectSaved(page: Page) {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved')
}

/**
 * Checks that every value of a section is shown by its control (radio checked, box ticked,
 * number or text in its box). Returns the paths whose control is missing or shows otherwise.
 */
export async function unshownValues(
  page: Page,
  section: AssessmentSection,
  values: unknown,
): Promise<string[]> {
  await goToStep(page, section)
  return page.evaluate(
    (list) => {
      const byId = (id: string) => document.getElementById(id) as HTMLInputElement | null
      const shows = ({ path, value }: { path: string; value: unknown }): boolean => {
        if (path.endsWith('.painAreas')) {
          return (value as { region: string; side: string }[]).every(
            (a) => byId(`${path}-${a.region}-${a.side}`)?.checked,
          )
        }
        if (path.endsWith('.duration')) {
          const d = value as { value: number; unit: string }
          return (
            byId(`${path}.value`)?.value === String(d.value) &&
            byId(`${path}.unit`)?.value === d.unit
          )
        }
        if (Array.isArray(value)) {
          const base = path.replace(/\.present$/, '')
          if (value.length === 0)
            return byId(`${base}--none`)?.getAttribute('aria-pressed') === 'true'
          return value.every((v, i) => {
            if (v === null) return true
            if (typeof v === 'number')
              return (
                byId(`${path}.${i}--${v}`)?.checked || byId(`${path}.${i}`)?.value === String(v)
              )
            return byId(`${base}--${v}`)?.checked
          })
        }
        if (path.endsWith('.status') && !byId(`${path}--${String(value)}`)) {
          const base = path.replace(/\.status$/, '')
          if (value === 'not-assessed')
            return byId(`${base}--not-assessed`)?.getAttribute('aria-pressed') === 'true'
          return byId(`${base}--none`) !== null
        }
        const option = byId(`${path}--${String(value)}`)
        if (option) return option.checked || option.getAttribute('aria-pressed') === 'true'
        const field = byId(path)
        if (!field) return false
        if (typeof value === 'boolean') return field.checked === value
        return field.value === String(value)
      }
      return list.filter((leaf) => !shows(leaf)).map((leaf) => leaf.path)
    },
    leaves(values, section, []),
  )
}

/** Building blocks shared by the sections: values, field tables, titled blocks and sections. */

import { NOT_ASSESSED } from '../../../shared/model/assessment/recordedValues'
import { html, multiline, type SafeHtml } from '../html'

// Values: recorded, "not assessed" or "not recorded".

export const notRecorded = () => html`<span class="nr">not recorded</span>`
export const notAssessed = () => html`<span class="na">not assessed</span>`

type Value = SafeHtml | undefined

export function yesNo(v: string | undefined): Value {
  if (v === undefined) return undefined
  if (v === 'yes') return html`<span class="yes">Yes</span>`
  if (v === 'no') return html`No`
  return notAssessed()
}

/** A recorded item: nothing when absent, "not assessed" when skipped, else `show` of its value. */
export function recorded<T>(
  v: T | typeof NOT_ASSESSED | undefined,
  show: (value: T) => SafeHtml,
): Value {
  if (v === undefined) return undefined
  if (v === NOT_ASSESSED) return notAssessed()
  return show(v as T)
}

export const choice = <T extends string>(
  v: T | typeof NOT_ASSESSED | undefined,
  labels: Record<T, string>,
): Value => recorded(v, (x) => html`${labels[x] ?? x}`)

export const measured = (v: number | typeof NOT_ASSESSED | undefined, unit: string): Value =>
  recorded(v, (x) => html`${x}${unit}`)

/** A table cell: the value, else "not recorded" where the item is required, else a dash. */
export const cell = (value: Value, required: boolean): SafeHtml =>
  value ?? (required ? notRecorded() : dash())

export const dash = () => html`<span class="muted">–</span>`

export function text(v: string | undefined): Value {
  return v && v.trim() ? multiline(v.trim()) : undefined
}

interface Field {
  label: string
  value: SafeHtml
}

/** A field: a missing required item says "not recorded"; a missing optional one is left out. */
export function field(label: string, value: Value, required: boolean): Field | undefined {
  if (value !== undefined) return { label, value }
  return required ? { label, value: notRecorded() } : undefined
}

/** Short answers (yes / no) two to a row, to keep long question lists compact. */
export function pairsTable(rows: (Field | undefined)[]): SafeHtml | undefined {
  const shown = rows.filter((r): r is Field => r !== undefined)
  if (shown.length === 0) return undefined
  const lines: Field[][] = []
  for (let i = 0; i < shown.length; i += 2) lines.push(shown.slice(i, i + 2))
  return html`<table class="pairs">
    <tbody>
      ${lines.map(
        (line) =>
          html`<tr>
            ${line.map(
              (r) =>
                html`<td>${r.label}</td>
                  <td>${r.value}</td>`,
            )}
            ${
              line.length === 1 &&
              html`<td></td>
                <td></td>`
            }
          </tr>`,
      )}
    </tbody>
  </table>`
}

export function fieldsTable(rows: (Field | undefined)[], wide = false): SafeHtml | undefined {
  const shown = rows.filter((r): r is Field => r !== undefined)
  if (shown.length === 0) return undefined
  return html`<table class="fields${wide ? ' wide' : ''}">
    <tbody>
      ${shown.map(
        (r) =>
          html`<tr>
            <td>${r.label}</td>
            <td>${r.value}</td>
          </tr>`,
      )}
    </tbody>
  </table>`
}

/** A titled block; nothing at all (no heading) when it has no content. */
export function block(title: string, ...content: (SafeHtml | undefined)[]): SafeHtml | undefined {
  const parts = content.filter((c): c is SafeHtml => c !== undefined)
  if (parts.length === 0) return undefined
  return html`<div class="block">
    <h3>${title}</h3>
    ${parts}
  </div>`
}

export function section(title: string, ...content: (SafeHtml | undefined)[]): SafeHtml | undefined {
  const parts = content.filter((c): c is SafeHtml => c !== undefined)
  if (parts.length === 0) return undefined
  return html`<section>
    <h2>${title}</h2>
    ${parts}
  </section>`
}

export function bulletList(items: readonly string[]): SafeHtml | undefined {
  if (items.length === 0) return undefined
  return html`<ul>
    ${items.map((i) => html`<li>${i}</li>`)}
  </ul>`
}

/**
 * A record as its shared document holds it: one key per field, named by its path
 * (`history.general.goals`), instead of nested objects.
 *
 * Why: Automerge keeps two laptops' edits apart per key. Nested, the first value typed into an
 * empty section creates that section's object; two laptops filling different fields of one empty
 * section offline would each create the object, and only one object would show (the other kept
 * as a conflict of whole sections). Flat, every field is its own key from the start: different
 * fields always merge, and the same field edited twice is a conflict of exactly that field.
 * Lists are one field each (their items are not matched up across laptops).
 */

type Plain = Record<string, unknown>

const isMap = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v)

export function flattenRecord(record: Plain, prefix = '', out: Plain = {}): Plain {
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue
    const path = prefix ? `${prefix}.${key}` : key
    // An empty object stays a field of its own, so the record reads back exactly.
    if (isMap(value) && Object.keys(value).length > 0) flattenRecord(value, path, out)
    else out[path] = value
  }
  return out
}

export function unflattenRecord(flat: Plain): Plain {
  const record: Plain = {}
  for (const path of Object.keys(flat).sort()) {
    const keys = path.split('.')
    let node = record
    for (const key of keys.slice(0, -1)) {
      if (!isMap(node[key])) node[key] = {}
      node = node[key] as Plain
    }
    node[keys.at(-1)!] = flat[path]
  }
  return record
}

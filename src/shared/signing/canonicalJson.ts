/**
 * The one text a record is hashed as: JSON with every object's keys sorted (JavaScript's default
 * order, by UTF-16 code unit), no white space, and keys whose value is `undefined` left out (as
 * JSON.stringify leaves them out). A record stored, exported and read back as JSON, by this app
 * or another program, gives the same text whatever order its keys were written in, so its
 * SHA-256 can be recomputed anywhere.
 *
 * Numbers are written as JavaScript writes them (JSON.stringify), which a JSON round trip keeps;
 * a number that is not finite has no JSON form and is refused rather than hashed as `null`.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('A number to sign must be finite')
      return JSON.stringify(value)
    case 'object': {
      if (Array.isArray(value)) {
        // As in JSON, an undefined item of an array is written as null.
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`
      }
      const record = value as Record<string, unknown>
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
      return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`
    }
    default:
      throw new TypeError(`A ${typeof value} cannot be signed`)
  }
}

/** SHA-256 of UTF-8 text, as 64 lower-case hex digits: main passes node:crypto's. */
export type Sha256 = (text: string) => string

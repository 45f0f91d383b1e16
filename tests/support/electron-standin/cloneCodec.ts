/**
 * Carries structured-clonable values across Playwright's page binding, which on its own turns
 * a Map or Set into `{}`, drops `undefined` in arrays and loses -0, NaN and typed arrays. Values
 * are encoded to a JSON string on one side and decoded on the other, keeping what Electron's
 * IPC (the structured clone algorithm) keeps: undefined, NaN, ±Infinity, -0, BigInt, Date,
 * RegExp, Map, Set, ArrayBuffer and typed arrays, Error (name and message), and shared or
 * cyclic references.
 *
 * The page gets this function's source text (`createCloneCodec.toString()`), so it must stay
 * self-contained: no imports, no references outside its own body.
 */
export function createCloneCodec() {
  type Encoded = null | boolean | number | string | { $: string; [key: string]: unknown }
  const typedArrays: Record<string, new (buffer: ArrayBuffer) => ArrayBufferView> = {
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
  }
  const toBase64 = (bytes: Uint8Array) => {
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(binary)
  }
  const fromBase64 = (text: string) => {
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  }

  function encode(root: unknown): string {
    const seen = new Map<object, number>()
    const walk = (value: unknown): Encoded => {
      if (value === undefined) return { $: 'undefined' }
      if (value === null || typeof value === 'boolean' || typeof value === 'string') return value
      if (typeof value === 'number') {
        if (Number.isNaN(value)) return { $: 'number', v: 'NaN' }
        if (value === Infinity || value === -Infinity) return { $: 'number', v: String(value) }
        if (Object.is(value, -0)) return { $: 'number', v: '-0' }
        return value
      }
      if (typeof value === 'bigint') return { $: 'bigint', v: value.toString() }
      if (typeof value !== 'object') throw new TypeError(`${typeof value} could not be cloned.`)
      const known = seen.get(value)
      if (known !== undefined) return { $: 'ref', id: known }
      const id = seen.size
      seen.set(value, id)
      if (value instanceof Date) return { $: 'Date', id, v: value.getTime() }
      if (value instanceof RegExp)
        return { $: 'RegExp', id, source: value.source, flags: value.flags }
      if (value instanceof Error)
        return { $: 'Error', id, name: value.name, message: value.message }
      if (value instanceof ArrayBuffer)
        return { $: 'ArrayBuffer', id, v: toBase64(new Uint8Array(value)) }
      if (ArrayBuffer.isView(value)) {
        const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
        return { $: 'view', id, type: value.constructor.name, v: toBase64(bytes.slice()) }
      }
      if (value instanceof Map)
        return { $: 'Map', id, v: [...value].map(([k, v]) => [walk(k), walk(v)]) }
      if (value instanceof Set) return { $: 'Set', id, v: [...value].map(walk) }
      if (Array.isArray(value)) return { $: 'Array', id, v: value.map(walk) }
      return {
        $: 'Object',
        id,
        v: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)])),
      }
    }
    return JSON.stringify(walk(root))
  }

  function decode(text: string): unknown {
    const made = new Map<number, unknown>()
    const walk = (value: Encoded): unknown => {
      if (value === null || typeof value !== 'object') return value
      const id = value.id as number
      const keep = <T>(object: T): T => {
        made.set(id, object)
        return object
      }
      switch (value.$) {
        case 'undefined':
          return undefined
        case 'number':
          return Number(value.v)
        case 'bigint':
          return BigInt(value.v as string)
        case 'ref':
          return made.get(id)
        case 'Date':
          return keep(new Date(value.v as number))
        case 'RegExp':
          return keep(new RegExp(value.source as string, value.flags as string))
        case 'Error': {
          const error = keep(new Error(value.message as string))
          error.name = value.name as string
          return error
        }
        case 'ArrayBuffer':
          return keep(fromBase64(value.v as string).buffer)
        case 'view': {
          const Type = typedArrays[value.type as string]
          const bytes = fromBase64(value.v as string)
          return keep(Type ? new Type(bytes.buffer) : new DataView(bytes.buffer))
        }
        case 'Map': {
          const map = keep(new Map())
          for (const [k, v] of value.v as [Encoded, Encoded][]) map.set(walk(k), walk(v))
          return map
        }
        case 'Set': {
          const set = keep(new Set())
          for (const v of value.v as Encoded[]) set.add(walk(v))
          return set
        }
        case 'Array': {
          const array = keep([] as unknown[])
          for (const v of value.v as Encoded[]) array.push(walk(v))
          return array
        }
        case 'Object': {
          const object = keep({} as Record<string, unknown>)
          for (const [k, v] of Object.entries(value.v as Record<string, Encoded>))
            object[k] = walk(v)
          return object
        }
        default:
          throw new TypeError(`Unknown encoded value '${value.$}'`)
      }
    }
    return walk(JSON.parse(text) as Encoded)
  }

  return { encode, decode }
}

/**
 * How a field of a record is named on the conflicts screen: its path in the record, in words
 * ("history.pain.worst" → "History › pain › worst"), and a value as the clinician reads it.
 */
export function fieldLabel(path: string): string {
  const words = path
    .split('.')
    .map((part) =>
      /^\d+$/.test(part)
        ? `item ${Number(part) + 1}`
        : part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase(),
    )
  const [first = '', ...rest] = words
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' › ')
}

export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return JSON.stringify(value)
}

import { measuresOf } from '../clinical/measures'
import type { Assessment } from '../model/assessment/assessment'
import { ageInYears } from '../model/calendarDate'
import type { Patient } from '../model/patient'

/**
 * The measures of every visit as one CSV table, for audit and research: one row per measure per
 * visit, sorted by patient id, visit date (then assessment id, for two visits on one day) and
 * measure id.
 *
 * Pseudonymised: the table holds no name, date of birth (only the age at the visit), phone,
 * email, address or free-text notes. The patient id and the clinic's record number are the
 * keys back to the patient; whoever receives the file outside the clinic should get it without
 * the record number. Visit dates stay, as the time course is the point of the table.
 *
 * RFC 4180: comma separated, CRLF line ends (the last line too), a field quoted when it holds a
 * comma, a quote, CR or LF, with quotes doubled. Text is UTF-8 (units such as "°"). To keep a
 * spreadsheet from running a cell as a formula, a text field starting with = + - @ (or a tab or
 * CR) gets a leading apostrophe; numbers are written as they are.
 */
export const measuresCsvHeader = [
  'patient_id',
  'record_number',
  'age_at_visit',
  'sex',
  'assessment_id',
  'assessment_date',
  'assessment_type',
  'assessment_status',
  'measure_id',
  'measure',
  'side',
  'value',
  'unit',
] as const

type Cell = string | number | undefined

export function toMeasuresCsv(records: { patient: Patient; assessments: Assessment[] }[]): string {
  const rows: { key: string[]; cells: Cell[] }[] = []
  for (const { patient, assessments } of records) {
    for (const a of assessments) {
      const age = ageInYears(patient.dateOfBirth, a.date)
      for (const m of measuresOf(a)) {
        rows.push({
          key: [patient.id, a.date, a.id, m.id],
          cells: [
            patient.id,
            patient.recordNumber,
            age,
            patient.sex,
            a.id,
            a.date,
            a.type,
            a.status,
            m.id,
            m.label,
            m.side,
            m.value,
            m.unit,
          ],
        })
      }
    }
  }
  rows.sort((x, y) => compareKeys(x.key, y.key))
  const lines = [measuresCsvHeader as readonly Cell[], ...rows.map((r) => r.cells)]
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n'
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/** One field: numbers as they are; text guarded against formula injection, then quoted if needed. */
export function csvField(value: Cell): string {
  if (value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

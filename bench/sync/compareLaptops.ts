import type { Random } from '../clinic/prng'
import type { Child } from './childProcess'

export interface Comparison {
  allEqual: boolean
  /** Rows per table on A and on B. */
  counts: { table: string; a: number; b: number }[]
  /** Records compared whole (stored document, status, signature), and how many differed. */
  sampled: number
  sampleDifferences: number
  /** B's copy of A's audit trail is as long as A's own trail. */
  auditCopy: { a: number; b: number }
  summary: string
}

const COUNTS: { table: string; sql: string }[] = [
  { table: 'patients', sql: 'SELECT count(*) AS n FROM patients' },
  {
    table: 'signed assessments',
    sql: `SELECT count(*) AS n FROM assessments WHERE status = 'finalised'`,
  },
  {
    table: 'draft assessments',
    sql: `SELECT count(*) AS n FROM assessments WHERE status = 'draft'`,
  },
  { table: 'addenda', sql: 'SELECT count(*) AS n FROM addenda' },
  { table: 'clinicians', sql: 'SELECT count(*) AS n FROM clinicians' },
]

const count = async (laptop: Child, sql: string, params: unknown[] = []) =>
  (await laptop.call<{ n: number }[]>('query', { sql, params }))[0]!.n

/**
 * Does B hold every record A has? Row counts of every shared table, then a sample of records
 * compared as stored (patients' documents; assessments' documents, status and signature;
 * addenda), drafts compared without their revision (each laptop's own save counter).
 */
export async function compareLaptops(a: Child, b: Child, random: Random): Promise<Comparison> {
  const counts = []
  for (const { table, sql } of COUNTS)
    counts.push({ table, a: await count(a, sql), b: await count(b, sql) })
  const laptopA = (await a.call<{ laptop?: { id: string } }>('status')).laptop!.id
  const auditCopy = {
    a: await count(a, 'SELECT count(*) AS n FROM audit_log'),
    b: await count(b, 'SELECT count(*) AS n FROM audit_remote WHERE origin = ?', [laptopA]),
  }
  const ids = async (sql: string) =>
    (await a.call<{ id: string }[]>('query', { sql })).map((r) => r.id)
  const patientIds = await ids('SELECT id FROM patients ORDER BY id')
  const assessmentIds = await ids('SELECT id FROM assessments ORDER BY id')
  const addendumIds = await ids('SELECT id FROM addenda ORDER BY id')
  const pick = (all: string[], n: number) =>
    Array.from({ length: Math.min(n, all.length) }, () => random.pick(all))
  const checks: { sql: string; id: string }[] = [
    ...pick(patientIds, 50).map((id) => ({
      sql: 'SELECT document, deleted_at, archived_at FROM patients WHERE id = ?',
      id,
    })),
    ...pick(assessmentIds, 100).map((id) => ({
      sql: `SELECT patient_id, status, signature, signed_at, review_date, working_diagnosis,
        CASE status WHEN 'draft' THEN json_remove(document, '$.revision') ELSE document END AS d
        FROM assessments WHERE id = ?`,
      id,
    })),
    ...pick(addendumIds, 20).map((id) => ({
      sql: 'SELECT assessment_id, position, at, text, sha256 FROM addenda WHERE id = ?',
      id,
    })),
  ]
  let sampleDifferences = 0
  for (const { sql, id } of checks) {
    const [rowA, rowB] = await Promise.all([
      a.call('query', { sql, params: [id] }),
      b.call('query', { sql, params: [id] }),
    ])
    if (JSON.stringify(rowA) !== JSON.stringify(rowB) || (rowA as unknown[]).length !== 1)
      sampleDifferences++
  }
  // B has A's clinicians plus none of its own (it was empty).
  const allEqual =
    counts.every((c) => c.a === c.b) && sampleDifferences === 0 && auditCopy.a === auditCopy.b
  const summary = [
    ...counts.map((c) => `${c.table} ${c.b}/${c.a}`),
    `audit entries ${auditCopy.b}/${auditCopy.a}`,
    `${checks.length - sampleDifferences}/${checks.length} sampled records equal`,
  ].join(', ')
  return {
    allEqual,
    counts,
    sampled: checks.length,
    sampleDifferences,
    auditCopy,
    summary,
  }
}

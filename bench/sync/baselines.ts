import { AssessmentRepository } from '../../src/main/db/assessmentRepository'
import { toAddendum, type AddendumRow } from '../../src/main/db/addendumRow'
import { openDatabase } from '../../src/main/db/connection'
import type { DatabaseKey } from '../../src/main/db/databaseKey'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { HubClient, joinHub, parseAddress } from '../../src/main/sync/hubClient'

/**
 * What receiving a clinic is compared with, measured in the same run:
 *
 * - the raw pull: the same pages of the hub's documents fetched as a joining laptop fetches them
 *   (HTTPS, pinned certificate, pages of 200), but neither merged nor written anywhere: the
 *   hub's and the network's share of a join;
 * - the import path: the same patients and assessments (with their addenda) written into an
 *   empty clinic by the repositories' import (the export file's path: validation, rows, indexes,
 *   search keys, caseload columns), in transactions of 200 like a page: the tables' share.
 */
export async function rawPullBaseline(address: string, code: string) {
  const hub = parseAddress(address)
  const joined = await joinHub(hub, code, 'Raw pull')
  const client = new HubClient(hub, joined.fingerprint, `${joined.laptopId}.${joined.token}`)
  const started = performance.now()
  let after = 0
  let docs = 0
  let bytes = 0
  try {
    for (;;) {
      const page = await client.pull(after, 200)
      docs += page.docs.length
      for (const d of page.docs) bytes += (d.bytes.length * 3) / 4
      after = page.last
      if (page.docs.length === 0 || page.remaining === 0) break
    }
  } finally {
    client.close()
  }
  const seconds = (performance.now() - started) / 1000
  return {
    seconds,
    docs,
    megabytes: Math.round(bytes / 1024 / 1024),
    docsPerSecond: docs / seconds,
  }
}

export function importBaseline(from: string, key: DatabaseKey, to: string) {
  const source = openDatabase(from, key)
  let patients: string[]
  let assessments: { id: string; status: string; document: string }[]
  const addenda = new Map<string, AddendumRow[]>()
  try {
    patients = source
      .prepare('SELECT document FROM patients ORDER BY rowid')
      .pluck()
      .all() as string[]
    assessments = source
      .prepare('SELECT id, status, document FROM assessments ORDER BY rowid')
      .all() as typeof assessments
    for (const row of source
      .prepare('SELECT * FROM addenda ORDER BY assessment_id, position')
      .all() as AddendumRow[])
      addenda.set(row.assessment_id, [...(addenda.get(row.assessment_id) ?? []), row])
  } finally {
    source.close()
  }
  const db = openDatabase(to, { kind: 'raw', hex: 'ab'.repeat(32) })
  try {
    const patientRepository = new PatientRepository(db)
    const assessmentRepository = new AssessmentRepository(db, patientRepository)
    const started = performance.now()
    const inPages = <T>(items: T[], write: (item: T) => void) => {
      for (let i = 0; i < items.length; i += 200)
        db.transaction(() => items.slice(i, i + 200).forEach(write))()
    }
    inPages(patients, (document) => patientRepository.importRecord(JSON.parse(document)))
    inPages(assessments, (row) => {
      const document = JSON.parse(row.document) as Record<string, unknown>
      assessmentRepository.importRecord(
        { ...document, addenda: (addenda.get(row.id) ?? []).map(toAddendum) } as never,
        row.status === 'finalised' ? document : undefined,
      )
    })
    const seconds = (performance.now() - started) / 1000
    const records = patients.length + assessments.length
    return { seconds, records, recordsPerSecond: records / seconds }
  } finally {
    db.close()
  }
}

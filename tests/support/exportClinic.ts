import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { repositories } from './assessments'
import { loadVignette, vignetteIds } from './vignettes'

/**
 * A clinic to export: `count` patients, each with a vignette's assessment on two visits (an
 * initial and a follow-up), written as an import writes them.
 */
export function seedExportClinic(db: Database, count: number) {
  const repos = repositories(db)
  const vignettes = vignetteIds().map(loadVignette)
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const v = vignettes[i % vignettes.length]!
      const patientId = randomUUID()
      repos.patients.importRecord({
        ...v.patient,
        id: patientId,
        givenName: `Runner${i}`,
        recordNumber: `RH-${i}`,
      })
      for (const [visit, date] of ['2026-09-01', '2026-10-01'].entries()) {
        repos.assessments.importRecord({
          ...v.assessment,
          id: randomUUID(),
          patientId,
          date,
          type: visit === 0 ? 'initial' : 'follow-up',
        })
      }
    }
  })()
  return repos
}

import { randomUUID } from 'node:crypto'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { bench, describe } from 'vitest'
import { runExport } from '../src/main/transfer/exportJob'
import { repositories } from '../tests/support/assessments'
import { tempDatabase, tempFolder } from '../tests/support/tempDatabase'
import { loadVignette, vignetteIds } from '../tests/support/vignettes'

// Export time for a clinic of 1,000 patients with three assessments each (one per vignette in
// turn), through the same job code the app runs. Run with `npm run bench`.
const PATIENTS = 1000
const store = tempDatabase()
const folder = tempFolder()
const repos = repositories(store.db)
const vignettes = vignetteIds().map(loadVignette)
store.db.transaction(() => {
  for (let i = 0; i < PATIENTS; i++) {
    const v = vignettes[i % vignettes.length]!
    const patientId = randomUUID()
    repos.patients.importRecord({
      ...v.patient,
      id: patientId,
      givenName: `Runner${i}`,
      recordNumber: `RH-${i}`,
    })
    for (const [visit, date] of ['2026-09-01', '2026-10-01', '2026-11-01'].entries()) {
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
const noop = {
  progress: () => {},
  checkpoint: () => new Promise<void>((resolve) => setImmediate(resolve)),
  signal: new AbortController().signal,
}

describe(`export of ${PATIENTS} patients × 3 assessments`, () => {
  for (const format of ['json', 'csv', 'fhir'] as const) {
    bench(
      format,
      async () => {
        // The whole clinic: FHIR is Bulk Data, its manifest at `path`, the NDJSON files beside it.
        const path = join(folder.dir, `clinic-${format}.${format === 'csv' ? 'csv' : 'json'}`)
        await runExport(store.db, { format, path, exportedAt: new Date().toISOString() }, noop)
        if (statSync(path).size === 0) throw new Error('empty export')
      },
      { iterations: 3, time: 0, warmupIterations: 1 },
    )
  }
})

import { writeSync } from 'node:fs'
import { openDatabase } from '../../../src/main/db/connection'
import { handlersAsClinician } from '../clinicians'
import type { Result } from '../../../src/shared/api/result'
import { completeSections } from '../assessments'
import { loadVignette, sectionsOf, vignettePatientFields } from '../vignettes'
import type { Ack } from './acks'

/**
 * The crash test's child (crashTest.ts): the app's own handler table on an encrypted database,
 * writing as a clinician would — new patients, autosaves with their write-ahead copies, a
 * decision, finalising, addenda — as fast as it can, until it is killed. Each write is
 * acknowledged on stdout (one JSON line, written synchronously) only once its handler has
 * answered ok: the parent then expects to find it after the kill.
 *
 * Run as `node --import tsx crashWriter.ts <database file>`, with the key's hex in
 * RUNNERS_HIP_CRASH_KEY.
 */

const ack = (entry: Ack) => writeSync(1, `${JSON.stringify(entry)}\n`)

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

async function write(file: string, hex: string) {
  const db = openDatabase(file, { kind: 'raw', hex })
  // Signs and writes as the clinic's first clinician, as a signed-in clinician would.
  const handlers = handlersAsClinician(db, { report: () => {} })
  const vignette = loadVignette('V01')
  const { date } = vignette.assessment
  const sections = sectionsOf(vignette.assessment)
  ack({ kind: 'ready' })
  for (let n = 0; ; n++) {
    const patient = valueOf(
      await handlers.createPatient({
        ...vignettePatientFields(vignette),
        givenName: `Runner ${n}`,
        recordNumber: `C-${process.pid}-${n}`,
      }),
    )
    ack({ kind: 'patient', id: patient.id })
    const { id } = valueOf(
      await handlers.createAssessment({ patientId: patient.id, type: 'initial', date }),
    )
    ack({ kind: 'revision', id, revision: 0 })
    // Autosaves, each after its write-ahead copy; the pain score says which revision it is.
    for (let revision = 1; revision <= 4; revision++) {
      const history = { ...sections.history, pain: { now: revision } }
      valueOf(
        await handlers.keepDraftCopy({
          id,
          revision,
          date,
          sections: { ...sections, history },
        }),
      )
      ack({ kind: 'copy', id, revision })
      valueOf(await handlers.saveAssessmentDraft({ id, revision, date, ...sections, history }))
      ack({ kind: 'revision', id, revision, painNow: revision })
    }
    valueOf(
      await handlers.saveAssessmentDraft({ id, revision: 5, date, ...completeSections(sections) }),
    )
    ack({ kind: 'revision', id, revision: 5 })
    valueOf(
      await handlers.confirmWorkingDiagnosis({
        id,
        confirmed: [{ freeText: 'Lateral hip pain, cause to be confirmed' }],
        reason: 'Crash test',
        plan: 'proposal',
      }),
    )
    ack({ kind: 'decided', id })
    valueOf(await handlers.finaliseAssessment({ id }))
    ack({ kind: 'finalised', id })
    for (let addenda = 1; addenda <= 2; addenda++) {
      valueOf(await handlers.addAssessmentAddendum({ id, text: `Addendum ${addenda}` }))
      ack({ kind: 'addenda', id, count: addenda })
    }
  }
}

const [file] = process.argv.slice(2)
const hex = process.env.RUNNERS_HIP_CRASH_KEY
if (!file || !hex) throw new Error('usage: crashWriter.ts <database file> (key in the environment)')
write(file, hex).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(3)
})

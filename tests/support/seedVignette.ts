import type { Database } from 'better-sqlite3'
import { handlersAsClinician } from './clinicians'
import type { Result } from '../../src/shared/api/result'
import type { ConditionId } from '../../src/shared/clinical/conditions/conditionIds'
import type { AssessmentExport } from '../../src/shared/model/assessment/assessmentExport'
import { patientFullName } from '../../src/shared/model/patient'
import { loadVignette, sectionsOf, vignettePatientFields } from './vignettes'

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/**
 * Stores a vignette's patient and initial assessment through the app's own handler table, as a
 * clinician would have left them: a draft with every finding, then, when asked, the working
 * diagnosis confirmed (with the plan proposed from it) and the record finalised.
 */
export async function seedVignette(
  db: Database,
  id: string,
  {
    clinicianName,
    confirm,
    finalise = false,
    vignette = loadVignette(id),
  }: {
    clinicianName?: string
    confirm?: ConditionId
    finalise?: boolean
    /** A variant of the vignette to store instead of the fixture itself. */
    vignette?: AssessmentExport
  } = {},
) {
  const handlers = handlersAsClinician(db)
  const patient = valueOf(await handlers.createPatient(vignettePatientFields(vignette)))
  const clinician = clinicianName ? { clinicianName } : {}
  const { date } = vignette.assessment
  const created = valueOf(
    await handlers.createAssessment({ patientId: patient.id, type: 'initial', date, ...clinician }),
  )
  valueOf(
    await handlers.saveAssessmentDraft({
      id: created.id,
      revision: 1,
      date,
      ...clinician,
      ...sectionsOf(vignette.assessment),
    }),
  )
  let assessment = valueOf(await handlers.getAssessment({ id: created.id }))
  if (confirm) {
    assessment = valueOf(
      await handlers.confirmWorkingDiagnosis({
        id: created.id,
        confirmed: [{ conditionId: confirm }],
      }),
    )
  }
  if (finalise) assessment = valueOf(await handlers.finaliseAssessment({ id: created.id }))
  return {
    vignette,
    patient,
    patientName: patientFullName(patient),
    assessment,
    /** The assessment's Review step, as a route for `openScreen`. */
    review: `patients/${patient.id}/assessments/${created.id}/review`,
  }
}

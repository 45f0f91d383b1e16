import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import {
  assessmentExportSchema,
  type AssessmentExport,
} from '../../src/shared/model/assessment/assessmentExport'

const folder = join('tests', 'fixtures', 'vignettes')

/** A clinical vignette (tests/fixtures/vignettes/Vnn.json), parsed with the export schema. */
export function loadVignette(id: string): AssessmentExport {
  return assessmentExportSchema.parse(JSON.parse(readFileSync(join(folder, `${id}.json`), 'utf8')))
}

export const vignetteIds = (): string[] =>
  readdirSync(folder)
    .filter((f) => /^V\d\d\.json$/.test(f))
    .map((f) => f.replace('.json', ''))
    .sort()

/** The patient fields of a vignette, as the patient form would send them. */
export function vignettePatientFields(v: AssessmentExport) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = v.patient
  return fields
}

/** The parts of an assessment the clinician fills in. */
export function sectionsOf(a: Pick<Assessment, 'history' | 'outcomes' | 'exam' | 'running'>) {
  const { history, outcomes, exam, running } = a
  return { history, outcomes, exam, running }
}

/**
 * V09 (proximal hamstring tendinopathy) in a runner of 41 whose deep hip flexion on the painful
 * side is limited (110°) and painful, as compression of the tendon makes it: a measurement that
 * crosses the ACR hip-OA flexion threshold in someone the OA criteria do not concern.
 */
export function hamstringRunnerAged41(): AssessmentExport {
  const v = structuredClone(loadVignette('V09'))
  v.patient.dateOfBirth = '1985-05-03'
  v.assessment.exam.rom!.motions!.flexion = { left: 120, right: 110, painRight: true }
  return v
}

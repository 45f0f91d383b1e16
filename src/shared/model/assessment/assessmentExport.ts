import { z } from 'zod'
import { patientSchema } from '../patient'
import { assessmentSchema } from './assessment'

/**
 * One assessment as a file: the export format used by "export assessment", by the
 * `npm run diagnose` command-line tool and by the clinical test fixtures (tests/fixtures).
 * The patient travels with it because the reasoning needs age and sex.
 */
export const ASSESSMENT_EXPORT_FORMAT = 'runners-hip/assessment' as const
export const ASSESSMENT_EXPORT_VERSION = 1

export const assessmentExportSchema = z.object({
  format: z.literal(ASSESSMENT_EXPORT_FORMAT),
  formatVersion: z.literal(ASSESSMENT_EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  patient: patientSchema,
  assessment: assessmentSchema,
})
export type AssessmentExport = z.infer<typeof assessmentExportSchema>

import { z } from 'zod'
import { patientSchema } from './patient'

/**
 * The app's own data file: one patient or the whole clinic, with every assessment. Assessments
 * are checked one by one on import (each may be of an older document version, which
 * upgradeAssessment reads), so a single bad one is reported by its place in the file.
 */
export const EXPORT_FILE_FORMAT = 'runners-hip/export' as const
export const EXPORT_FILE_VERSION = 1

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FILE_FORMAT, "Not a Runner's Hip export file"),
  formatVersion: z.literal(
    EXPORT_FILE_VERSION,
    'This export file is from a newer version of the app',
  ),
  exportedAt: z.iso.datetime(),
  patients: z.array(
    z.object({
      patient: patientSchema,
      assessments: z.array(z.unknown()),
    }),
  ),
})
export type ExportFile = z.infer<typeof exportFileSchema>

export const exportFormats = ['json', 'csv', 'fhir'] as const
export type ExportFormat = (typeof exportFormats)[number]
export const exportFormatLabels: Record<ExportFormat, string> = {
  json: "Runner's Hip data (JSON, re-importable)",
  csv: 'Measures over time (CSV, pseudonymised)',
  fhir: 'FHIR R4 bundle (JSON)',
}

export const reportKinds = ['clinician', 'handout', 'referral', 'assessment-json'] as const
export type ReportKind = (typeof reportKinds)[number]
export const reportKindLabels: Record<ReportKind, string> = {
  clinician: 'Clinician report (PDF)',
  handout: 'Patient exercise handout (PDF)',
  referral: 'Referral letter (PDF)',
  'assessment-json': 'Assessment file (JSON, for npm run diagnose)',
}

/**
 * The kinds of assessment, with their labels: a module of its own, free of the record's schemas,
 * so that the first screen (the caseload) can name a draft's kind without loading them.
 */
export const assessmentTypes = ['initial', 'follow-up'] as const
export type AssessmentType = (typeof assessmentTypes)[number]
export const assessmentTypeLabels: Record<AssessmentType, string> = {
  initial: 'Initial assessment',
  'follow-up': 'Follow-up',
}

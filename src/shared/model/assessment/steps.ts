import type { AssessmentSection } from './assessment'

/** The stepper's order. Each section step is one form; Review summarises them all. */
export const assessmentSteps = ['history', 'outcomes', 'exam', 'running', 'review'] as const
export type AssessmentStep = (typeof assessmentSteps)[number]

export const stepLabels: Record<AssessmentStep, string> = {
  history: 'History',
  outcomes: 'Outcome measures',
  exam: 'Physical exam',
  running: 'Running technique',
  review: 'Review',
}

export const sectionSteps: readonly AssessmentSection[] = ['history', 'outcomes', 'exam', 'running']

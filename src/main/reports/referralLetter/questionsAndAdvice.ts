/** What the letter asks the recipient when the clinician has not edited it: the shared rule's question. */

import { prefilledQuestion } from '../../../shared/workflow/referralLetter'
import type { ReportData } from '../reportData'
import { letterFactsOf } from './letterFacts'

/** The questions asked, one per line of the prefilled question. */
export function referralQuestions(data: ReportData): string[] {
  return prefilledQuestion(letterFactsOf(data)).split('\n')
}

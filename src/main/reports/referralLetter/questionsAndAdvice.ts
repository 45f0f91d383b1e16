/** What the letter asks the recipient: one question per red flag (protectivePlans.ts), or the fallback. */

import { protectivePlans } from '../../../shared/clinical/plan/protectivePlans'
import { hipOf, type ReportData } from '../reportData'

const FALLBACK_QUESTION = 'Please assess and advise on further management.'

/** The questions asked: one per red flag, or the fallback. */
export function referralQuestions(data: ReportData): string[] {
  const hip = hipOf(data)
  const fromFlags = data.activeRedFlags.map((f) => protectivePlans[f.id].question(hip))
  return fromFlags.length > 0 ? [...new Set(fromFlags)] : [FALLBACK_QUESTION]
}

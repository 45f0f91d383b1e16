/** The facts the shared letter rules read (src/shared/workflow/referralLetter.ts), from the report data. */

import { workingDiagnosisInWords } from '../../../shared/model/assessment/workingDiagnosis'
import type { LetterFacts } from '../../../shared/workflow/referralLetter'
import { hipOf, type ReportData } from '../reportData'

export function letterFactsOf(data: ReportData): LetterFacts {
  const a = data.assessment
  const referral = a.plan?.referrals[0]
  const wd = a.workingDiagnosis
  return {
    activeRedFlags: data.activeRedFlags,
    raisedRedFlags: data.reasoning.redFlags,
    ...(a.history.redFlags ? { redFlagAnswers: a.history.redFlags } : {}),
    hip: hipOf(data),
    ...(referral ? { referral: { to: referral.to, reason: referral.reason } } : {}),
    ...(wd && wd.confirmed.length > 0 ? { diagnosis: workingDiagnosisInWords(wd) } : {}),
  }
}

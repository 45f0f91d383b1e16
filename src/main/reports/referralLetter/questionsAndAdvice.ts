/** What the letter asks the recipient, and what the patient was advised meanwhile, per red flag. */

import type { RedFlagId } from '../../../shared/clinical/conditions/conditionIds'
import { hipOf, type ReportData } from '../reportData'

/** The question asked of the recipient for each red flag; `hip` is e.g. "right hip". */
const questionFor: Record<RedFlagId, (hip: string) => string> = {
  'femoral-neck-stress-fracture': (hip) =>
    `Please arrange X-ray and MRI of the ${hip} to exclude a femoral neck stress fracture.`,
  'septic-arthritis': (hip) =>
    `Please assess today for septic arthritis of the ${hip} (blood tests and aspiration as you judge appropriate).`,
  malignancy: () =>
    'Please investigate for a serious underlying cause of the pain, including malignancy.',
  scfe: () =>
    'Please arrange bilateral AP and frog-leg lateral X-rays of the hips to exclude a slipped capital femoral epiphysis, with an orthopaedic opinion.',
  'avascular-necrosis': (hip) =>
    `Please arrange MRI of the ${hip} to exclude avascular necrosis of the femoral head.`,
  'fracture-after-trauma': (hip) =>
    `Please arrange X-ray of the ${hip} to exclude a fracture after the recent injury.`,
  'avulsion-immature': (hip) =>
    `Please arrange X-ray of the pelvis and ${hip} to exclude an apophyseal avulsion fracture, with an orthopaedic opinion if it is displaced.`,
  'red-s': () =>
    'Please assess for low energy availability (RED-S), including bone health, with sports dietitian input, before any return to running.',
  'progressive-neurological-deficit': () =>
    'Please arrange an urgent spinal assessment of the progressive neurological deficit.',
  'cauda-equina': () => 'Please assess as an emergency for cauda equina syndrome.',
}

/** What the patient has been told to do meanwhile, for each red flag. */
export const meanwhileFor: Record<RedFlagId, string[]> = {
  'femoral-neck-stress-fracture': [
    'Stop running, jumping and hopping now, until you have cleared it.',
    'Crutches (protected weight bearing) while walking is painful and until imaging is done.',
  ],
  'septic-arthritis': ['Sent to the emergency department now.'],
  malignancy: ['No exercise programme until you have cleared it.'],
  scfe: ['Non-weight-bearing on crutches until seen.'],
  'avascular-necrosis': ['No running or impact meanwhile.'],
  'fracture-after-trauma': ['Not to bear weight until imaged.'],
  'avulsion-immature': ['Relative rest from sprinting and kicking.'],
  'red-s': [
    'Advised that energy intake needs review with a sports doctor and dietitian before running resumes.',
  ],
  'progressive-neurological-deficit': ['Advised to seek help at once if the weakness progresses.'],
  'cauda-equina': ['Sent to the emergency department now.'],
}

const FALLBACK_QUESTION = 'Please assess and advise on further management.'

/** The questions asked: one per red flag, or the fallback. */
export function referralQuestions(data: ReportData): string[] {
  const hip = hipOf(data)
  const fromFlags = data.reasoning.redFlags.map((f) => questionFor[f.id](hip))
  return fromFlags.length > 0 ? [...new Set(fromFlags)] : [FALLBACK_QUESTION]
}

import type { RedFlagId } from '../conditions/conditionIds'
import type { RedFlagUrgency } from '../reasoning/redFlagRules'
import { cite, type Citation } from '../sources'

/**
 * What follows each red flag: the protective plan. While a flag that calls for an emergency,
 * same-day or urgent referral is raised and a doctor has not cleared it, this is the whole
 * proposed plan (generatePlan.ts): no loading phases, no return to running, no pain rule that
 * would allow loading. The patient handout and the referral letter say the same, from here.
 */
export interface ProtectivePlan {
  /** Who sees the patient next (the rule's urgency says how fast). */
  referTo: string
  /** Who, when the flag is raised at its lesser level, a review rather than a referral. */
  referToForReview?: string
  /** What the clinician does now. */
  doNow: string[]
  /** What the patient must not do until a doctor has cleared them. */
  avoid: string[]
  /** What the patient is told, in plain words (the handout's "Please do this now"). */
  tellThePatient: string
  /** What the referral letter says the patient was advised meanwhile. */
  meanwhile: string[]
  /** The question the referral letter asks; `hip` is e.g. "right hip". */
  question: (hip: string) => string
  /** What comes once a doctor has cleared the patient: said, not yet prescribed. */
  afterClearance: string[]
  citation: Citation
}

/** The red flags whose protective plan is the whole plan until a doctor clears the patient. */
export const planOwningUrgencies: readonly RedFlagUrgency[] = ['emergency', 'same-day', 'urgent']

const noLoading = 'No exercise programme, running or sport until a doctor has cleared the patient.'

export const protectivePlans: Record<RedFlagId, ProtectivePlan> = {
  'femoral-neck-stress-fracture': {
    referTo: 'Sports physician or GP, for X-ray then MRI',
    doNow: [
      'Stop running, hopping and all impact today.',
      'Crutches (protected weight bearing) while walking is painful, until imaging is done.',
      'Same-day medical referral for X-ray then MRI; do not wait for the pain to settle.',
    ],
    avoid: [
      'No running, hopping or jumping until cleared.',
      'No loading or strengthening programme until the fracture is excluded or graded.',
    ],
    tellThePatient:
      'Your pain could come from a stress fracture (a crack caused by overload) at the top of the ' +
      'thigh bone. Stop running, jumping and hopping now, and use crutches if walking hurts. See a ' +
      'doctor today for an X-ray and an MRI scan: do not wait for it to settle.',
    meanwhile: [
      'Stop running, jumping and hopping now, until you have cleared it.',
      'Crutches (protected weight bearing) while walking is painful and until imaging is done.',
    ],
    question: (hip) =>
      `Please arrange X-ray and MRI of the ${hip} to exclude a femoral neck stress fracture.`,
    afterClearance: [
      'Once imaging has graded the injury and a doctor has cleared exercise: non-impact ' +
        'cross-training (pool, bike) within pain-free limits, then a graded return to running ' +
        'over months, not weeks, for a femoral neck bone stress injury.',
    ],
    citation: cite(
      ['S34', 'S35', 'S40', 'S42'],
      'confirmed',
      'Stop and image (X-ray, then MRI); compression- or tension-side management; return after clearance.',
    ),
  },
  'septic-arthritis': {
    referTo: 'Emergency department',
    doNow: [
      'Send to the emergency department now: fever with hip pain is infection until proven otherwise.',
    ],
    avoid: ['No exercise and no weight bearing beyond getting to hospital.', noLoading],
    tellThePatient:
      'Go to the emergency department now. A painful hip with a fever or feeling unwell can be an ' +
      'infection in the joint, which needs treatment straight away.',
    meanwhile: ['Sent to the emergency department now.'],
    question: (hip) =>
      `Please assess today for septic arthritis of the ${hip} (blood tests and aspiration as you judge appropriate).`,
    afterClearance: [
      'Once infection is excluded or treated, the hip is reassessed before any exercise.',
    ],
    citation: cite(['S47'], 'confirmed', 'Kocher criteria: emergency assessment of a febrile hip.'),
  },
  malignancy: {
    referTo: 'GP, for urgent investigation',
    referToForReview: 'GP, for a medical review within days',
    doNow: ['Urgent medical referral for investigation.'],
    avoid: [noLoading, 'No manual therapy to the painful area until investigated.'],
    tellThePatient:
      'Please see your GP within the next few days for some tests, to rule out a more serious ' +
      'cause of your pain. Do not start the exercises until the doctor says so.',
    meanwhile: ['No exercise programme until you have cleared it.'],
    question: () =>
      'Please investigate for a serious underlying cause of the pain, including malignancy.',
    afterClearance: [
      'Once a serious cause is excluded, the hip is reassessed and a plan proposed.',
    ],
    citation: cite(
      ['S61'],
      'partly-confirmed',
      'History of cancer, unexplained weight loss, night sweats, constant night pain: refer.',
    ),
  },
  scfe: {
    referTo: 'Paediatric orthopaedics (same day)',
    doNow: [
      'Same-day orthopaedic referral for bilateral AP and frog-leg lateral X-rays.',
      'Non-weight-bearing on crutches until seen.',
    ],
    avoid: ['No walking on the leg beyond what is unavoidable; no running or sport.', noLoading],
    tellThePatient:
      'Go to hospital today to see the bone specialists. Do not walk on the leg more than you have ' +
      'to: use crutches until you have been seen.',
    meanwhile: ['Non-weight-bearing on crutches until seen.'],
    question: () =>
      'Please arrange bilateral AP and frog-leg lateral X-rays of the hips to exclude a slipped capital femoral epiphysis, with an orthopaedic opinion.',
    afterClearance: ['Rehabilitation only as the orthopaedic team directs after treatment.'],
    citation: cite(['S46'], 'confirmed', 'SCFE: same-day orthopaedic referral and X-rays.'),
  },
  'avascular-necrosis': {
    referTo: 'GP or sports physician, for MRI',
    doNow: ['Medical referral for MRI of the hip.'],
    avoid: ['No running, jumping or impact until imaged.', noLoading],
    tellThePatient:
      'Please see your GP or sports doctor soon for an MRI scan of the hip. Until then, no running ' +
      'or jumping.',
    meanwhile: ['No running or impact meanwhile.'],
    question: (hip) =>
      `Please arrange MRI of the ${hip} to exclude avascular necrosis of the femoral head.`,
    afterClearance: ['Once MRI has excluded avascular necrosis, the hip is reassessed.'],
    citation: cite(
      [],
      'unchecked',
      'Deep groin pain with corticosteroid or alcohol exposure: MRI via medical referral (fact sheet §3.13, general knowledge).',
    ),
  },
  'fracture-after-trauma': {
    referTo: 'Emergency department, for X-ray',
    doNow: ['Send for X-ray the same day (emergency department).'],
    avoid: ['No weight bearing on the leg until imaged.', noLoading],
    tellThePatient:
      'Go to the emergency department today for an X-ray to check for a broken bone. Do not put ' +
      'weight on the leg until it has been checked.',
    meanwhile: ['Not to bear weight until imaged.'],
    question: (hip) =>
      `Please arrange X-ray of the ${hip} to exclude a fracture after the recent injury.`,
    afterClearance: ['Once a fracture is excluded, the injury is reassessed before loading.'],
    citation: cite(['S1'], 'confirmed', 'Patellar-pubic percussion LR− 0.07; image after trauma.'),
  },
  'avulsion-immature': {
    referTo: 'GP or sports physician, for an X-ray',
    doNow: [
      'Refer for an X-ray of the pelvis.',
      'Relative rest from sprinting, kicking and jumping; crutches if walking is painful.',
      'Ice in the first days for pain.',
    ],
    avoid: ['No sprinting, kicking or stretching of the injured muscle until the X-ray is seen.'],
    tellThePatient:
      'Please see your GP or sports doctor for an X-ray: a small piece of bone may have pulled ' +
      'away where a muscle attaches. No sprinting or kicking until then.',
    meanwhile: ['Relative rest from sprinting and kicking.'],
    question: (hip) =>
      `Please arrange X-ray of the pelvis and ${hip} to exclude an apophyseal avulsion fracture, with an orthopaedic opinion if it is displaced.`,
    afterClearance: [
      'Once the X-ray is seen (conservative care when displaced under 1.5-2 cm): relative rest ' +
        'typically 4-6 weeks, then graded restoration of range and strength before any return ' +
        'to sprinting.',
    ],
    citation: cite(
      ['S45', 'S45b', 'S45c'],
      'confirmed',
      'X-ray; conservative care under 1.5-2 cm displacement; phased, pain-guided return.',
    ),
  },
  'red-s': {
    referTo: 'Sports physician and sports dietitian',
    doNow: [
      'Screen for low energy availability (e.g. the IOC RED-S tool or LEAF-Q) and refer to a sports physician and dietitian.',
    ],
    avoid: ['No return to full training until energy availability has been addressed.'],
    tellThePatient:
      'Please see a sports doctor and a sports dietitian about your eating and energy. Eating too ' +
      'little for the training you do weakens bone, and this needs sorting out before you run again.',
    meanwhile: [
      'Advised that energy intake needs review with a sports doctor and dietitian before running resumes.',
    ],
    question: () =>
      'Please assess for low energy availability (RED-S), including bone health, with sports dietitian input, before any return to running.',
    afterClearance: [],
    citation: cite(['S43', 'S43c'], 'confirmed', 'Energy availability below 30 kcal/kg FFM/day.'),
  },
  'progressive-neurological-deficit': {
    referTo: 'GP or spinal service, urgently',
    doNow: ['Urgent medical referral for spinal assessment.'],
    avoid: [noLoading, 'No treatment that provokes the leg symptoms.'],
    tellThePatient:
      'Please see your GP urgently: weakness or numbness in the leg that is getting worse needs a ' +
      "doctor's check.",
    meanwhile: ['Advised to seek help at once if the weakness progresses.'],
    question: () =>
      'Please arrange an urgent spinal assessment of the progressive neurological deficit.',
    afterClearance: ['Once assessed, the spine and hip are reassessed before any loading.'],
    citation: cite(
      [],
      'unchecked',
      'Refer a progressive neurological deficit (fact sheet §3.13, general knowledge).',
    ),
  },
  'cauda-equina': {
    referTo: 'Emergency department',
    doNow: ['Send to the emergency department now.'],
    avoid: [noLoading],
    tellThePatient:
      'Go to the emergency department now. Numbness between the legs or a change in bladder or ' +
      'bowel control can mean pressure on the nerves in your back, which needs treatment straight away.',
    meanwhile: ['Sent to the emergency department now.'],
    question: () => 'Please assess as an emergency for cauda equina syndrome.',
    afterClearance: ['Once assessed, treatment follows the specialist team’s advice.'],
    citation: cite([], 'unchecked', 'Cauda equina signs (fact sheet §3.13, general knowledge).'),
  },
}

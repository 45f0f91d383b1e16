import type { RedFlagId } from '../conditions/conditionIds'
import { cite, type Citation } from '../sources'
import { fromYesNo, type FindingContext } from './findingContext'
import { findings, type FindingId, type FindingSet } from './findings'

/**
 * Red flags and refer-out conditions. Each rule is checked on every assessment, whatever the
 * ranking says, and a raised flag is shown above the differential with its action.
 */
export type RedFlagUrgency = 'emergency' | 'same-day' | 'urgent' | 'soon'

export const urgencyLabels: Record<RedFlagUrgency, string> = {
  emergency: 'Emergency',
  'same-day': 'Same day',
  urgent: 'Urgent',
  soon: 'Review soon',
}

export interface RedFlagRule {
  id: RedFlagId
  name: string
  urgency: RedFlagUrgency
  /** What the clinician does now. */
  action: string
  /** Whether running and impact must stop until the patient is cleared. */
  stopRunning: boolean
  citation: Citation
  /** The findings that raise the flag in this assessment (empty: not raised). */
  raisedBy: (ctx: FindingContext, set: FindingSet) => string[]
  /** Tests or questions that would settle the question when the flag is possible but not raised. */
  toRuleOut?: FindingId[]
}

const has = (set: FindingSet, id: FindingId) => set[id] === 'present'
const labelsOf = (set: FindingSet, ids: FindingId[]) =>
  ids.filter((id) => has(set, id)).map((id) => findings[id].label)
const answer = (
  ctx: FindingContext,
  key: keyof NonNullable<FindingContext['sections']['history']['redFlags']>,
) => fromYesNo(ctx.sections.history.redFlags?.[key]) === 'present'

export const redFlagRules: RedFlagRule[] = [
  {
    id: 'femoral-neck-stress-fracture',
    name: 'Suspected femoral neck stress fracture',
    urgency: 'same-day',
    action:
      'Stop running and all impact now. Protected weight bearing, with crutches if walking is painful. ' +
      'Urgent medical referral for X-ray then MRI; do not wait for symptoms to settle.',
    stopRunning: true,
    citation: cite(
      ['S34', 'S35', 'S37', 'S44'],
      'confirmed',
      'No clinical test rules it in or out; MRI is the reference standard.',
    ),
    toRuleOut: [
      'test-hop',
      'end-range-rotation-painful',
      'test-fulcrum',
      'test-patellar-pubic-percussion',
    ],
    raisedBy: (_ctx, set) => {
      const location = labelsOf(set, ['pain-groin', 'pain-anterior-thigh', 'deep-poorly-localised'])
      if (location.length === 0) return []
      const loading = labelsOf(set, ['test-hop', 'test-fulcrum', 'test-patellar-pubic-percussion'])
      const progression = labelsOf(set, [
        'worse-longer-run',
        'night-pain-unrelenting',
        'limps-after-running',
        'pain-on-walking',
        'end-range-rotation-painful',
      ])
      const risk = labelsOf(set, [
        'recent-training-increase',
        'previous-bone-stress-injury',
        'menstrual-dysfunction',
        'low-energy-availability',
      ])
      if (loading.length > 0) return [...location, ...loading, ...progression, ...risk]
      return progression.length > 0 && risk.length > 0 ? [...location, ...progression, ...risk] : []
    },
  },
  {
    id: 'septic-arthritis',
    name: 'Possible septic arthritis or infection',
    urgency: 'emergency',
    action:
      'Emergency referral the same hour (emergency department): fever with hip pain is infection until proven otherwise.',
    stopRunning: true,
    citation: cite(
      ['S47'],
      'confirmed',
      'Kocher criteria: non-weight-bearing, fever, raised ESR and white cells.',
    ),
    raisedBy: (ctx, set) =>
      answer(ctx, 'feverOrUnwell')
        ? ['Fever or feeling unwell', ...labelsOf(set, ['cannot-bear-weight'])]
        : [],
  },
  {
    id: 'malignancy',
    name: 'Possible malignancy',
    urgency: 'urgent',
    action:
      'Urgent medical referral for investigation; do not start a loading programme until cleared.',
    stopRunning: true,
    citation: cite(
      ['S61'],
      'partly-confirmed',
      'History of cancer, unexplained weight loss, night sweats, constant night pain, age over 50.',
    ),
    raisedBy: (ctx, set) => {
      const because = [
        ...(answer(ctx, 'cancerHistory') ? ['History of cancer'] : []),
        ...(answer(ctx, 'unexplainedWeightLoss') ? ['Unexplained weight loss'] : []),
        ...(answer(ctx, 'nightSweats') ? ['Night sweats'] : []),
        ...(has(set, 'night-pain-unrelenting') && ctx.patient.age > 50
          ? ['Night pain not eased by rest, over 50']
          : []),
      ]
      return because
    },
  },
  {
    id: 'scfe',
    name: 'Possible slipped capital femoral epiphysis',
    urgency: 'same-day',
    action:
      'Same-day orthopaedic referral; non-weight-bearing until seen. Bilateral AP and frog-leg lateral X-rays.',
    stopRunning: true,
    citation: cite(['S46'], 'confirmed'),
    toRuleOut: ['ir-restricted', 'test-drehmann'],
    raisedBy: (_ctx, set) => {
      if (!(_ctx.patient.age >= 8 && _ctx.patient.age <= 16)) return []
      if (!has(set, 'antalgic-gait')) return []
      const signs = labelsOf(set, ['test-drehmann', 'ir-restricted'])
      const insidious = set['onset-sudden'] === 'absent' ? ['Gradual onset without injury'] : []
      return signs.length > 0 || insidious.length > 0
        ? ['Adolescent with a limp', ...signs, ...insidious]
        : []
    },
  },
  {
    id: 'avascular-necrosis',
    name: 'Possible avascular necrosis of the femoral head',
    urgency: 'urgent',
    action: 'Medical referral for MRI; protect the hip from impact meanwhile.',
    stopRunning: true,
    citation: cite(
      [],
      'unchecked',
      'Risk factors corticosteroids and alcohol, with deep groin pain and painful internal rotation (general knowledge).',
    ),
    raisedBy: (ctx, set) => {
      const risk = [
        ...(answer(ctx, 'corticosteroidUse') ? ['Corticosteroid use'] : []),
        ...(answer(ctx, 'alcoholExcess') ? ['High alcohol intake'] : []),
      ]
      const hip = labelsOf(set, ['pain-groin', 'ir-painful', 'ir-restricted'])
      return risk.length > 0 &&
        has(set, 'pain-groin') &&
        (has(set, 'ir-painful') || has(set, 'ir-restricted'))
        ? [...risk, ...hip]
        : []
    },
  },
  {
    id: 'fracture-after-trauma',
    name: 'Possible fracture after trauma',
    urgency: 'emergency',
    action:
      'Send for X-ray the same day (emergency department); do not let the patient bear weight until imaged.',
    stopRunning: true,
    citation: cite(
      ['S1'],
      'confirmed',
      'Patellar-pubic percussion LR− 0.07 (mostly older patients after trauma).',
    ),
    toRuleOut: ['test-patellar-pubic-percussion'],
    raisedBy: (ctx, set) =>
      answer(ctx, 'recentTrauma') &&
      (has(set, 'cannot-bear-weight') || has(set, 'test-patellar-pubic-percussion'))
        ? [
            'Recent fall or high-energy injury',
            ...labelsOf(set, ['cannot-bear-weight', 'test-patellar-pubic-percussion']),
          ]
        : [],
  },
  {
    id: 'avulsion-immature',
    name: 'Suspected apophyseal avulsion fracture in a skeletally immature athlete',
    urgency: 'urgent',
    action:
      'Refer for an X-ray; relative rest from sprinting and kicking meanwhile. Orthopaedic opinion if displaced over 1.5-2 cm.',
    stopRunning: true,
    citation: cite(['S45', 'S45c'], 'confirmed'),
    raisedBy: (ctx, set) => {
      if (ctx.patient.age >= 18) return []
      const onset = labelsOf(set, ['onset-sudden', 'felt-pop', 'sprint-or-kick-onset'])
      const local = labelsOf(set, ['tender-apophysis', 'test-resisted-hip-flexion'])
      return has(set, 'onset-sudden') && onset.length >= 2 && local.length > 0
        ? ['Adolescent', ...onset, ...local]
        : []
    },
  },
  {
    id: 'red-s',
    name: 'Low energy availability (RED-S): a bone stress risk factor',
    urgency: 'soon',
    action:
      'Screen for relative energy deficiency (e.g. the IOC RED-S tool or LEAF-Q) and refer to a sports physician and dietitian; address it before a return to running.',
    stopRunning: false,
    citation: cite(
      ['S43', 'S43c'],
      'confirmed',
      'Energy availability below 30 kcal/kg fat-free mass/day; menstrual dysfunction; men are affected too.',
    ),
    raisedBy: (ctx, set) => [
      ...labelsOf(set, ['menstrual-dysfunction', 'low-energy-availability']),
      ...(ctx.sections.history.energyAvailability?.lowBoneDensityKnown === 'yes'
        ? ['Known low bone density']
        : []),
    ],
  },
  {
    id: 'progressive-neurological-deficit',
    name: 'Progressive neurological deficit',
    urgency: 'urgent',
    action:
      'Urgent medical referral (spinal assessment): weakness or numbness that is getting worse.',
    stopRunning: false,
    citation: cite(
      [],
      'unchecked',
      'Refer if neurological deficit (fact sheet §3.13, general knowledge).',
    ),
    raisedBy: (ctx) =>
      answer(ctx, 'progressiveNeurologicalDeficit') ? ['Weakness or numbness getting worse'] : [],
  },
  {
    id: 'cauda-equina',
    name: 'Possible cauda equina syndrome',
    urgency: 'emergency',
    action:
      'Emergency referral now (emergency department): bladder or bowel change or saddle numbness.',
    stopRunning: true,
    citation: cite([], 'unchecked', 'Cauda equina signs (fact sheet §3.13, general knowledge).'),
    raisedBy: (ctx) =>
      answer(ctx, 'bladderBowelOrSaddle') ? ['Bladder or bowel change, or saddle numbness'] : [],
  },
]

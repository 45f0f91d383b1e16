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

/** A raised flag, as the engine reports it (above the differential, on every step). */
export interface RedFlagResult {
  id: RedFlagId
  name: string
  urgency: RedFlagUrgency
  action: string
  stopRunning: boolean
  because: string[]
  citation: Citation
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
  /**
   * A lesser form of the flag, raised instead when `applies` holds for this assessment: the
   * same concern, with a review instead of an urgent referral (e.g. constant night pain with no
   * other sign of malignancy).
   */
  lesser?: {
    applies: (ctx: FindingContext, set: FindingSet) => boolean
    /** Flags whose own referral already covers the review: the lesser form is then not raised. */
    coveredBy: RedFlagId[]
    name: string
    urgency: RedFlagUrgency
    action: string
    stopRunning: boolean
  }
}

const has = (set: FindingSet, id: FindingId) => set[id] === 'present'
const over50 = (ctx: FindingContext) => ctx.patient.age > 50
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
    toRuleOut: ['fever'],
    raisedBy: (ctx, set) => {
      const fever = [
        ...(answer(ctx, 'feverOrUnwell') ? ['Fever or feeling unwell'] : []),
        ...(has(set, 'fever')
          ? [`Temperature ${String(ctx.sections.history.temperatureC)} °C`]
          : []),
      ]
      return fever.length > 0
        ? [
            ...fever,
            ...labelsOf(set, ['cannot-bear-weight', 'leg-flexed-abducted-externally-rotated']),
          ]
        : []
    },
  },
  {
    id: 'malignancy',
    name: 'Possible malignancy',
    urgency: 'urgent',
    action:
      'Urgent medical referral for investigation; do not start a loading programme until cleared.',
    stopRunning: true,
    citation: cite(
      ['S61', 'K8', 'K7'],
      'partly-confirmed',
      'History of cancer (the one red flag that clearly raised the probability in low back pain, Downie 2013), unexplained weight loss (5% of body weight or 4.5 kg in 6-12 months warrants investigation), night sweats, constant night pain, age over 50.',
    ),
    raisedBy: (ctx, set) => malignancyReasons(ctx, set).map((r) => r.text),
    lesser: {
      // One weak feature on its own: constant night pain at 50 or under, or weight loss below
      // the threshold for investigation. Not nothing (the form calls constant night pain a red
      // flag), but a review rather than an urgent referral; any second feature, or age over 50,
      // makes it the full flag.
      applies: (ctx, set) => {
        const reasons = malignancyReasons(ctx, set)
        return reasons.length === 1 && reasons[0]!.weak
      },
      // These send the patient to a doctor (with imaging) sooner; night pain is part of them.
      coveredBy: [
        'femoral-neck-stress-fracture',
        'septic-arthritis',
        'scfe',
        'avascular-necrosis',
        'fracture-after-trauma',
      ],
      name: 'Constant night pain or slight weight loss: medical review',
      urgency: 'soon',
      action:
        'Medical review (GP) within days to look for a serious cause (bone stress injury, infection, tumour). ' +
        'Ask again about previous cancer, weight loss, night sweats and fever; refer urgently if any is ' +
        'present or the pain keeps getting worse.',
      stopRunning: false,
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
    // A limp with a hip sign or an insidious start, or knee pain with a hip sign: adolescents
    // with SCFE often point to the knee, and knee pain alone would flag too many of them.
    raisedBy: (ctx, set) => {
      if (!(ctx.patient.age >= 8 && ctx.patient.age <= 16)) return []
      const signs = labelsOf(set, [
        'test-drehmann',
        'ir-restricted',
        'leg-shortened-externally-rotated',
      ])
      const insidious = set['onset-sudden'] === 'absent' ? ['Gradual onset without injury'] : []
      if (has(set, 'antalgic-gait') && (signs.length > 0 || insidious.length > 0))
        return ['Adolescent with a limp', ...labelsOf(set, ['knee-pain']), ...signs, ...insidious]
      if (has(set, 'knee-pain') && signs.length > 0)
        return ['Adolescent with knee pain', ...signs, ...insidious]
      return []
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
      ['S1', 'K9'],
      'confirmed',
      'Patellar-pubic percussion LR− 0.07 (mostly older patients after trauma). A shortened, externally rotated leg means a displaced fracture (partly confirmed, K9).',
    ),
    toRuleOut: ['test-patellar-pubic-percussion', 'leg-shortened-externally-rotated'],
    raisedBy: (_ctx, set) => {
      const signs = labelsOf(set, [
        'cannot-bear-weight',
        'test-patellar-pubic-percussion',
        'leg-shortened-externally-rotated',
        'leg-appears-shorter',
      ])
      return has(set, 'trauma-onset') && signs.length > 0
        ? ['Recent fall, blow or other trauma', ...signs]
        : []
    },
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

/**
 * The features of malignancy in this assessment, each marked weak when it is not enough on its
 * own for an urgent referral (fact sheet §3.13; Downie 2013: only a history of cancer clearly
 * raised the probability, other flags were weak alone).
 */
function malignancyReasons(
  ctx: FindingContext,
  set: FindingSet,
): { text: string; weak: boolean }[] {
  const h = ctx.sections.history
  const cancer = h.previousCancer
  const cancerDetail = [cancer?.type?.trim(), cancer?.yearDiagnosed?.toString()]
    .filter(Boolean)
    .join(', ')
  const loss = h.weightLoss
  const lossDetail =
    loss?.kg !== undefined
      ? `: ${loss.kg} kg${loss.duration ? ` in ${loss.duration.value} ${loss.duration.unit}` : ''}`
      : ''
  return [
    ...(answer(ctx, 'cancerHistory')
      ? [{ text: `History of cancer${cancerDetail ? ` (${cancerDetail})` : ''}`, weak: false }]
      : []),
    ...(answer(ctx, 'unexplainedWeightLoss')
      ? [
          {
            text: `Unexplained weight loss${lossDetail}`,
            weak: set['significant-weight-loss'] === 'absent',
          },
        ]
      : []),
    ...(answer(ctx, 'nightSweats') ? [{ text: 'Night sweats', weak: false }] : []),
    ...(has(set, 'night-pain-unrelenting')
      ? [
          over50(ctx)
            ? { text: 'Night pain not eased by rest, over 50', weak: false }
            : { text: 'Night pain not eased by rest or position', weak: true },
        ]
      : []),
  ]
}

/** The flags this assessment raises, in the order of the rules, each at the level that applies. */
export function raisedRedFlags(ctx: FindingContext, set: FindingSet): RedFlagResult[] {
  const raised = redFlagRules
    .map((rule) => ({ rule, because: rule.raisedBy(ctx, set) }))
    .filter(({ because }) => because.length > 0)
  const raisedIds = new Set(raised.map(({ rule }) => rule.id))
  return raised.flatMap(({ rule, because }): RedFlagResult[] => {
    const lesser = rule.lesser?.applies(ctx, set) ? rule.lesser : undefined
    // A lesser form adds nothing when a flag whose referral covers it is raised.
    if (lesser?.coveredBy.some((id) => raisedIds.has(id))) return []
    const level = lesser ?? rule
    return [
      {
        id: rule.id,
        name: level.name,
        urgency: level.urgency,
        action: level.action,
        stopRunning: level.stopRunning,
        because: [...new Set(because)],
        citation: rule.citation,
      },
    ]
  })
}

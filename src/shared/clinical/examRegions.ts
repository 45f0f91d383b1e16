import type { BodyRegion } from '../model/assessment/bodyRegions'
import type { History } from '../model/assessment/history'
import type {
  PalpationSiteId,
  RomMotion,
  SpecialTestId,
  StrengthGroup,
} from '../model/assessment/physicalExam'
import { cite, type Citation } from './sources'

/**
 * The focused initial exam: for each region where a runner's hip hurts, the few tests a
 * clinician must record because they move the probability of that region's common conditions
 * most (facts.md §1 and §10). Everything else in the exam stays one click away and optional.
 * The same data drives what finalising requires (requiredItems.ts) and what the exam step shows
 * first (ExamStep), so the two cannot drift apart.
 */

export const examRegions = ['lateral', 'anterior', 'posterior', 'joint'] as const
export type ExamRegion = (typeof examRegions)[number]

export interface ExamRegionKeyTests {
  id: ExamRegion
  label: string
  /** Why these tests, in a sentence a clinician would accept. */
  why: string
  specialTests: SpecialTestId[]
  /** Palpated on both sides (or once, for a midline site). */
  palpation: PalpationSiteId[]
  /** Measured on both sides. */
  rom: RomMotion[]
  /** Tested on both sides (Oxford grade or dynamometer force). */
  strength: StrengthGroup[]
  citation: Citation
}

export const examRegionKeyTests: Record<ExamRegion, ExamRegionKeyTests> = {
  lateral: {
    id: 'lateral',
    label: 'Lateral hip',
    why:
      'Trochanter palpation is the most sensitive test for gluteal tendinopathy (Sn 80%); ' +
      'single-leg stance 30 s (Sp 100%) and FADER-R are the most specific; negative palpation ' +
      'with negative resisted abduction lowers GTPS from 59% to 14%, both positive raise it to ' +
      '96%. Abductor strength is weak in gluteal tendinopathy and iliotibial band syndrome.',
    specialTests: ['singleLegStance30s', 'resistedAbduction', 'faderR'],
    palpation: ['greaterTrochanter'],
    rom: [],
    strength: ['hipAbductors'],
    citation: cite(
      ['S5', 'S8', 'S1', 'S13', 'S51'],
      'confirmed',
      'Palpation Sn, SLS Sp and the FADER-R direction from Grimaldi 2017; the cluster from ' +
        'Kinsella 2024; resisted abduction pooled in Reiman 2013; weakness in GT (MMT < 5/5) and ' +
        'abductor torque deficit in ITBS (Fredericson 2000). The choice of these as the minimum ' +
        'set is the app authors’ reading of facts.md §10.',
    ),
  },
  anterior: {
    id: 'anterior',
    label: 'Anterior hip / groin',
    why:
      'Doha: adductor-related groin pain needs adductor tenderness with pain on resisted ' +
      'adduction; iliopsoas-related pain needs iliopsoas tenderness, more likely with pain on ' +
      'resisted hip flexion. A non-tender adductor origin argues against adductor injury ' +
      '(LR− 0.11). A runner with groin pain and a painful hop must be imaged for a femoral-neck ' +
      'stress fracture.',
    specialTests: ['resistedAdduction', 'resistedHipFlexion', 'hop'],
    palpation: ['adductorOrigin', 'iliopsoas'],
    rom: [],
    strength: [],
    citation: cite(
      ['S19', 'S50', 'S49', 'S35', 'S37'],
      'partly-confirmed',
      'Doha definitions and Hölmich criterion confirmed; palpation accuracy from a secondary ' +
        'table (Falvey 2016); hop-test positivity in femoral-neck stress fracture partly ' +
        'visible in its source.',
    ),
  },
  posterior: {
    id: 'posterior',
    label: 'Posterior hip / buttock',
    why:
      'The modified bent-knee stretch (Sn 89%, Sp 91%, LR+ 9.9) and the Puranen–Orava test ' +
      '(LR+ 4.2) are the validated tests for proximal hamstring tendinopathy; ischial ' +
      'tenderness completes the picture.',
    specialTests: ['modifiedBentKneeStretch', 'puranenOrava'],
    palpation: ['ischialTuberosity'],
    rom: [],
    strength: [],
    citation: cite(['S26'], 'confirmed', 'Cacchio 2012, 92 athletes.'),
  },
  joint: {
    id: 'joint',
    label: 'Hip joint',
    why:
      'A negative FADIR makes intra-articular pathology less likely (LR− down to 0.06–0.48) ' +
      'though a positive one proves little (LR+ ≈ 1); restricted internal rotation is the best ' +
      'single rule-in for FAI syndrome (LR+ 4.83); FABER is the other screening test.',
    specialTests: ['fadir', 'faber'],
    palpation: [],
    rom: ['internalRotation'],
    strength: [],
    citation: cite(['S1', 'S3', 'S20'], 'confirmed'),
  },
}

/**
 * Which key-test sets a body-chart area calls for. Groin pain is both the groin's soft tissue
 * and the hip joint (intra-articular pain is felt in the groin); lower-back pain is screened
 * with the posterior set, whose buttock tests also separate referred pain. This mapping is the
 * authors' reading of facts.md §3.0 and §10, not a published rule.
 */
export const regionsOfBodyArea: Record<BodyRegion, ExamRegion[]> = {
  'lateral-hip': ['lateral'],
  'lateral-thigh-knee': ['lateral'],
  groin: ['anterior', 'joint'],
  'anterior-thigh': ['anterior'],
  buttock: ['posterior'],
  'sitting-bone': ['posterior'],
  'posterior-thigh': ['posterior'],
  'lower-back': ['posterior'],
}

export const regionsOfBodyAreaCitation: Citation = cite(
  ['S3', 'S19', 'S26', 'S5'],
  'unchecked',
  'Grouping of body-chart areas into exam regions: clinical convention, not a published rule.',
)

/**
 * The regions where it hurts, from the body chart and the pain's character in the history: deep,
 * poorly localised pain or the C-sign point to the joint. In the fixed order of `examRegions`.
 */
export function regionsWhereItHurts(
  history: Pick<History, 'painAreas' | 'deepPoorlyLocalised' | 'pointsWithCSign'> | undefined,
): ExamRegion[] {
  const found = new Set<ExamRegion>()
  for (const area of history?.painAreas ?? [])
    for (const region of regionsOfBodyArea[area.region]) found.add(region)
  if (history?.deepPoorlyLocalised === 'yes' || history?.pointsWithCSign === 'yes')
    found.add('joint')
  return examRegions.filter((r) => found.has(r))
}

/** Onset mechanisms that are trauma (the fracture-after-trauma red flag reads them). */
const traumaMechanisms: readonly string[] = ['fall', 'direct-blow', 'fall-or-collision']

/**
 * After a fall or a blow, the test that rules a femoral fracture out (patellar–pubic percussion,
 * LR− 0.07) is required whatever the region, so that a fracture is never missed for want of it.
 */
export const afterTrauma = {
  specialTests: ['patellarPubicPercussion'] as SpecialTestId[],
  citation: cite(['S1'], 'confirmed', 'Reiman 2013: pooled 3 studies, n=782, LR− 0.07.'),
}

export function hadTrauma(history: Pick<History, 'onset' | 'redFlags'> | undefined): boolean {
  return (
    traumaMechanisms.includes(history?.onset?.mechanism ?? '') ||
    history?.redFlags?.recentTrauma === 'yes'
  )
}

/** The special tests of the given regions, each once, in region order. */
export function keySpecialTests(regions: readonly ExamRegion[]): SpecialTestId[] {
  return [...new Set(regions.flatMap((r) => examRegionKeyTests[r].specialTests))]
}

/** The palpation sites of the given regions, each once. */
export function keyPalpationSites(regions: readonly ExamRegion[]): PalpationSiteId[] {
  return [...new Set(regions.flatMap((r) => examRegionKeyTests[r].palpation))]
}

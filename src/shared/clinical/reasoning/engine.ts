import type { AssessmentSections } from '../../model/assessment/assessment'
import { ageInYears } from '../../model/calendarDate'
import type { Sex } from '../../model/patient'
import {
  conditionIds,
  conditionNames,
  type ConditionId,
  type RedFlagId,
} from '../conditions/conditionIds'
import { groupLedBy, partOf } from '../conditions/conditionGroups'
import { formatRatio } from '../presentation/likelihood'
import type { Citation } from '../sources'
import { conditionModels } from './conditionModels'
import { topEntryIds } from './differentialEntries'
import type { Evidence } from './conditionModel'
import type { FindingContext, Patient } from './findingContext'
import { findingLabel, findings, readFindings, type FindingId, type FindingSet } from './findings'
import { acrHipOaClinical, hipOaCriteriaApply, type AcrResult } from './hipOaCriteria'
import { raisedRedFlags, redFlagRules, type RedFlagResult } from './redFlagRules'

/**
 * The working-diagnosis engine: a pure, deterministic function of an assessment.
 *
 * Method (docs/clinical-reasoning.md): each condition starts from a stated pre-test probability,
 * adjusted for age and sex; every known finding then multiplies its odds by a likelihood ratio
 * (published where one exists) or a stated weight, each capped to [0.1, 10] so that no single
 * small study decides alone. Conditions are scored independently (a runner can have two), so
 * adding a finding that supports one never lowers it. Red flags are separate rules, checked on
 * every call and reported before the ranking, whatever it says.
 */
/**
 * Stored with every proposal and finalised record. 2.0.0: the wider, age-aware differential, GTPS
 * as a group, red-flag levels, red flags owning the plan (tests/unit/knowledgeVersion.test.ts).
 * 2.1.0: the exam's key tests by region, the PSFS and GROC with their sources, the exercise
 * drawings and the runner's plain-words advice; the ranking rules themselves are unchanged.
 */
export const ENGINE_VERSION = '2.1.0'
export const RATIO_LIMITS = { min: 0.1, max: 10 } as const

export interface ReasoningInput {
  sections: AssessmentSections
  patient: { dateOfBirth: string; sex: Sex }
  /** The assessment date: age is taken on that day. */
  date: string
}

export interface AppliedEvidence {
  finding: FindingId
  label: string
  state: 'present' | 'absent'
  /** The factor applied to the odds (after capping). */
  ratio: number
  basis: Evidence['basis']
  citation?: Citation
  note?: string
}

export interface SuggestedTest {
  finding: FindingId
  what: string
  why: string
  conditions: ConditionId[]
  /** Higher first. */
  priority: number
}

export interface ConditionResult {
  id: ConditionId
  name: string
  /** Post-test probability from the findings; decision support, not a diagnosis. */
  probability: number
  priorProbability: number
  priorAdjustments: string[]
  supporting: AppliedEvidence[]
  opposing: AppliedEvidence[]
  /** The unrecorded findings that would move this condition most. */
  toDiscriminate: SuggestedTest[]
  /**
   * The condition this one is part of (trochanteric bursitis within greater trochanteric pain
   * syndrome): it is listed right after it and shown nested under it, not as a rival.
   */
  partOf?: ConditionId
  /**
   * For a condition that heads a group: the group's name and its likelihood, the highest of its
   * members', by which the group is ranked as one entry.
   */
  group?: { name: string; probability: number }
}

export type { RedFlagResult } from './redFlagRules'

export interface ReasoningResult {
  engineVersion: string
  redFlags: RedFlagResult[]
  differential: ConditionResult[]
  suggestedTests: SuggestedTest[]
  notes: string[]
  /** The ACR criteria as read, and whether they concern this patient (hipOaCriteriaApply). */
  hipOaCriteria: AcrResult & { applies: boolean }
}

const clamp = (ratio: number) => Math.min(RATIO_LIMITS.max, Math.max(RATIO_LIMITS.min, ratio))
const odds = (p: number) => p / (1 - p)
const probability = (o: number) => o / (1 + o)
const round = (n: number) => Math.round(n * 1000) / 1000

export function contextOf(input: ReasoningInput): FindingContext {
  const painSide = input.sections.history.painSide
  return {
    sections: input.sections,
    patient: { age: ageInYears(input.patient.dateOfBirth, input.date), sex: input.patient.sex },
    involved: painSide === 'left' || painSide === 'right' ? painSide : undefined,
  }
}

function applyEvidence(evidence: Evidence, set: FindingSet): AppliedEvidence | undefined {
  const state = set[evidence.finding]
  const raw =
    state === 'present' ? evidence.ifPresent : state === 'absent' ? evidence.ifAbsent : undefined
  if (!state || raw === undefined || raw === 1) return undefined
  const applied: AppliedEvidence = {
    finding: evidence.finding,
    label: findingLabel(evidence.finding, state),
    state,
    ratio: clamp(raw),
    basis: evidence.basis,
  }
  if (evidence.citation) applied.citation = evidence.citation
  if (evidence.note) applied.note = evidence.note
  return applied
}

/** How much recording this finding could move the condition: the larger of its two log ratios. */
const impact = (e: Evidence) =>
  Math.max(
    e.ifPresent ? Math.abs(Math.log(clamp(e.ifPresent))) : 0,
    e.ifAbsent ? Math.abs(Math.log(clamp(e.ifAbsent))) : 0,
  )

const isExamFinding = (id: FindingId) => /^(test-|tender-)/.test(id) || 'toRecord' in findings[id]

const whatToRecord = (id: FindingId): string => {
  const definition = findings[id]
  return 'toRecord' in definition ? definition.toRecord : definition.label
}

function describe(e: Evidence, condition: ConditionId): string {
  const name = conditionNames[condition]
  const parts = [
    e.ifPresent && e.ifPresent > 1
      ? `positive raises ${name} (${formatRatio(clamp(e.ifPresent))})`
      : undefined,
    e.ifAbsent && e.ifAbsent < 1
      ? `negative lowers it (${formatRatio(clamp(e.ifAbsent))})`
      : undefined,
  ].filter(Boolean)
  return parts.join('; ')
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * For each condition, the exam findings that would move it at least twofold, strongest first.
 * Computed once: the engine runs on every keystroke.
 */
const discriminators: Record<ConditionId, SuggestedTest[]> = Object.fromEntries(
  conditionIds.map((id) => [
    id,
    conditionModels[id].evidence
      .filter((e) => isExamFinding(e.finding) && impact(e) >= Math.log(2))
      .sort((a, b) => impact(b) - impact(a) || byText(a.finding, b.finding))
      .map((e) => ({
        finding: e.finding,
        what: whatToRecord(e.finding),
        why: describe(e, id),
        conditions: [id],
        priority: impact(e),
      })),
  ]),
) as Record<ConditionId, SuggestedTest[]>

const strength = (a: AppliedEvidence) => Math.abs(Math.log(a.ratio))
const byStrength = (a: AppliedEvidence, b: AppliedEvidence) => strength(b) - strength(a)

function scoreCondition(id: ConditionId, patient: Patient, set: FindingSet): ConditionResult {
  const model = conditionModels[id]
  const adjustments = model.adjustments.filter((a) => a.applies(patient))
  const priorOdds = adjustments.reduce((o, a) => o * a.factor, odds(model.prior))
  const applied = model.evidence
    .map((e) => applyEvidence(e, set))
    .filter((a): a is AppliedEvidence => a !== undefined)
  const postOdds = applied.reduce((o, a) => o * a.ratio, priorOdds)
  const toDiscriminate = discriminators[id].filter((d) => set[d.finding] === undefined).slice(0, 3)
  return {
    id,
    name: conditionNames[id],
    probability: round(probability(postOdds)),
    priorProbability: round(probability(priorOdds)),
    priorAdjustments: adjustments.map((a) => `${a.label} ${formatRatio(a.factor)}`),
    supporting: applied.filter((a) => a.ratio > 1).sort(byStrength),
    opposing: applied.filter((a) => a.ratio < 1).sort(byStrength),
    toDiscriminate,
  }
}

function suggestTests(
  differential: ConditionResult[],
  ctx: FindingContext,
  set: FindingSet,
  raised: Set<RedFlagId>,
): SuggestedTest[] {
  const suggestions = new Map<FindingId, SuggestedTest>()
  // Ruling out a red flag comes first: a possible stress fracture must not wait for a ranking.
  for (const rule of redFlagRules) {
    if (raised.has(rule.id) || !rule.toRuleOut) continue
    const relevant =
      rule.id === 'femoral-neck-stress-fracture'
        ? ['pain-groin', 'pain-anterior-thigh', 'deep-poorly-localised'].some(
            (f) => set[f as FindingId] === 'present',
          )
        : rule.id === 'scfe'
          ? ctx.patient.age <= 16 && set['antalgic-gait'] === 'present'
          : rule.id === 'fracture-after-trauma'
            ? set['trauma-onset'] === 'present'
            : rule.id === 'septic-arthritis'
              ? ['cannot-bear-weight', 'leg-flexed-abducted-externally-rotated'].some(
                  (f) => set[f as FindingId] === 'present',
                )
              : false
    if (!relevant) continue
    for (const finding of rule.toRuleOut.filter((f) => set[f] === undefined)) {
      suggestions.set(finding, {
        finding,
        what: whatToRecord(finding),
        why: `needed to rule out: ${rule.name.toLowerCase()}`,
        conditions: [],
        priority: 100,
      })
    }
  }
  const topThree = new Set(topEntryIds(differential, 3))
  for (const condition of differential.filter((c) => topThree.has(c.id))) {
    for (const s of condition.toDiscriminate) {
      const existing = suggestions.get(s.finding)
      const priority = s.priority * (0.5 + condition.probability)
      if (!existing) suggestions.set(s.finding, { ...s, priority })
      else if (existing.priority < 100) {
        suggestions.set(s.finding, {
          ...existing,
          conditions: [...existing.conditions, condition.id],
          priority: existing.priority + priority,
        })
      }
    }
  }
  return [...suggestions.values()]
    .sort((a, b) => b.priority - a.priority || byText(a.finding, b.finding))
    .slice(0, 6)
}

const byProbability = (a: ConditionResult, b: ConditionResult) =>
  b.probability - a.probability || byText(a.id, b.id)

/**
 * Every condition scored from a set of findings, most likely first, a group ranked as one entry
 * (by its most likely member) with its members right after its lead (conditionGroups.ts).
 */
export function rankConditions(patient: Patient, set: FindingSet): ConditionResult[] {
  const scored = new Map(conditionIds.map((id) => [id, scoreCondition(id, patient, set)]))
  const entries = [...scored.values()]
    .filter((c) => partOf[c.id] === undefined)
    .map((lead) => {
      const group = groupLedBy[lead.id]
      if (!group) return { lead, members: [] as ConditionResult[], p: lead.probability }
      const members = group.members.map((m) => ({ ...scored.get(m)!, partOf: lead.id }))
      const p = Math.max(lead.probability, ...members.map((m) => m.probability))
      return {
        lead: { ...lead, group: { name: group.name, probability: p } },
        members: members.sort(byProbability),
        p,
      }
    })
    .sort((a, b) => b.p - a.p || byText(a.lead.id, b.lead.id))
  return entries.flatMap((e) => [e.lead, ...e.members])
}

export function reason(input: ReasoningInput): ReasoningResult {
  const ctx = contextOf(input)
  const set = readFindings(ctx)
  const redFlags = raisedRedFlags(ctx, set)
  const differential = rankConditions(ctx.patient, set)
  const notes: string[] = []
  const top = differential[0]
  if (top?.id === 'lumbar-referred' && top.probability >= 0.5) {
    notes.push(
      'The hip is not the likely source of this pain: the findings point to the lumbar spine. Assess the lumbar spine, or refer for spinal assessment, before treating the hip.',
    )
  }
  return {
    engineVersion: ENGINE_VERSION,
    redFlags,
    differential,
    suggestedTests: suggestTests(differential, ctx, set, new Set(redFlags.map((f) => f.id))),
    notes,
    hipOaCriteria: { ...acrHipOaClinical(ctx), applies: hipOaCriteriaApply(ctx, differential) },
  }
}

/** The findings as the engine reads them (for explanations and tests). */
export const findingsOf = (input: ReasoningInput): FindingSet => readFindings(contextOf(input))

import type {
  Annotation,
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  CodeableConcept,
  Coding,
  Condition,
  ContactPoint,
  Encounter,
  FhirResource,
  Identifier,
  Observation,
  Patient as FhirPatient,
  Quantity,
  Reference,
} from 'fhir/r4'
import { conditionIds, conditionNames, type ConditionId } from '../clinical/conditions/conditionIds'
import { GROC_UNIT, measuresOf, type Measure, type MeasureKind } from '../clinical/measures'
import { assessmentTypeLabels, type Assessment } from '../model/assessment/assessment'
import { currentPhaseNumber, type PlanExercise, type TreatmentPlan } from '../model/assessment/plan'
import type { ConfirmedDiagnosis } from '../model/assessment/workingDiagnosis'
import { patientFullName, type Patient, type Sex } from '../model/patient'
import { codeable, derivedUuid, fhirSystems } from './fhirCodes'
import {
  palpationObservations,
  runningObservations,
  specialTestObservations,
  type ObservationCommon,
} from './fhirFindings'
import { historyObservations } from './fhirHistory'

/**
 * FHIR R4 export: patients with their assessments as one `collection` Bundle, for another
 * clinical system to import. Per patient a Patient; per assessment an Encounter, one Observation
 * per numeric measure (measures.ts), per special test done, per site palpated and per
 * running-checklist item observed (fhirFindings.ts), per history answer of the screening and
 * version 2 fields (fhirHistory.ts), a Condition per confirmed working diagnosis (provisional: it is a working
 * diagnosis) and a CarePlan for the treatment plan.
 *
 * The export is deterministic: the same records and `generatedAt` always give the same bundle.
 * Resources with an app uuid (patient, assessment) keep it; the others get a uuid-like id
 * derived from the assessment id and what they are (see `derivedUuid`). In a bundle every
 * reference is the `urn:uuid:` fullUrl of an entry in the same bundle; the clinic's FHIR Bulk
 * Data export (transfer/fhirBulk.ts in main) writes the same resources one per line, referring
 * by `Type/id` (fhirResourcesOf).
 *
 * Not exported: the rest of the history's answers (including the red-flag screen's yes / no
 * questions), addenda, the engine's proposal, and the patient's running profile and notes.
 */

/**
 * LOINC codes, only where the LOINC term is the same concept as the measure. Pain now is the
 * 0-10 numeric rating, reported; the 24-hour best/worst and pain during running have a time
 * aspect this term does not carry, so they keep the local code only.
 */
const loincByMeasure: Readonly<Record<string, Coding>> = {
  'pain.now': {
    system: fhirSystems.loinc,
    code: '72514-3',
    display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
  },
}

type Category = 'survey' | 'exam' | 'activity'
const categoryByKind: Record<MeasureKind, Category> = {
  pain: 'survey',
  outcome: 'survey',
  rom: 'exam',
  strength: 'exam',
  symmetry: 'exam',
  running: 'activity',
}
const categoryDisplay: Record<Category, string> = {
  survey: 'Survey',
  exam: 'Exam',
  activity: 'Activity',
}

/** UCUM codes for the units measures.ts uses; `unit` keeps the app's own display. */
const ucumByUnit: Readonly<Record<string, string>> = {
  '°': 'deg',
  'N/kg': 'N/kg',
  N: 'N',
  '%': '%',
  'steps/min': '/min',
  '/10': '{score}',
  '/80': '{score}',
  '/100': '{score}',
  [GROC_UNIT]: '{score}',
}

const genderBySex: Record<Sex, NonNullable<FhirPatient['gender']>> = {
  female: 'female',
  male: 'male',
  intersex: 'other',
  'not-stated': 'unknown',
}

export interface FhirExportRecord {
  patient: Patient
  assessments: Assessment[]
}

export function toFhirBundle(
  records: FhirExportRecord[],
  options: { generatedAt: string },
): Bundle<FhirResource> {
  const entry = records.flatMap((record) => fhirResourcesOf(record, 'bundle').map(entryOf))
  return { resourceType: 'Bundle', type: 'collection', timestamp: options.generatedAt, entry }
}

/**
 * How resources point at each other: inside a Bundle, by the `urn:uuid:` fullUrl of an entry;
 * in FHIR Bulk Data (NDJSON files, one resource per line), by `Type/id`, resolved within the
 * export's files.
 */
export type FhirReferenceStyle = 'bundle' | 'bulk'

/** One patient's resources: the Patient, then each assessment's, in visit order. */
export function fhirResourcesOf(
  { patient, assessments }: FhirExportRecord,
  style: FhirReferenceStyle,
): FhirResource[] {
  const resources: FhirResource[] = [patientResource(patient)]
  for (const assessment of [...assessments].sort(byVisit)) {
    resources.push(...fhirAssessmentResourcesOf(patient, assessment, style))
  }
  return resources
}

/** One patient's Patient resource (the first of fhirResourcesOf). */
export const fhirPatientOf = (patient: Patient): FhirPatient => patientResource(patient)

/** One assessment's resources, as fhirResourcesOf gives them: for exports that go visit by visit. */
export function fhirAssessmentResourcesOf(
  patient: Patient,
  assessment: Assessment,
  style: FhirReferenceStyle,
): FhirResource[] {
  return assessmentResources(assessment, uuidOf(patient.id), referenceMaker(style))
}

type MakeReference = (type: 'Patient' | 'Encounter' | 'Condition', id: string) => Reference
const referenceMaker =
  (style: FhirReferenceStyle): MakeReference =>
  (type, id) => ({ reference: style === 'bundle' ? `urn:uuid:${id}` : `${type}/${id}` })

const byVisit = (a: Assessment, b: Assessment) =>
  compare(a.date, b.date) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id)
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A text field that was filled in (optional text fields may hold an empty string). */
const given = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== ''

const uuidOf = (appId: string) => appId.toLowerCase()
const entryOf = (resource: FhirResource): BundleEntry<FhirResource> => ({
  fullUrl: `urn:uuid:${resource.id}`,
  resource,
})

function patientResource(p: Patient): FhirPatient {
  const identifier: Identifier[] = [{ system: fhirSystems.patientId, value: p.id }]
  if (given(p.recordNumber)) {
    identifier.push({
      type: {
        coding: [
          { system: fhirSystems.identifierType, code: 'MR', display: 'Medical record number' },
        ],
        text: 'Record number',
      },
      value: p.recordNumber,
    })
  }
  const telecom: ContactPoint[] = []
  if (given(p.phone)) telecom.push({ system: 'phone', value: p.phone })
  if (given(p.email)) telecom.push({ system: 'email', value: p.email })
  return {
    resourceType: 'Patient',
    id: uuidOf(p.id),
    identifier,
    name: [{ text: patientFullName(p), family: p.familyName, given: [p.givenName] }],
    ...(telecom.length > 0 ? { telecom } : {}),
    gender: genderBySex[p.sex],
    birthDate: p.dateOfBirth,
    ...(given(p.address) ? { address: [{ text: p.address }] } : {}),
  }
}

function assessmentResources(
  a: Assessment,
  patientId: string,
  reference: MakeReference,
): FhirResource[] {
  const finalised = a.status === 'finalised'
  const subject = reference('Patient', patientId)
  const encounterId = uuidOf(a.id)
  const encounterRef = reference('Encounter', encounterId)
  const clinician: Reference | undefined = given(a.clinicianName)
    ? { display: a.clinicianName }
    : undefined

  const conditions = (a.workingDiagnosis?.confirmed ?? []).map((d, i): Condition => ({
    resourceType: 'Condition',
    id: derivedUuid(`${a.id}/condition/${i}`),
    clinicalStatus: codeable(fhirSystems.conditionClinical, 'active', 'Active'),
    verificationStatus: codeable(fhirSystems.conditionVerification, 'provisional', 'Provisional'),
    category: [
      codeable(fhirSystems.conditionCategory, 'encounter-diagnosis', 'Encounter Diagnosis'),
    ],
    code: diagnosisCode(d),
    subject,
    encounter: encounterRef,
    recordedDate: a.workingDiagnosis!.confirmedAt,
    ...(given(a.workingDiagnosis!.reason)
      ? {
          note: [{ text: `Reason for differing from the proposal: ${a.workingDiagnosis!.reason}` }],
        }
      : {}),
  }))

  const encounter: Encounter = {
    resourceType: 'Encounter',
    id: encounterId,
    identifier: [{ system: fhirSystems.assessmentId, value: a.id }],
    status: finalised ? 'finished' : 'in-progress',
    class: { system: fhirSystems.actCode, code: 'AMB', display: 'ambulatory' },
    type: [
      {
        coding: [{ system: fhirSystems.assessmentType, code: a.type }],
        text: assessmentTypeLabels[a.type],
      },
    ],
    subject,
    ...(clinician ? { participant: [{ individual: clinician }] } : {}),
    period: { start: a.date },
    ...(conditions.length > 0
      ? { diagnosis: conditions.map((c) => ({ condition: reference('Condition', c.id!) })) }
      : {}),
  }

  const common: ObservationCommon = {
    status: finalised ? 'final' : 'preliminary',
    subject,
    encounter: encounterRef,
    effectiveDateTime: a.date,
    ...(finalised && a.finalisedAt ? { issued: a.finalisedAt } : {}),
    ...(clinician ? { performer: [clinician] } : {}),
  }
  const measured = measuresOf(a).map((m): Observation => ({
    resourceType: 'Observation',
    id: derivedUuid(`${a.id}/observation/${m.id}`),
    ...common,
    category: [
      codeable(
        fhirSystems.observationCategory,
        categoryByKind[m.kind],
        categoryDisplay[categoryByKind[m.kind]],
      ),
    ],
    code: measureCode(m),
    valueQuantity: quantityOf(m),
    ...(m.side ? { bodySite: { text: bodySiteText(m) } } : {}),
  }))
  const observations = [
    ...measured,
    ...specialTestObservations(a, common),
    ...palpationObservations(a, common),
    ...runningObservations(a, common),
    ...historyObservations(a, common),
  ]

  const carePlan = a.plan
    ? carePlanResource(a, a.plan, subject, encounterRef, conditions, reference)
    : []
  return [encounter, ...observations, ...conditions, ...carePlan]
}

function measureCode(m: Measure): CodeableConcept {
  const loinc = loincByMeasure[m.id]
  const local: Coding = { system: fhirSystems.measure, code: m.id, display: m.label }
  return { coding: loinc ? [loinc, local] : [local], text: m.label }
}

function quantityOf(m: Measure): Quantity {
  const ucum = ucumByUnit[m.unit]
  return ucum
    ? { value: m.value, unit: m.unit, system: fhirSystems.ucum, code: ucum }
    : { value: m.value, unit: m.unit }
}

/** "Right hip", "Left knee", "Left lower limb": the side, and where the measure was taken. */
function bodySiteText(m: Measure): string {
  const side = m.side === 'left' ? 'Left' : 'Right'
  const region = m.id.startsWith('strength.knee')
    ? 'knee'
    : m.id.startsWith('rom.straightLegRaise')
      ? 'lower limb'
      : m.kind === 'rom' || m.kind === 'strength'
        ? 'hip'
        : 'side'
  return `${side} ${region}`
}

const isConditionId = (s: string): s is ConditionId =>
  (conditionIds as readonly string[]).includes(s)

function diagnosisCode(d: ConfirmedDiagnosis): CodeableConcept {
  if ('conditionId' in d) {
    const name = conditionNames[d.conditionId]
    return {
      coding: [{ system: fhirSystems.condition, code: d.conditionId, display: name }],
      text: name,
    }
  }
  return { text: d.freeText }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** An exercise as one line: "name: sets × reps / hold, frequency, load", then its notes. */
export function exerciseDescription(e: PlanExercise): string {
  const setsReps =
    e.sets !== undefined && e.reps !== undefined
      ? `${e.sets} × ${e.reps}`
      : e.sets !== undefined
        ? plural(e.sets, 'set')
        : e.reps !== undefined
          ? plural(e.reps, 'rep')
          : undefined
  const hold = e.holdSeconds !== undefined ? `${e.holdSeconds} s hold` : undefined
  const dose = [setsReps, hold].filter((s) => s !== undefined).join(' / ')
  const parts = [dose, e.frequency, e.load].filter(given)
  const line = parts.length > 0 ? `${e.name}: ${parts.join(', ')}` : e.name
  return given(e.notes) ? `${line} — ${e.notes}` : line
}

function carePlanResource(
  a: Assessment,
  plan: TreatmentPlan,
  subject: Reference,
  encounter: Reference,
  conditions: Condition[],
  reference: MakeReference,
): CarePlan[] {
  const onHold = plan.loadingOnHold
  const current = currentPhaseNumber(plan)
  // Earlier phases are done, the current one is under way, later ones wait their turn.
  const statusOf = (phase: number) =>
    onHold
      ? ('on-hold' as const)
      : phase < current
        ? ('completed' as const)
        : phase === current
          ? ('in-progress' as const)
          : ('not-started' as const)
  const activity: CarePlanActivity[] = plan.phases.flatMap((phase, i) =>
    phase.exercises.map((e) => ({
      detail: {
        ...(e.exerciseId
          ? {
              code: {
                coding: [{ system: fhirSystems.exercise, code: e.exerciseId }],
                text: e.name,
              },
            }
          : { code: { text: e.name } }),
        status: statusOf(i + 1),
        ...(onHold
          ? { statusReason: { text: 'Loading on hold until the patient is cleared' } }
          : {}),
        scheduledString: `Phase ${i + 1} of ${plan.phases.length}: ${phase.name}`,
        description: exerciseDescription(e),
      },
    })),
  )
  const basedOn = plan.basedOn.map((d) => (isConditionId(d) ? conditionNames[d] : d))
  const note = planNotes(plan)
  return [
    {
      resourceType: 'CarePlan',
      id: derivedUuid(`${a.id}/careplan`),
      status: a.status === 'finalised' ? 'active' : 'draft',
      intent: 'plan',
      title: basedOn.length > 0 ? `Treatment plan: ${basedOn.join('; ')}` : 'Treatment plan',
      subject,
      encounter,
      period: { start: a.date },
      created: plan.generatedAt,
      ...(conditions.length > 0
        ? { addresses: conditions.map((c) => reference('Condition', c.id!)) }
        : {}),
      ...(activity.length > 0 ? { activity } : {}),
      ...(note.length > 0 ? { note } : {}),
    },
  ]
}

/** The parts of the plan that are not exercises, one note per section, as a markdown list. */
function planNotes(plan: TreatmentPlan): Annotation[] {
  const referral = (r: TreatmentPlan['referrals'][number]) =>
    `${r.to} (${r.urgency}): ${r.reason}${given(r.when) ? ` (${r.when})` : ''}`
  const sections: [string, string[]][] = [
    ['Referrals', plan.referrals.map(referral)],
    [
      'Loading on hold',
      plan.loadingOnHold ? ['No loading programme until a doctor has cleared the patient'] : [],
    ],
    ...plan.phases.map((p): [string, string[]] => [
      `Phase: ${p.name}`,
      [...p.goals.map((g) => `Goal: ${g}`), ...p.progressWhen.map((c) => `Progress when: ${c}`)],
    ]),
    ['Education', plan.education],
    ['Load management', plan.loadManagement],
    ['Running retraining', plan.runningRetraining],
    ['Return to running', plan.returnToRunning],
    ['Manual therapy', plan.manualTherapy],
    ['Review date', plan.reviewDate ? [plan.reviewDate] : []],
    ['Notes', given(plan.notes) ? [plan.notes] : []],
  ]
  return sections
    .filter(([, lines]) => lines.length > 0)
    .map(([heading, lines]) => ({ text: `${heading}:\n${lines.map((l) => `- ${l}`).join('\n')}` }))
}

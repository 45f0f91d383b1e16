import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { conditionIds, redFlagIds } from '../../src/shared/clinical/conditions/conditionIds'
import { ageInYears } from '../../src/shared/model/calendarDate'
import type { Sex } from '../../src/shared/model/patient'
import {
  assessmentExportSchema,
  type AssessmentExport,
} from '../../src/shared/model/assessment/assessmentExport'
import { ASSESSMENT_SCHEMA_VERSION } from '../../src/shared/model/assessment/assessment'
import { missingItems } from '../../src/shared/model/assessment/requiredItems'
import { exercises } from '../../src/shared/clinical/plan/exercises'
import { planSections, vignetteExpectations } from '../support/vignetteExpectations'
import { vignetteIds } from '../support/vignettes'

/**
 * The twelve clinical vignettes (/work/shared/clinical/vignettes.md) encoded in the export
 * format, for the clinical-reasoning tests. These checks keep the fixtures valid, complete and
 * faithful to the vignettes, so that a careless edit of a fixture is caught here.
 */

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'vignettes')
const ASSESSMENT_DATE = '2026-11-02'

type Fixture = AssessmentExport

interface Vignette {
  age: number
  sex: Sex
  check: (f: Fixture) => void
}

const load = (id: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURES, `${id}.json`), 'utf8')) as unknown
const fixture = (id: string): Fixture => assessmentExportSchema.parse(load(id))

/** Limb symmetry index of a strength group: involved / uninvolved force, as a percentage. */
function symmetry(f: Fixture, group: 'hipAbductors' | 'hipAdductors', involved: 'left' | 'right') {
  const s = f.assessment.exam.strength?.[group]
  const other = involved === 'left' ? 'right' : 'left'
  const inv = s?.[involved]?.forceN
  const uninv = s?.[other]?.forceN
  if (inv === undefined || uninv === undefined) throw new Error(`No forces for ${group}`)
  return Math.round((inv / uninv) * 100)
}

const vignettes: Record<string, Vignette> = {
  V01: {
    age: 45,
    sex: 'female',
    check: ({ assessment: { history, exam, running } }) => {
      expect(history.painAreas).toEqual([{ region: 'lateral-hip', side: 'right' }])
      expect(history.aggravating?.present).toEqual(
        expect.arrayContaining(['lying-on-side', 'stairs', 'standing-on-one-leg']),
      )
      expect(exam.specialTests?.singleLegStance30s).toMatchObject({
        result: 'positive',
        side: 'right',
      })
      expect(exam.specialTests?.faderR).toMatchObject({ result: 'positive', side: 'right' })
      expect(exam.specialTests?.fadir?.result).toBe('negative')
      expect(exam.palpation?.greaterTrochanter).toMatchObject({
        right: 'tender',
        left: 'not-tender',
      })
      expect(exam.strength?.hipAbductors?.right?.oxford).toBe('4')
      expect(exam.bodyMassKg).toBeGreaterThan(0)
      expect(exam.observation).toMatchObject({
        trendelenburgGait: 'trendelenburg',
        trendelenburgStanceSide: 'right',
      })
      expect(running).toMatchObject({
        cadenceSpm: 158,
        pelvicDrop: 'right-stance',
        crossover: 'yes',
      })
    },
  },
  V02: {
    age: 19,
    sex: 'male',
    check: ({ assessment: { history, exam, running } }) => {
      expect(history.onset).toMatchObject({
        type: 'sudden',
        mechanism: 'sprint-or-acceleration',
        duration: { value: 5, unit: 'days' },
      })
      expect(history.painAreas).toEqual([{ region: 'posterior-thigh', side: 'left' }])
      expect(exam.rom?.motions?.straightLegRaise).toMatchObject({
        left: 55,
        right: 80,
        painLeft: true,
      })
      expect(exam.strength?.kneeFlexors?.left).toMatchObject({ oxford: '4', pain: true })
      expect(exam.palpation?.hamstringMuscleBelly?.left).toBe('tender')
      expect(exam.palpation?.ischialTuberosity).toMatchObject({ left: 'not-tender' })
      expect(history.redFlags?.neurologicalSymptoms).toBe('no')
      expect(running.status).toBe('not-assessed')
    },
  },
  V03: {
    age: 34,
    sex: 'female',
    check: ({ assessment: { history, exam, running } }) => {
      expect(history.energyAvailability).toMatchObject({
        menstrualStatus: 'irregular',
        restrictedEatingOrWeightLoss: 'yes',
      })
      expect(history.training).toMatchObject({
        weeklyDistanceKm: 60,
        previousWeeklyDistanceKm: 35,
        changeOverWeeks: 3,
        recentChange: 'increase',
      })
      expect(history.runningBehaviour).toMatchObject({
        worseTheLongerYouRun: 'yes',
        easesOnceWarmedUp: 'no',
        limpsAfterRunning: 'yes',
      })
      expect(history.nightPain).not.toBe('none')
      expect(exam.specialTests?.hop).toMatchObject({ result: 'positive', side: 'right' })
      expect(exam.specialTests?.fulcrum).toMatchObject({ result: 'positive', side: 'right' })
      expect(exam.rom?.motions?.internalRotation?.painRight).toBe(true)
      expect(running.status).toBe('not-assessed')
    },
  },
  V04: {
    age: 15,
    sex: 'male',
    check: ({ assessment: { history, exam, running } }) => {
      expect(history.onset).toMatchObject({ type: 'sudden', feltPop: 'yes' })
      expect(history.painSide).toBe('left')
      expect(exam.palpation?.asis?.left).toBe('tender')
      expect(exam.specialTests?.resistedStraightLegRaise).toMatchObject({
        result: 'positive',
        side: 'left',
      })
      expect(exam.strength?.hipFlexors?.left).toMatchObject({ oxford: '4-', pain: true })
      expect(exam.rom?.motions?.extension?.painLeft).toBe(true)
      expect(exam.observation).toMatchObject({ antalgicGait: 'yes', weightBearing: 'full-painful' })
      expect(history.redFlags?.limp).toBe('yes')
      expect(running.status).toBe('not-assessed')
    },
  },
  V05: {
    age: 58,
    sex: 'male',
    check: ({ patient, assessment: { history, exam } }) => {
      expect(patient.yearsRunning).toBe(30)
      expect(history.morningStiffnessMinutes).toBe(20)
      expect(history.nightPain).toBe('none')
      expect(history.redFlags).toMatchObject({ unexplainedWeightLoss: 'no', feverOrUnwell: 'no' })
      expect(history.aggravating?.present).toContain('putting-on-socks')
      expect(exam.rom?.motions?.internalRotation).toMatchObject({
        right: 10,
        left: 30,
        painRight: true,
      })
      expect(exam.rom?.motions?.flexion).toMatchObject({ right: 100, left: 120 })
    },
  },
  V06: {
    age: 28,
    sex: 'female',
    check: ({ assessment: { history, exam } }) => {
      expect(history.pointsWithCSign).toBe('yes')
      expect(history.mechanicalSymptoms).toMatchObject({ clicking: 'yes', catching: 'yes' })
      expect(history.aggravating?.present).toEqual(
        expect.arrayContaining(['pivoting', 'low-seat-or-car']),
      )
      expect(exam.specialTests?.fadir).toMatchObject({ result: 'positive', side: 'right' })
      expect(exam.specialTests?.faber).toMatchObject({ result: 'positive', side: 'right' })
      expect(exam.rom?.rotationPosition).toBe('hip-flexed-90')
      expect(exam.rom?.motions?.internalRotation).toMatchObject({ right: 15, left: 30 })
    },
  },
  V07: {
    age: 30,
    sex: 'male',
    check: ({ assessment: { history, exam, running } }) => {
      expect(history.painAreas).toEqual([{ region: 'lateral-thigh-knee', side: 'left' }])
      expect(history.runningBehaviour?.comesOnAtPredictableDistance).toBe('yes')
      expect(history.aggravating?.present).toContain('downhill')
      expect(exam.specialTests?.ober).toMatchObject({ result: 'positive', side: 'left' })
      expect(exam.specialTests?.nobleCompression).toMatchObject({
        result: 'positive',
        side: 'left',
      })
      expect(exam.strength?.hipAbductors).toMatchObject({
        left: { oxford: '4' },
        right: { oxford: '5' },
      })
      expect(running).toMatchObject({ crossover: 'yes', hipAdductionKneeValgus: 'left-stance' })
    },
  },
  V08: {
    age: 24,
    sex: 'female',
    check: ({ assessment: { history, exam } }) => {
      expect(history.snap).toMatchObject({ felt: true, heard: true, location: 'anterior' })
      expect(history.mechanicalSymptoms).toMatchObject({ snapping: 'yes', locking: 'no' })
      expect(exam.specialTests?.iliopsoasSnap).toMatchObject({ result: 'positive', side: 'right' })
      expect(exam.specialTests?.resistedHipFlexion?.result).toBe('positive')
      expect(exam.specialTests?.fadir?.result).toBe('negative')
    },
  },
  V09: {
    age: 40,
    sex: 'female',
    check: ({ assessment: { history, exam } }) => {
      expect(history.painAreas).toEqual([{ region: 'sitting-bone', side: 'right' }])
      expect(history.aggravating?.present).toEqual(
        expect.arrayContaining(['sitting', 'uphill', 'speed']),
      )
      expect(history.runningBehaviour).toMatchObject({
        easesOnceWarmedUp: 'yes',
        worstAfterOrNextMorning: 'yes',
      })
      expect(history.painBelowKnee).toBe('no')
      expect(exam.palpation?.ischialTuberosity?.right).toBe('tender')
      for (const test of ['bentKneeStretch', 'modifiedBentKneeStretch', 'puranenOrava'] as const) {
        expect(exam.specialTests?.[test]).toMatchObject({ result: 'positive', side: 'right' })
      }
      expect(exam.specialTests?.slump?.result).toBe('negative')
    },
  },
  V10: {
    age: 27,
    sex: 'male',
    check: (f) => {
      const { history, exam } = f.assessment
      expect(history.painAreas).toEqual([{ region: 'groin', side: 'left' }])
      expect(history.training).toMatchObject({ hills: 'yes', speedwork: 'yes' })
      expect(exam.specialTests?.adductorSqueeze).toMatchObject({ result: 'positive', side: 'left' })
      expect(exam.specialTests?.resistedAdduction?.result).toBe('positive')
      expect(exam.palpation?.adductorOrigin?.left).toBe('tender')
      expect(symmetry(f, 'hipAdductors', 'left')).toBe(70)
      expect(exam.bodyMassKg).toBeGreaterThan(0)
    },
  },
  V11: {
    age: 50,
    sex: 'male',
    check: ({ assessment: { history, exam } }) => {
      expect(history.painBelowKnee).toBe('yes')
      expect(history.redFlags).toMatchObject({
        neurologicalSymptoms: 'yes',
        progressiveNeurologicalDeficit: 'no',
        bladderBowelOrSaddle: 'no',
      })
      expect(history.painAreas?.map((a) => a.region)).toEqual(
        expect.arrayContaining(['buttock', 'posterior-thigh', 'lower-back']),
      )
      for (const test of ['fadir', 'faber', 'scour'] as const) {
        expect(exam.specialTests?.[test]?.result).toBe('negative')
      }
      expect(exam.specialTests?.slump?.result).toBe('positive')
      expect(exam.palpation?.lumbarSpine?.midline).toBe('tender')
      const motions = Object.values(exam.rom?.motions ?? {})
      expect(motions.some((m) => m?.painLeft || m?.painRight)).toBe(false)
    },
  },
  V12: {
    age: 35,
    sex: 'male',
    check: ({ assessment: { history, exam, running } }) => {
      expect(history.snap).toMatchObject({ seen: true, felt: true, location: 'lateral' })
      expect(history.mechanicalSymptoms?.snapping).toBe('yes')
      expect(history.painAreas).toEqual([{ region: 'lateral-hip', side: 'right' }])
      expect(exam.specialTests?.ober).toMatchObject({ result: 'positive', side: 'right' })
      expect(exam.specialTests?.iliotibialSnap).toMatchObject({ result: 'positive', side: 'right' })
      expect(exam.palpation?.greaterTrochanter?.right).toBe('tender')
      expect(running.status).toBe('recorded')
    },
  },
}

const ids = Object.keys(vignettes)

describe('clinical vignette fixtures', () => {
  it('has one fixture per vignette, V01 to V12', () => {
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `V${String(i + 1).padStart(2, '0')}`))
    expect(vignetteIds()).toEqual(ids)
  })

  it('gives every patient and every assessment its own id', () => {
    const all = ids.map(fixture)
    const patientIds = all.map((f) => f.patient.id)
    const assessmentIds = all.map((f) => f.assessment.id)
    expect(new Set(patientIds).size).toBe(ids.length)
    expect(new Set(assessmentIds).size).toBe(ids.length)
    expect(patientIds.filter((id) => assessmentIds.includes(id))).toEqual([])
    expect(new Set(all.map((f) => f.patient.recordNumber)).size).toBe(ids.length)
  })

  describe.each(ids)('%s', (id) => {
    const vignette = vignettes[id]!

    it('parses with the export schema', () => {
      const result = assessmentExportSchema.safeParse(load(id))
      expect(result.error?.issues ?? []).toEqual([])
    })

    it('is one finalised initial assessment of its patient', () => {
      const { patient, assessment } = fixture(id)
      expect(assessment).toMatchObject({
        status: 'finalised',
        type: 'initial',
        schemaVersion: ASSESSMENT_SCHEMA_VERSION,
        revision: 1,
        date: ASSESSMENT_DATE,
        clinicianName: 'Fixture Clinician',
        patientId: patient.id,
        addenda: [],
      })
      expect(assessment.finalisedAt?.startsWith(ASSESSMENT_DATE)).toBe(true)
    })

    it('is complete: nothing is missing for finalising', () => {
      const { patient, assessment } = fixture(id)
      const missing = missingItems(assessment, { sex: patient.sex })
      expect(missing.map((m) => m.path)).toEqual([])
    })

    it("has the vignette's age and sex on the assessment date", () => {
      const { patient, assessment } = fixture(id)
      expect(ageInYears(patient.dateOfBirth, assessment.date)).toBe(vignette.age)
      expect(patient.sex).toBe(vignette.sex)
    })

    it("records the vignette's key findings", () => {
      vignette.check(fixture(id))
    })

    it('says which case it is', () => {
      expect(fixture(id).assessment.exam.notes?.startsWith(`${id}:`)).toBe(true)
    })
  })

  it('has expectations for every vignette, using known condition and red-flag ids', () => {
    expect(Object.keys(vignetteExpectations)).toEqual(ids)
    for (const [id, e] of Object.entries(vignetteExpectations)) {
      expect(e.top.length, id).toBeGreaterThan(0)
      for (const c of [...e.top, ...e.topThree])
        expect(conditionIds as readonly string[], id).toContain(c)
      for (const r of e.redFlags) expect(redFlagIds as readonly string[], id).toContain(r)
      expect(Object.keys(e.redFlagUrgency ?? {}).sort(), id).toEqual([...e.redFlags].sort())
      for (const urgency of Object.values(e.redFlagUrgency ?? {}))
        expect(['emergency', 'same-day', 'urgent', 'soon'], id).toContain(urgency)
      expect(e.planMustContain.length, id).toBeGreaterThan(0)
      expect(e.planMustContainText.length, id).toBeGreaterThan(0)
      const not = e.planMustNotContain
      for (const pattern of [...e.planMustContainText, ...(not?.text ?? [])])
        expect(() => new RegExp(pattern, 'i'), `${id} /${pattern}/`).not.toThrow()
      if (not) {
        expect(not.because.length, id).toBeGreaterThan(10)
        for (const exercise of not.exercises ?? []) expect(exercises, id).toHaveProperty(exercise)
        for (const section of not.sections ?? []) expect(planSections, id).toContain(section)
      }
    }
    expect(vignetteExpectations.V03?.redFlags).toEqual(['femoral-neck-stress-fracture', 'red-s'])
    expect(vignetteExpectations.V04?.redFlags).toEqual(['avulsion-immature'])
  })
})

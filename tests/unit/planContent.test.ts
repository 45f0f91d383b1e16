import { describe, expect, it } from 'vitest'
import { expectCitationsResolve, type PlacedCitation } from '../support/citations'
import {
  conditionIds,
  conditionOfRedFlag,
  type ConditionId,
} from '../../src/shared/clinical/conditions/conditionIds'
import { referralOnlyConditions } from '../../src/shared/clinical/plan/planTemplatesReferral'
import {
  exercises,
  type Dose,
  type Exercise,
  type ExerciseId,
} from '../../src/shared/clinical/plan/exercises'
import {
  planTemplateFor,
  planTemplates,
  type PlanTemplate,
} from '../../src/shared/clinical/plan/planTemplates'
import {
  runningCueCaveat,
  runningCueCaveatCitation,
  runningCues,
} from '../../src/shared/clinical/plan/runningCues'
import { treatmentPlanSchema } from '../../src/shared/model/assessment/plan'

const templates = Object.values(planTemplates)
const allExercises: [string, Exercise][] = Object.entries(exercises)

const allCitations: PlacedCitation[] = [
  ...allExercises.map(([id, e]) => ({ where: `exercise ${id}`, citation: e.citation })),
  ...templates.map((t) => ({ where: `template ${t.condition}`, citation: t.citation })),
  ...Object.values(runningCues).map((c) => ({ where: `cue ${c.id}`, citation: c.citation })),
  { where: 'runningCueCaveat', citation: runningCueCaveatCitation },
]

/** Everything a template says, lower-cased, for spot checks of the vignette requirements. */
function textOf(t: PlanTemplate): string {
  return JSON.stringify(t).toLowerCase()
}

function exerciseIdsOf(t: PlanTemplate, phaseIndex?: number): ExerciseId[] {
  const phases = phaseIndex === undefined ? t.phases : [t.phases[phaseIndex]!]
  return phases.flatMap((p) => p.exercises.map((e) => e.exerciseId))
}

function expectValidDose(where: string, dose: Partial<Dose>): void {
  if (dose.sets !== undefined) {
    expect(Number.isInteger(dose.sets), `${where} sets`).toBe(true)
    expect(dose.sets, `${where} sets`).toBeGreaterThanOrEqual(1)
    expect(dose.sets, `${where} sets`).toBeLessThanOrEqual(20)
  }
  if (dose.reps !== undefined) {
    expect(Number.isInteger(dose.reps), `${where} reps`).toBe(true)
    expect(dose.reps, `${where} reps`).toBeGreaterThanOrEqual(1)
    expect(dose.reps, `${where} reps`).toBeLessThanOrEqual(100)
  }
  if (dose.holdSeconds !== undefined) {
    expect(dose.holdSeconds, `${where} hold`).toBeGreaterThan(0)
    expect(dose.holdSeconds, `${where} hold`).toBeLessThanOrEqual(600)
  }
  if (dose.frequency !== undefined) {
    expect(dose.frequency.trim(), `${where} frequency`).not.toBe('')
    expect(dose.frequency.length, `${where} frequency`).toBeLessThanOrEqual(120)
  }
  if (dose.load !== undefined) expect(dose.load.length, `${where} load`).toBeLessThanOrEqual(120)
}

/** The template as the stored plan shape, the way a generator would first fill it in. */
function asStoredPlan(t: PlanTemplate) {
  return {
    basedOn: [t.condition],
    generatedAt: new Date('2025-01-01T09:00:00Z').toISOString(),
    referrals: t.referral
      ? [
          {
            urgency: t.referral.urgency,
            to: t.referral.to,
            reason: t.referral.reason,
            when: t.referral.when,
          },
        ]
      : [],
    loadingOnHold: false,
    phases: t.phases.map((p) => ({
      name: p.name,
      goals: p.goals,
      progressWhen: p.progressWhen,
      exercises: p.exercises.map((te) => {
        const exercise = exercises[te.exerciseId]
        const dose = { ...exercise.dose, ...te.dose }
        return {
          exerciseId: exercise.id,
          name: exercise.name,
          ...dose,
          ...(te.notes ? { notes: te.notes } : {}),
        }
      }),
    })),
    education: t.education,
    loadManagement: t.loadManagement,
    runningRetraining: Object.values(runningCues).map((c) => c.cue),
    returnToRunning: t.returnToRunning,
    manualTherapy: t.manualTherapy,
  }
}

describe('exercise library', () => {
  it('keys every exercise by its own kebab-case id', () => {
    expect(allExercises.length).toBeGreaterThanOrEqual(40)
    for (const [key, e] of allExercises) {
      expect(e.id).toBe(key)
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('has positive, storable starting doses', () => {
    for (const [id, e] of allExercises) {
      expectValidDose(id, e.dose)
      expect(
        e.dose.reps !== undefined || e.dose.holdSeconds !== undefined || !!e.dose.load,
        id,
      ).toBe(true)
    }
  })

  it('gives every exercise patient instructions, a progression and a stop rule', () => {
    for (const [id, e] of allExercises) {
      for (const text of [e.name, e.target, e.patientInstructions, e.progression, e.stopIf]) {
        expect(text.trim(), id).not.toBe('')
        expect(text.length, id).toBeLessThanOrEqual(500)
      }
      const sentences = e.patientInstructions.split(/[.!?](\s|$)/).filter((s) => s.trim())
      expect(sentences.length, `${id} handout sentences`).toBeGreaterThanOrEqual(2)
      expect(sentences.length, `${id} handout sentences`).toBeLessThanOrEqual(4)
      for (const condition of Object.keys(e.cautions)) {
        expect(conditionIds, `${id} caution`).toContain(condition)
      }
    }
  })

  it('includes the exercises named in the fact sheet and the seed articles', () => {
    const required = [
      'isometric-hip-abduction clamshell glute-bridge single-leg-bridge fire-hydrant',
      'lateral-band-walk runners-calf-raise rear-foot-elevated-split-squat step-up',
      'single-leg-squat-to-box side-plank-knees hamstring-stretch hip-flexor-stretch',
      'low-back-hip-twist adductor-squeeze side-lying-adduction copenhagen-adduction',
      'isometric-hamstring-bridge-hold hamstring-curl-slider romanian-deadlift nordic-hamstring',
      'askling-extender askling-diver askling-glider pats-side-shuffle pats-grapevine',
      'pats-fast-feet pats-trunk-bridges pats-single-leg-stand pats-phase-2-agility',
      'pats-phase-2-trunk banded-hip-flexion-hold banded-hip-flexion seated-knee-lift',
      'psoas-march side-lying-hip-abduction hip-rotation-range hip-flexion-range',
      'stationary-bike pool-running walk-run-programme lumbar-mobility',
    ]
      .join(' ')
      .split(' ')
    for (const id of required) expect(exercises, id).toHaveProperty(id)
  })

  it('keeps the confirmed Askling and Copenhagen doses', () => {
    expect(exercises['askling-extender'].dose).toMatchObject({ sets: 3, reps: 12 })
    expect(exercises['askling-extender'].dose.frequency).toMatch(/twice a day/i)
    expect(exercises['askling-diver'].dose).toMatchObject({ sets: 3, reps: 6 })
    expect(exercises['askling-glider'].dose).toMatchObject({ sets: 3, reps: 4 })
    expect(exercises['copenhagen-adduction'].dose.frequency).toMatch(/3 times a week/)
    expect(exercises['copenhagen-adduction'].citation.sourceIds).toContain('S50')
  })
})

describe('plan templates', () => {
  it('has one template for every condition, keyed by its condition', () => {
    expect(Object.keys(planTemplates).sort()).toEqual([...conditionIds].sort())
    for (const id of conditionIds) {
      expect(planTemplateFor(id).condition).toBe(id)
    }
  })

  it('uses only exercises that exist, with storable dose overrides', () => {
    for (const t of templates) {
      for (const phase of t.phases) {
        for (const te of phase.exercises) {
          expect(exercises, `${t.condition} / ${phase.name}`).toHaveProperty(te.exerciseId)
          if (te.dose) expectValidDose(`${t.condition} ${te.exerciseId}`, te.dose)
        }
      }
    }
  })

  it('gives every template phases with goals and progression criteria', () => {
    for (const t of templates) {
      expect(t.summary.trim(), t.condition).not.toBe('')
      expect(t.phases.length, t.condition).toBeGreaterThanOrEqual(1)
      for (const phase of t.phases) {
        expect(phase.goals.length, `${t.condition} / ${phase.name}`).toBeGreaterThanOrEqual(1)
        expect(phase.progressWhen.length, `${t.condition} / ${phase.name}`).toBeGreaterThanOrEqual(
          1,
        )
      }
      expect(t.education.length, t.condition).toBeGreaterThanOrEqual(1)
      expect(t.loadManagement.length, t.condition).toBeGreaterThanOrEqual(1)
      expect(t.returnToRunning.length, t.condition).toBeGreaterThanOrEqual(1)
      expect(t.reviewInWeeks, t.condition).toBeGreaterThan(0)
    }
  })

  it('has at least one exercise phase, except for the lumbar referral and the referral-only templates', () => {
    for (const t of templates) {
      if (t.condition === 'lumbar-referred') continue
      if ((referralOnlyConditions as string[]).includes(t.condition)) continue
      expect(exerciseIdsOf(t).length, t.condition).toBeGreaterThan(0)
    }
  })

  it('refers every red-flag condition on, as urgently as its flag, with protective advice and no exercise', () => {
    const urgency: Partial<Record<ConditionId, string>> = {
      'septic-arthritis': 'emergency',
      'traumatic-fracture': 'emergency',
      scfe: 'same-day',
      'avascular-necrosis': 'urgent',
      'bone-tumour': 'urgent',
      'perthes-disease': 'urgent',
    }
    expect([...referralOnlyConditions].sort()).toEqual(Object.keys(urgency).sort())
    for (const id of referralOnlyConditions) {
      const t = planTemplateFor(id)
      expect(t.referral?.urgency, id).toBe(urgency[id])
      expect(t.referral?.when, id).toMatch(/^(Now|Today)/)
      expect(exerciseIdsOf(t), id).toEqual([])
      expect(t.phases.map((p) => p.name.toLowerCase()).join(), id).toMatch(/until seen/)
      expect(t.loadManagement.join(' '), id).toMatch(/no (weight|running|impact)/i)
    }
    for (const [flag, condition] of Object.entries(conditionOfRedFlag)) {
      expect(planTemplateFor(condition).referral, flag).toBeDefined()
    }
  })

  it('sends a suspected SCFE for bilateral X-rays the same day, off weight, as the fact sheet says', () => {
    const t = planTemplateFor('scfe')
    expect(t.referral?.to).toMatch(/bilateral AP and frog-leg lateral/)
    expect(textOf(t)).toMatch(/no weight through the leg/)
    expect(t.citation.sourceIds).toContain('S46')
  })

  it('fits the stored plan schema once filled in', () => {
    for (const t of templates) {
      const result = treatmentPlanSchema.safeParse(asStoredPlan(t))
      expect(result.success, `${t.condition}: ${JSON.stringify(result.error?.issues)}`).toBe(true)
    }
  })
})

describe('running cues', () => {
  it('has the six cues keyed by id', () => {
    expect(Object.keys(runningCues).sort()).toEqual(
      ['cadence', 'hip-extension', 'overstride', 'pelvic-drop', 'step-width', 'trunk-lean'].sort(),
    )
    for (const [key, cue] of Object.entries(runningCues)) {
      expect(cue.id).toBe(key)
      for (const text of [cue.title, cue.cue, cue.method, cue.appliesWhen]) {
        expect(text.trim(), key).not.toBe('')
        expect(text.length, key).toBeLessThanOrEqual(500)
      }
    }
    expect(runningCues.cadence.title).toMatch(/5–10%/)
    expect(runningCues.cadence.method).toMatch(/metronome/i)
    expect(runningCues.cadence.citation.sourceIds).toContain('S55a')
  })

  it('warns to change technique only when the finding fits the clinical picture', () => {
    expect(runningCueCaveat).toMatch(/clinical picture/)
    expect(runningCueCaveatCitation.sourceIds).toContain('S55d')
  })
})

describe('citations', () => {
  it('cites only sources that exist, and names a source unless unchecked', () => {
    expectCitationsResolve(allCitations)
  })
})

describe('vignette plan requirements', () => {
  const t = (c: ConditionId) => planTemplates[c]

  it('V01 gluteal tendinopathy: adduction education, isometrics first, running changes', () => {
    const gt = t('gluteal-tendinopathy')
    expect(exerciseIdsOf(gt, 0)).toContain('isometric-hip-abduction')
    const education = gt.education.join(' ').toLowerCase()
    expect(education).toMatch(/crossing the legs/)
    expect(education).toMatch(/hanging on one hip/)
    expect(education).toMatch(/lying on/)
    const running = [...gt.loadManagement, ...gt.returnToRunning].join(' ').toLowerCase()
    expect(running).toMatch(/cadence/)
    expect(running).toMatch(/5–10%/)
    expect(running).toMatch(/pelvic drop/)
    expect(running).toMatch(/crossover/)
    expect(gt.returnToRunning.join(' ')).toMatch(/pain-free running/)
  })

  it('V02 hamstring strain: PATS, eccentric / Askling work, criteria-based return to sprint', () => {
    const hs = t('hamstring-strain')
    expect(textOf(hs)).toMatch(/pats/)
    expect(textOf(hs)).toMatch(/sherry & best/)
    const ids = exerciseIdsOf(hs)
    expect(ids).toContain('pats-trunk-bridges')
    expect(ids).toContain('askling-extender')
    expect(ids).toContain('nordic-hamstring')
    expect(hs.returnToRunning.join(' ').toLowerCase()).toMatch(/criteria-based return to sprint/)
  })

  it('V03 femoral neck BSI: urgent referral, crutches, energy availability, months', () => {
    const bsi = t('femoral-neck-bsi')
    expect(['urgent', 'same-day']).toContain(bsi.referral?.urgency)
    const text = textOf(bsi)
    expect(text).toMatch(/crutches/)
    expect(text).toMatch(/energy availability/)
    expect(text).toMatch(/dietitian/)
    expect(text).toMatch(/months, not weeks/)
    expect(exerciseIdsOf(bsi, 0)).not.toContain('walk-run-programme')
    expect(exerciseIdsOf(bsi, 1)).toEqual(
      expect.arrayContaining(['stationary-bike', 'pool-running']),
    )
    expect(bsi.returnToRunning[0]).toMatch(/only after medical clearance/i)
    expect(exerciseIdsOf(bsi, bsi.phases.length - 1)).toContain('walk-run-programme')
  })

  it('V04 avulsion: X-ray, relative rest 4–6 weeks, ice, range and strength before sprinting', () => {
    const av = t('apophyseal-avulsion')
    expect(av.referral?.to).toMatch(/X-ray/)
    const text = textOf(av)
    expect(text).toMatch(/relative rest/)
    expect(text).toMatch(/4–6 weeks/)
    expect(text).toMatch(/ice/)
    expect(av.phases.map((p) => p.name.toLowerCase())).toEqual([
      expect.stringMatching(/rest/),
      expect.stringMatching(/range and strength/),
      expect.stringMatching(/sprint/),
    ])
  })

  it('V05 hip OA: strength and range exercise, manual therapy, bike / pool, weight, education', () => {
    const oa = t('hip-osteoarthritis')
    const ids = exerciseIdsOf(oa)
    expect(ids).toEqual(expect.arrayContaining(['hip-rotation-range', 'step-up']))
    expect(oa.manualTherapy.length).toBeGreaterThan(0)
    const load = oa.loadManagement.join(' ').toLowerCase()
    expect(load).toMatch(/cycling/)
    expect(load).toMatch(/pool/)
    expect(oa.education.join(' ').toLowerCase()).toMatch(/weight/)
  })

  it('V06 labral tear / FAIS: avoid deep flexion and pivoting, strengthen, refer if no change', () => {
    const fai = t('labral-tear-fais')
    const text = textOf(fai)
    expect(text).toMatch(/deep hip flexion/)
    expect(text).toMatch(/pivoting/)
    expect(text).toMatch(/trunk/)
    expect(fai.referral?.urgency).toBe('routine')
    expect(fai.referral?.to).toMatch(/imaging/)
    expect(fai.referral?.to).toMatch(/orthopaedic/)
    expect(fai.referral?.when).toMatch(/no meaningful improvement/)
  })

  it('V07 ITBS: less downhill and volume, abductor strength, wider step and cadence, soft tissue', () => {
    const itb = t('itbs')
    const load = itb.loadManagement.join(' ').toLowerCase()
    expect(load).toMatch(/downhill/)
    expect(load).toMatch(/volume/)
    expect(exerciseIdsOf(itb)).toContain('side-lying-hip-abduction')
    const running = itb.returnToRunning.join(' ').toLowerCase()
    expect(running).toMatch(/wider step/)
    expect(running).toMatch(/cadence/)
    expect(itb.manualTherapy.join(' ').toLowerCase()).toMatch(/soft tissue/)
  })

  it('V08 internal snapping: education, iliopsoas stretch and strength, movement correction', () => {
    const snap = t('snapping-hip-internal')
    expect(snap.education.length).toBeGreaterThan(0)
    const ids = exerciseIdsOf(snap)
    expect(ids).toEqual(
      expect.arrayContaining(['hip-flexor-stretch', 'psoas-march', 'controlled-leg-lowering']),
    )
    expect(textOf(snap)).toMatch(/movement that provokes the snap/)
  })

  it('V09 PHT: reduce hills, speed and stretching; isometrics then rising hip flexion', () => {
    const pht = t('proximal-hamstring-tendinopathy')
    const load = pht.loadManagement.join(' ').toLowerCase()
    expect(load).toMatch(/hills/)
    expect(load).toMatch(/speed/)
    expect(load).toMatch(/stretch/)
    expect(exerciseIdsOf(pht, 0)).toContain('isometric-hamstring-bridge-hold')
    expect(exerciseIdsOf(pht, 1)).toContain('romanian-deadlift')
    expect(textOf(pht)).toMatch(/increasing hip flexion/)
    expect(pht.returnToRunning.join(' ').toLowerCase()).toMatch(/gradual/)
  })

  it('V10 adductor: squeeze and Copenhagen progression, load management', () => {
    const add = t('adductor-related')
    expect(exerciseIdsOf(add, 0)).toContain('adductor-squeeze')
    expect(exerciseIdsOf(add)).toContain('copenhagen-adduction')
    expect(add.loadManagement.length).toBeGreaterThan(0)
  })

  it('V11 lumbar referred: spinal assessment or referral, no hip tendon loading', () => {
    const lumbar = t('lumbar-referred')
    expect(lumbar.referral?.to).toMatch(/lumbar spine assessment/i)
    expect(lumbar.summary).toMatch(/not the likely source/)
    const tendonLoading: ExerciseId[] = [
      'isometric-hip-abduction',
      'clamshell',
      'side-lying-hip-abduction',
      'glute-bridge',
      'single-leg-bridge',
      'isometric-hamstring-bridge-hold',
      'hamstring-curl-slider',
      'romanian-deadlift',
      'nordic-hamstring',
      'askling-extender',
      'askling-diver',
      'askling-glider',
      'banded-hip-flexion-hold',
      'banded-hip-flexion',
      'adductor-squeeze',
      'copenhagen-adduction',
    ]
    for (const id of exerciseIdsOf(lumbar)) expect(tendonLoading).not.toContain(id)
  })

  it('the wider differential: each template loads what its condition needs', () => {
    expect(exerciseIdsOf(t('sacroiliac-joint-pain'))).toEqual(
      expect.arrayContaining(['glute-bridge', 'single-leg-squat-to-box']),
    )
    expect(exerciseIdsOf(t('deep-gluteal-syndrome'), 0)).toContain('sciatic-nerve-slider')
    expect(textOf(t('deep-gluteal-syndrome'))).toMatch(/long sitting/)
    expect(textOf(t('meralgia-paraesthetica'))).toMatch(/belt/)
    const pubic = t('pubic-bone-stress')
    expect(exerciseIdsOf(pubic, pubic.phases.length - 1)).toContain('walk-run-programme')
    expect(textOf(pubic)).toMatch(/energy availability/)
    expect(t('inguinal-related').referral?.to).toMatch(/hernia surgeon/i)
    expect(t('hip-instability').referral?.to).toMatch(/dysplasia/)
  })

  it('V12 external snapping: as for gluteal tendinopathy plus education about the snap', () => {
    const snap = t('snapping-hip-external')
    expect(exerciseIdsOf(snap)).toEqual(
      expect.arrayContaining(['isometric-hip-abduction', 'side-lying-hip-abduction']),
    )
    expect(snap.manualTherapy.join(' ').toLowerCase()).toMatch(/soft tissue release/)
    expect(snap.education.join(' ').toLowerCase()).toMatch(/painless snapping needs no treatment/)
    expect(snap.loadManagement.join(' ').toLowerCase()).toMatch(/cadence/)
  })
})

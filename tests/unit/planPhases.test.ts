import { describe, expect, it } from 'vitest'
import {
  currentPhaseAfterMove,
  currentPhaseAfterRemove,
  currentPhaseNumber,
  treatmentPlanSchema,
  type TreatmentPlan,
} from '../../src/shared/model/assessment/plan'

const phase = (name: string) => ({ name, goals: [], progressWhen: [], exercises: [] })
const plan = (phases: string[], currentPhase?: number): TreatmentPlan => ({
  basedOn: ['gluteal-tendinopathy'],
  generatedAt: '2026-11-02T09:45:00.000Z',
  referrals: [],
  loadingOnHold: false,
  phases: phases.map(phase),
  ...(currentPhase === undefined ? {} : { currentPhase }),
  education: [],
  loadManagement: [],
  runningRetraining: [],
  returnToRunning: [],
  manualTherapy: [],
})

describe('the current phase of a plan', () => {
  it('is the first phase unless the clinician has moved it on', () => {
    expect(currentPhaseNumber(plan(['Settle', 'Load', 'Return']))).toBe(1)
    expect(currentPhaseNumber(plan(['Settle', 'Load', 'Return'], 3))).toBe(3)
    expect(currentPhaseNumber(plan([]))).toBe(0)
  })

  it('must be a phase of the plan, said on the field', () => {
    const result = treatmentPlanSchema.safeParse(plan(['Settle', 'Load'], 3))
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['currentPhase'],
        message: 'There is no such phase in this plan',
      }),
    ])
    expect(treatmentPlanSchema.safeParse(plan(['Settle', 'Load'], 0)).success).toBe(false)
    expect(treatmentPlanSchema.safeParse(plan(['Settle', 'Load'], 2)).success).toBe(true)
  })

  // Phases [A, B, C] with B (2) current.
  it('stays on the same phase when phases are moved', () => {
    expect(currentPhaseAfterMove(2, 1, 0)).toBe(1) // B moved up: [B, A, C]
    expect(currentPhaseAfterMove(2, 1, 2)).toBe(3) // B moved down: [A, C, B]
    expect(currentPhaseAfterMove(2, 0, 1)).toBe(1) // A moved down past B: [B, A, C]
    expect(currentPhaseAfterMove(2, 2, 1)).toBe(3) // C moved up past B: [A, C, B]
    expect(currentPhaseAfterMove(1, 1, 2)).toBe(1) // B and C swap behind A
  })

  it('stays on the same phase, or the next, when a phase is removed', () => {
    expect(currentPhaseAfterRemove(2, 0, 2)).toBe(1) // A removed: [B, C]
    expect(currentPhaseAfterRemove(2, 2, 2)).toBe(2) // C removed: [A, B]
    expect(currentPhaseAfterRemove(2, 1, 2)).toBe(2) // B removed: C takes over
    expect(currentPhaseAfterRemove(3, 2, 2)).toBe(2) // the last, current phase removed
    expect(currentPhaseAfterRemove(1, 0, 0)).toBeUndefined()
  })
})

import { useState } from 'react'
import type { PainQuestion } from '@shared/clinical/patientWording'
import type { Assessment } from '@shared/model/assessment/assessment'
import type { DraftCopy } from '@shared/model/assessment/draftCopy'
import { PSFS_MAX_ACTIVITIES, type PsfsActivity } from '@shared/model/assessment/outcomeMeasures'
import type { PatientMode } from '@shared/model/patientMode'
import {
  psfsActivitiesToRate,
  withGrocAnswer,
  withLefsAnswer,
  withPainAnswer,
  withPsfsActivities,
} from '@shared/workflow/patientMode'
import { useAssessmentDraft } from '../assessment/useAssessmentDraft'

export type PatientAnswers = ReturnType<typeof usePatientAnswers>

/**
 * The patient's answers, kept in the draft through the assessment's own autosave (write-ahead
 * copy at every change, then a save validated by the shared schema), so the clinician finds them
 * on the Outcomes step and a reload of the window loses nothing.
 */
export function usePatientAnswers(mode: PatientMode, stored: Assessment, copy?: DraftCopy) {
  const draft = useAssessmentDraft(stored, copy)
  const { history, outcomes } = draft.sections
  // The PSFS has five slots; the first ones hold last visit's activities, not to be renamed.
  const [start] = useState(() => psfsActivitiesToRate(outcomes.psfs, mode.carriedPsfs ?? []))
  const [psfsCarried] = useState(() => {
    const carried = mode.carriedPsfs ?? []
    let n = 0
    while (n < carried.length && start[n]?.activity === carried[n]) n++
    return n
  })
  const [psfsSlots, setPsfsSlots] = useState<PsfsActivity[]>(() =>
    Array.from(
      { length: PSFS_MAX_ACTIVITIES },
      (_, i) => start[i] ?? { activity: '', score: null },
    ),
  )
  const psfsNamed = psfsSlots
    .map((a, slot) => ({ ...a, slot }))
    .filter((a) => a.activity.trim().length > 0)
  const savePsfs = (slots: PsfsActivity[]) => {
    setPsfsSlots(slots)
    draft.updateSection('outcomes', withPsfsActivities(outcomes, slots))
  }
  return {
    pain: history.pain ?? {},
    lefs: outcomes.lefs?.items ?? [],
    groc: outcomes.groc?.score,
    psfsSlots,
    psfsNamed,
    psfsCarried,
    setPain: (question: PainQuestion, value: number) =>
      draft.updateSection('history', withPainAnswer(history, question, value)),
    setLefs: (item: number, value: number) =>
      draft.updateSection('outcomes', withLefsAnswer(outcomes, item, value)),
    setGroc: (score: number) => draft.updateSection('outcomes', withGrocAnswer(outcomes, score)),
    setPsfsName: (slot: number, activity: string) =>
      savePsfs(psfsSlots.map((a, i) => (i === slot ? { ...a, activity } : a))),
    setPsfsScore: (slot: number, score: number) =>
      savePsfs(psfsSlots.map((a, i) => (i === slot ? { ...a, score } : a))),
    saveState: draft.state,
    flush: draft.flush,
  }
}

import type { AssessmentSections } from './assessment'

/**
 * A new assessment: empty. Special tests used to start as "not tested", but the key tests of the
 * regions where it hurts are required (focused exam), and a default answer would count as one:
 * "not tested" is now a choice the clinician makes. A test left unanswered reads as not tested.
 */
export function emptySections(): AssessmentSections {
  return {
    history: {},
    outcomes: {},
    exam: {},
    running: {},
  }
}

/**
 * A follow-up starts from the previous assessment where that saves typing without hiding a
 * change: the story so far (where it hurts, onset, training background, past history including
 * a previous cancer, goals) and the measuring set-up (body mass, rotation position, running conditions) are carried over so
 * that measures stay comparable. Everything that measures today's state — pain scores, red-flag
 * answers, questionnaires, range of motion, strength, tests, the running checklist — starts empty
 * and is asked again (whether the runner ran last time is kept, so the checklist shows); the
 * previous values are shown alongside.
 */
export function followUpSections(previous: AssessmentSections): AssessmentSections {
  const fresh = emptySections()
  const h = previous.history
  return {
    ...fresh,
    history: {
      painSide: h.painSide,
      painAreas: h.painAreas,
      mainArea: h.mainArea,
      painBelowKnee: h.painBelowKnee,
      deepPoorlyLocalised: h.deepPoorlyLocalised,
      pointsWithCSign: h.pointsWithCSign,
      onset: h.onset,
      training: h.training,
      pastHistory: h.pastHistory,
      previousCancer: h.previousCancer,
      general: h.general,
    },
    exam: {
      ...fresh.exam,
      bodyMassKg: previous.exam.bodyMassKg,
      heightCm: previous.exam.heightCm,
      rom: previous.exam.rom?.rotationPosition
        ? { rotationPosition: previous.exam.rom.rotationPosition }
        : undefined,
    },
    // Whether the runner runs is carried over, so that the checklist is on screen to retest;
    // a runner who could not run last time is asked again.
    running: {
      ...(previous.running.status === 'recorded' ? { status: 'recorded' as const } : {}),
      ...(previous.running.conditions ? { conditions: previous.running.conditions } : {}),
    },
  }
}

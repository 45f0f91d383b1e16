import type { PatientQuestionnaire } from '../model/patientMode'
import { cite } from './sources'

/**
 * What patient mode says to the patient, in plain words. The LEFS items come from
 * outcomeMeasureInfo.ts (the scale is freely available); iHOT-12, VISA-G and HAGOS wording is
 * never reproduced (their terms of use): the patient is pointed to the paper form instead.
 */

/** The four pain ratings of the record (history.pain), asked one at a time. */
export const painQuestions = {
  now: { question: 'How bad is your pain right now?' },
  best24h: { question: 'In the last 24 hours, how bad was your pain at its least?' },
  worst24h: { question: 'In the last 24 hours, how bad was your pain at its worst?' },
  duringRunning: {
    question: 'How bad is your pain when you run?',
    hint: 'Think of your last few runs. If you have not run lately, press Next to skip.',
  },
} as const
export type PainQuestion = keyof typeof painQuestions
export const painQuestionOrder = ['now', 'best24h', 'worst24h', 'duringRunning'] as const
export const painAnchors = { low: '0 = no pain', high: '10 = the worst pain you can imagine' }

/** PSFS instructions and anchors, in plain words (Stratford 1995, as on the clinical form). */
export const psfsWording = {
  nameIntro:
    'Name up to 5 important activities that you cannot do, or find hard to do, because of your hip problem.',
  carriedIntro:
    'Last time you named these activities. You will rate each one again. You can add more if there is room.',
  question: 'How well can you do this activity today?',
  low: '0 = I cannot do it at all',
  high: '10 = I can do it as well as before my problem',
  citation: cite(
    ['K15'],
    'partly-confirmed',
    'Instructions and anchors paraphrased in plain words.',
  ),
}

/** GROC question (Jaeschke 1989, as reviewed by Kamper 2009); the answers come from grocLabel. */
export const grocWording = {
  question: 'Overall, how has your hip changed since you started treatment here?',
  hint: 'Choose the answer that fits best.',
  citation: cite(['K16'], 'partly-confirmed', 'Question paraphrased in plain words.'),
}

/** How the questionnaires are named to a patient (never clinical abbreviations alone). */
export const patientQuestionnaireNames: Record<PatientQuestionnaire, string> = {
  nprs: 'Your pain',
  lefs: 'Everyday activities',
  psfs: 'Activities that matter to you',
  groc: 'How things have changed',
  ihot12: 'Hip questionnaire (iHOT-12), on paper',
  visaG: 'Outer hip questionnaire (VISA-G), on paper',
  hagos: 'Hip and groin questionnaire (HAGOS), on paper',
}

/** How a paper form is described to the patient: its full title, so the right sheet is used. */
export const paperFormTitles: Partial<Record<PatientQuestionnaire, string>> = {
  ihot12: 'iHOT-12 — International Hip Outcome Tool',
  visaG: 'VISA-G — Victorian Institute of Sport Assessment, Gluteal',
  hagos: 'HAGOS — Copenhagen Hip and Groin Outcome Score',
}

import { instruments, type InstrumentInfo } from '@shared/clinical/outcomeMeasureInfo'
import { scorePsfs, type Score } from '@shared/clinical/outcomeScoring'
import type { OutcomeMeasures } from '@shared/model/assessment/outcomeMeasures'

/** A questionnaire score in words, for the outcome measures step and the review. */
export function scoreText(score: Score, info: InstrumentInfo): string {
  switch (score.kind) {
    case 'score':
      return `${score.value} / ${info.range.max}`
    case 'incomplete':
      return score.of === 1 ? 'Score not entered' : `${score.answered} of ${score.of} answered`
    case 'not-assessed':
      return 'Not assessed'
    case 'not-recorded':
      return 'Not recorded yet'
  }
}

/** The PSFS in one line for the review: the mean, then each activity with its rating. */
export function psfsText(psfs: OutcomeMeasures['psfs']): string {
  const score = scoreText(scorePsfs(psfs), instruments.psfs)
  const activities = psfs?.status === 'recorded' ? (psfs.activities ?? []) : []
  if (activities.length === 0) return `PSFS ${score}`
  const each = activities.map((a) => `${a.activity} ${a.score ?? 'not rated'}`).join(', ')
  return `PSFS ${score} (${each})`
}

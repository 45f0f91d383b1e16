import type { InstrumentInfo } from '@shared/clinical/outcomeMeasureInfo'
import type { Score } from '@shared/clinical/outcomeScoring'

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

/** The history's red-flag screen with its details, and the psychosocial factors. */

import { redFlagQuestions, type History } from '../../../shared/model/assessment/history'
import {
  legPositionOptions,
  psychosocialQuestions,
} from '../../../shared/model/assessment/historyScreening'
import type { YesNoQuestion } from '../../../shared/model/assessment/recordedValues'
import { html } from '../html'
import { block, choice, field, fieldsTable, measured, pairsTable, text, yesNo } from './fields'

export function yesNoFields(
  questions: readonly YesNoQuestion[],
  answers: Record<string, string | undefined> | undefined,
  pathPrefix: string,
  isRequired: (path: string) => boolean,
) {
  return questions.map((q) =>
    field(q.label, yesNo(answers?.[q.key]), isRequired(`${pathPrefix}.${q.key}`)),
  )
}

const legPositionLabels = Object.fromEntries(
  legPositionOptions.map((o) => [o.value, o.label]),
) as Record<(typeof legPositionOptions)[number]['value'], string>

export function redFlagScreenBlock(h: History, isRequired: (path: string) => boolean) {
  const answers = pairsTable(
    yesNoFields(redFlagQuestions, h.redFlags, 'history.redFlags', isRequired),
  )
  const loss = h.weightLoss
  const cancer = h.previousCancer
  const details = fieldsTable([
    field('Temperature today', measured(h.temperatureC, ' °C'), false),
    field(
      'Weight lost',
      loss?.kg !== undefined
        ? html`${loss.kg}
          kg${loss.duration ? ` over ${loss.duration.value} ${loss.duration.unit}` : ''}`
        : undefined,
      false,
    ),
    field(
      'Previous cancer',
      cancer?.type || cancer?.yearDiagnosed
        ? html`${[cancer.type, cancer.yearDiagnosed && `diagnosed ${cancer.yearDiagnosed}`]
            .filter(Boolean)
            .join(', ')}`
        : undefined,
      false,
    ),
    field('Leg at rest', choice(h.legAtRest?.position, legPositionLabels), false),
    field('Leg looks shorter', yesNo(h.legAtRest?.apparentShortening), false),
  ])
  return block('Red-flag screen', answers, details)
}

export function psychosocialBlock(h: History) {
  const p = h.psychosocial
  return block(
    'Psychosocial factors',
    pairsTable(yesNoFields(psychosocialQuestions, p, 'history.psychosocial', () => false)),
    fieldsTable([field('Notes', text(p?.notes), false)], true),
  )
}

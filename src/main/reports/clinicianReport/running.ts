/** The running technique section: conditions and the observed running gait. */

import { NOT_ASSESSED } from '../../../shared/model/assessment/recordedValues'
import {
  footStrikeLabels,
  hipExtensionLabels,
  runningItemLabels as label,
  stanceFaultLabels,
  trunkLeanLabels,
} from '../../../shared/model/assessment/runningTechnique'
import { html } from '../html'
import type { ReportData } from '../reportData'
import {
  block,
  choice,
  field,
  fieldsTable,
  measured,
  notRecorded,
  section,
  text,
  yesNo,
} from './fields'

export function runningSection(data: ReportData, isRequired: (path: string) => boolean) {
  const r = data.assessment.running
  if (r.status === NOT_ASSESSED) {
    return section(
      'Running technique',
      html`<p>
        Running technique: <span class="na">not assessed</span>${
          r.notAssessedReason?.trim()
            ? html` — ${r.notAssessedReason.trim()}`
            : html` (reason ${notRecorded()})`
        }
      </p>`,
      block('Notes', text(r.notes)),
    )
  }
  if (r.status === undefined && isRequired('running.status')) {
    const anything = Object.keys(r).length > 0
    if (!anything)
      return section('Running technique', html`<p>Running technique: ${notRecorded()}</p>`)
  }
  const req = (p: string) => isRequired(`running.${p}`)
  const c = r.conditions
  const conditions = [
    c?.mode ? (c.mode === 'treadmill' ? 'Treadmill' : 'Overground') : undefined,
    c?.speedKmh !== undefined ? `${c.speedKmh} km/h` : undefined,
    c?.shoes?.trim() ? `shoes: ${c.shoes.trim()}` : undefined,
  ].filter((x): x is string => x !== undefined)
  const fields = fieldsTable(
    [
      field('Conditions', conditions.length ? html`${conditions.join(', ')}` : undefined, false),
      field('Cadence', measured(r.cadenceSpm, ' steps/min'), req('cadenceSpm')),
      field(label.trunkLean, choice(r.trunkLean, trunkLeanLabels), req('trunkLean')),
      field(label.footStrike, choice(r.footStrike, footStrikeLabels), req('footStrike')),
      field(label.overstride, yesNo(r.overstride), req('overstride')),
      field(label.pelvicDrop, choice(r.pelvicDrop, stanceFaultLabels), req('pelvicDrop')),
      field(
        label.hipAdductionKneeValgus,
        choice(r.hipAdductionKneeValgus, stanceFaultLabels),
        req('hipAdductionKneeValgus'),
      ),
      field(label.crossover, yesNo(r.crossover), req('crossover')),
      field(
        label.hipExtensionAtToeOff,
        choice(r.hipExtensionAtToeOff, hipExtensionLabels),
        req('hipExtensionAtToeOff'),
      ),
      field('Notes', text(r.notes), false),
    ],
    true,
  )
  return section('Running technique', fields)
}

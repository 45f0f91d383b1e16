/** The running technique section: conditions and the observed running gait. */

import { NOT_ASSESSED } from '../../../shared/model/assessment/recordedValues'
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
  const stance = {
    none: 'None',
    'left-stance': 'In left stance',
    'right-stance': 'In right stance',
    both: 'On both sides',
  }
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
      field(
        'Trunk lean',
        choice(r.trunkLean, {
          upright: 'Upright',
          'slight-forward': 'Slight forward lean',
          'excessive-forward': 'Excessive forward lean',
          backward: 'Backward lean',
        }),
        req('trunkLean'),
      ),
      field(
        'Foot strike',
        choice(r.footStrike, { rearfoot: 'Rearfoot', midfoot: 'Midfoot', forefoot: 'Forefoot' }),
        req('footStrike'),
      ),
      field('Overstriding', yesNo(r.overstride), req('overstride')),
      field('Contralateral pelvic drop', choice(r.pelvicDrop, stance), req('pelvicDrop')),
      field(
        'Hip adduction / knee valgus',
        choice(r.hipAdductionKneeValgus, stance),
        req('hipAdductionKneeValgus'),
      ),
      field('Crossover / narrow step width', yesNo(r.crossover), req('crossover')),
      field(
        'Hip extension at toe-off',
        choice(r.hipExtensionAtToeOff, { adequate: 'Adequate', reduced: 'Reduced' }),
        req('hipExtensionAtToeOff'),
      ),
      field('Notes', text(r.notes), false),
    ],
    true,
  )
  return section('Running technique', fields)
}

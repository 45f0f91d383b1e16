/** The PSFS activities in the patient's own words, each with today's rating. */

import type { OutcomeMeasures } from '../../../shared/model/assessment/outcomeMeasures'
import { html } from '../html'

export function psfsActivitiesList(psfs: OutcomeMeasures['psfs']) {
  const activities = psfs?.status === 'recorded' ? (psfs.activities ?? []) : []
  if (activities.length === 0) return html``
  return html`<p class="small">
    <strong>PSFS activities</strong> (0 = unable, 10 = able as before the problem):
    ${activities.map(
      (a, i) =>
        html`${i > 0 ? '; ' : ''}${a.activity}
        ${typeof a.score === 'number' ? html`<strong>${a.score}/10</strong>` : html`<span class="nr">not rated</span>`}`,
    )}
  </p>`
}

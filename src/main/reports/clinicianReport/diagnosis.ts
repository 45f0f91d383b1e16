/** The working diagnosis section, with the engine's decision support (differential and tests). */

import {
  formatRatio,
  independentLikelihoodNote,
  likelihoodLegend,
  likelihoodText,
} from '../../../shared/clinical/presentation/likelihood'
import {
  differentialEntries,
  type DifferentialEntry,
} from '../../../shared/clinical/reasoning/differentialEntries'
import type { AppliedEvidence } from '../../../shared/clinical/reasoning/engine'
import { formatDateTime, html, joinHtml, type SafeHtml } from '../html'
import { clinicianName, conditionName, diagnosisName, type ReportData } from '../reportData'
import { bulletList, section } from './fields'

function evidenceList(items: AppliedEvidence[], max: number): string {
  const shown = items.slice(0, max).map((e) => `${e.label} (${formatRatio(e.ratio)})`)
  const more = items.length - shown.length
  return shown.length === 0
    ? 'none recorded'
    : `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`
}

/** One entry of the differential; a group's members (GTPS: bursitis) are listed within it. */
function candidate({ lead: c, probability, nested }: DifferentialEntry, rank: number): SafeHtml {
  return html`<div class="candidate">
    <div>
      <span class="name">${rank}. ${c.name}</span> —
      <strong>${likelihoodText(probability)}</strong>
      <span class="muted small">· before the findings: ${likelihoodText(c.priorProbability)}</span>
    </div>
    <div class="small"><strong>For:</strong> ${evidenceList(c.supporting, 8)}</div>
    <div class="small"><strong>Against:</strong> ${evidenceList(c.opposing, 6)}</div>
    ${nested.map(
      (n) =>
        html`<div class="small">
          <strong>Within ${c.group?.name ?? c.name}:</strong> ${n.name} (for:
          ${evidenceList(n.supporting, 4)})
        </div>`,
    )}
  </div>`
}

export function diagnosisSection(data: ReportData) {
  const wd = data.assessment.workingDiagnosis
  const r = data.reasoning
  const confirmed = wd
    ? html`<p class="confirmed">
          ${
            wd.confirmed.length > 0
              ? joinHtml(
                  wd.confirmed.map((d) => diagnosisName(d)),
                  '; ',
                )
              : `Diagnosis deferred: ${wd.deferredBecause}`
          }
        </p>
        <p class="small">
          ${wd.confirmed.length > 0 ? 'Confirmed' : 'Deferred'} by
          ${clinicianName(data) ?? 'the clinician'} on ${formatDateTime(wd.confirmedAt)}.
          ${data.revisedAt && html`Revised in an addendum on ${formatDateTime(data.revisedAt)}.`}
          ${wd.reason && html`<br /><strong>Reason for the choice:</strong> ${wd.reason}`}
        </p>
        <p class="small">
          <strong>Engine proposal at that time</strong> (engine ${wd.proposal.engineVersion}):
          ${wd.proposal.ranked
            .slice(0, 3)
            .map((c) => `${conditionName(c.conditionId)} ${likelihoodText(c.probability)}`)
            .join('; ')}${
            wd.proposal.redFlags.length > 0 ? `. Red flags: ${wd.proposal.redFlags.length}` : ''
          }.
        </p>`
    : html`<p><strong>Working diagnosis: not confirmed yet.</strong></p>`
  const suggested = r.suggestedTests.slice(0, 4)
  return section(
    'Working diagnosis',
    confirmed,
    html`<h3>Decision support: most likely conditions</h3>
      <p class="decision-support">
        Decision support only, not a diagnosis: how likely each condition is from the recorded
        findings (engine ${r.engineVersion}). ${independentLikelihoodNote} ${likelihoodLegend} Each
        finding's likelihood ratio, rounded to what its evidence supports, is in brackets.
      </p>`,
    joinHtml(
      differentialEntries(r.differential)
        .slice(0, 3)
        .map((entry, i) => candidate(entry, i + 1)),
    ),
    r.notes.length > 0 ? bulletList(r.notes) : undefined,
    suggested.length > 0
      ? html`<p class="small">
          <strong>Tests that would help discriminate:</strong>
          ${suggested.map((s) => s.what).join('; ')}.
        </p>`
      : undefined,
    r.hipOaCriteria.applies && r.hipOaCriteria.met === 'present'
      ? html`<p class="small">
          ACR clinical classification criteria for hip osteoarthritis met (branch
          ${r.hipOaCriteria.branch ?? '?'}).
        </p>`
      : undefined,
  )
}

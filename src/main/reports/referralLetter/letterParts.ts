/** Small pieces of the letter: the overall urgency, the opening sentence and bullet lists. */

import { durationInWords } from '../../../shared/clinical/findingsSummary'
import { bodyRegionLabels } from '../../../shared/model/assessment/bodyRegions'
import type { ReferralUrgency } from '../../../shared/model/assessment/plan'
import { runningEventLabels } from '../../../shared/model/patient'
import { formatDate, html, type SafeHtml } from '../html'
import { listInWords, patientAge, patientName, type ReportData } from '../reportData'

const flagToReferralUrgency: Record<string, ReferralUrgency> = {
  emergency: 'emergency',
  'same-day': 'same-day',
  urgent: 'urgent',
  soon: 'routine',
}
const urgencyOrder: ReferralUrgency[] = ['emergency', 'same-day', 'urgent', 'routine']

export function list(items: readonly string[]): SafeHtml | undefined {
  if (items.length === 0) return undefined
  return html`<ul>
    ${items.map((i) => html`<li>${i}</li>`)}
  </ul>`
}

export function overallUrgency(data: ReportData): ReferralUrgency | undefined {
  const candidates = [
    ...data.activeRedFlags.map((f) => flagToReferralUrgency[f.urgency]!),
    ...(data.assessment.plan?.referrals.map((r) => r.urgency) ?? []),
  ]
  return urgencyOrder.find((u) => candidates.includes(u))
}

export function openingSentence(data: ReportData): string {
  const p = data.patient
  const h = data.assessment.history
  const areas = [
    ...new Set((h.painAreas ?? []).map((a) => bodyRegionLabels[a.region].toLowerCase())),
  ]
  const side =
    h.painSide === 'left' || h.painSide === 'right'
      ? `${h.painSide}-sided `
      : h.painSide === 'both'
        ? 'bilateral '
        : ''
  const duration = h.onset?.duration ? ` of ${durationInWords(h.onset.duration)}` : ''
  const runner = p.mainEvent
    ? `runner (${runningEventLabels[p.mainEvent].toLowerCase()})`
    : 'runner'
  const complaint =
    areas.length > 0 ? `${side}${listInWords(areas)} pain${duration}` : `hip pain${duration}`
  return (
    `Thank you for seeing ${patientName(data)}, a ${patientAge(data)}-year-old ${runner}, whom I ` +
    `assessed on ${formatDate(data.assessment.date)} for ${complaint}.`
  )
}

import { describe, expect, it } from 'vitest'
import { clinicianReportHtml } from '../../src/main/reports/clinicianReport'
import { reportDataFor } from '../../src/main/reports/reportData'
import { assessmentSchema } from '../../src/shared/model/assessment/assessment'
import { newHistoryFields } from '../support/newHistoryFields'
import { loadVignette } from '../support/vignettes'

/** The clinician report's text, as a reader sees it (tags dropped, spaces collapsed). */
const reportText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

describe("clinician report: the history's version 2 fields", () => {
  const v = loadVignette('V01')
  const assessment = assessmentSchema.parse({
    ...v.assessment,
    history: {
      ...v.assessment.history,
      ...newHistoryFields,
      redFlags: {
        ...v.assessment.history.redFlags,
        unexplainedWeightLoss: 'yes',
        cancerHistory: 'yes',
      },
    },
  })
  const text = reportText(
    clinicianReportHtml(reportDataFor(v.patient, assessment, '2026-11-02T12:00:00.000Z')),
  )

  it.each([
    ['Temperature today', '37.2 °C'],
    ['Weight lost', '6 kg over 3 months'],
    ['Previous cancer', 'Breast, diagnosed 2019'],
    ['Leg at rest', 'Shortened and externally rotated'],
    ['Leg looks shorter', 'Yes'],
    ['Knee pain (not lateral)', 'Front of the knee'],
    ['Burning, tingling or numbness of the thigh', 'No'],
    ['Mechanism', 'Fall'],
    ['Felt a catch', 'No'],
    ['Pain on standing and walking', 'Yes'],
    ['Locking, how often', 'Never'],
    ['Giving way, how often', 'Less than once a week'],
    ['Increase (distances not known)', '40%'],
    ['Surface hardness', 'Mostly hard (road, pavement, concrete)'],
    ['Fear of movement or of re-injury', 'Yes'],
    ['Sleep disturbed (by pain or otherwise)', 'Yes'],
    ['Notes', 'Worried she will never run again.'],
    ['Menopause', 'After the menopause'],
    ['Hormone replacement therapy', 'No'],
    ['Injection into the hip region', 'Yes'],
    ['Injection details', 'Corticosteroid into the trochanteric bursa, March 2026'],
  ])('shows %s: %s', (label, value) => {
    expect(text).toContain(`${label} ${value}`)
  })

  it('leaves the new fields out of a version 1 record that never had them', () => {
    const before = reportText(
      clinicianReportHtml(reportDataFor(v.patient, v.assessment, '2026-11-02T12:00:00.000Z')),
    )
    for (const label of ['Temperature today', 'Leg at rest', 'Psychosocial factors', 'Menopause'])
      expect(before).not.toContain(label)
  })
})

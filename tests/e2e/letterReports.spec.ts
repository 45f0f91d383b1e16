import { expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { clinicianReportHtml } from '../../src/main/reports/clinicianReport'
import { referralLetterHtml, type EditedLetter } from '../../src/main/reports/referralLetter'
import { reportDataFor, type ReportData } from '../../src/main/reports/reportData'
import type { ConditionId } from '../../src/shared/clinical/conditions/conditionIds'
import { generatePlan } from '../../src/shared/clinical/plan/generatePlan'
import {
  proposalOf,
  reasoningInputOf,
} from '../../src/shared/clinical/reasoning/assessmentReasoning'
import { findingsOf, reason } from '../../src/shared/clinical/reasoning/engine'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { RIVERSIDE } from '../support/seedClinic'
import { loadVignette } from '../support/vignettes'

/**
 * Edited referral letters rendered to PDF in Chromium (as the app prints them) and read back
 * with poppler: their text, and their page count (one A4 page where the content allows). Page
 * PNGs are kept under test-results/letters for a look as a GP would read them.
 */

const outDir = join('test-results', 'letters')
const WRITTEN_AT = '2026-11-02T10:30:00.000Z'

function confirmed(id: string, conditionId: ConditionId): ReportData {
  const v = loadVignette(id)
  const input = reasoningInputOf(v.assessment, v.patient)
  const result = reason(input)
  const assessment: Assessment = {
    ...v.assessment,
    workingDiagnosis: {
      confirmed: [{ conditionId }],
      confirmedAt: WRITTEN_AT,
      proposal: proposalOf(result),
    },
    plan: generatePlan({
      diagnoses: [conditionId],
      redFlags: result.redFlags,
      findings: findingsOf(input),
      date: v.assessment.date,
      now: new Date(WRITTEN_AT),
    }),
  }
  return reportDataFor(v.patient, assessment, WRITTEN_AT, RIVERSIDE)
}

const shah: EditedLetter['content']['recipient'] = {
  name: 'Dr Priya Shah',
  role: 'GP',
  practice: 'Quayside Surgery',
  address: '4 Dock Lane\nLeeds LS1 2AA',
  phone: '0113 496 0101',
  secureEmail: 'p.shah@nhs.example',
}
const author: EditedLetter['author'] = {
  name: 'Alex Morgan',
  profession: 'physiotherapist',
  registrationNumber: 'PH123456',
}

async function render(page: Page, html: string, name: string) {
  mkdirSync(outDir, { recursive: true })
  await page.setContent(html)
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
  const pdfPath = join(outDir, `${name}.pdf`)
  writeFileSync(pdfPath, pdf)
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
  execFileSync('pdftoppm', ['-png', '-r', '80', pdfPath, join(outDir, name)])
  const firstPage = execFileSync(
    'pdftotext',
    ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdfPath, '-'],
    {
      encoding: 'utf8',
    },
  )
  return {
    firstPage: firstPage.replace(/\s+/g, ' '),
    text: text.replace(/\s+/g, ' '),
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
  }
}

test.describe('edited referral letters', () => {
  test('V01 to a GP: screened negative, the question and own words, signed with the registration number, one page', async ({
    page,
  }) => {
    const data = confirmed('V01', 'gluteal-tendinopathy')
    const { text, pages } = await render(
      page,
      referralLetterHtml(data, {
        content: {
          recipient: shah,
          question:
            'Would you consider a review of her HRT and bone health, given lateral hip pain that keeps her from running?',
          freeText: 'She is keen to return to parkrun.\n\nI will review her in two weeks.',
        },
        author,
        writtenAt: WRITTEN_AT,
      }),
      'V01-letter-to-gp',
    )
    expect(text).toContain('Dr Priya Shah GP, Quayside Surgery 4 Dock Lane Leeds LS1 2AA')
    expect(text).toContain('Red flags screened: negative.')
    expect(text).toContain('Dear Dr Priya Shah,')
    expect(text).toContain('Would you consider a review of her HRT and bone health')
    expect(text).toContain('Alex Morgan Physiotherapist, registration PH123456')
    expect(text).not.toMatch(/RED FLAG RAISED/i)
    expect(pages).toBe(1)
  })

  test('V03 to a sports physician: the red flags first with their urgency, never "negative"; what matters on page 1', async ({
    page,
  }) => {
    const data = confirmed('V03', 'femoral-neck-bsi')
    const { text, pages, firstPage } = await render(
      page,
      referralLetterHtml(data, {
        content: {
          recipient: {
            name: 'Dr Omar Reid',
            role: 'Consultant in sport and exercise medicine',
            practice: 'Leeds Sports Medicine Centre',
          },
          question:
            'Please arrange X-ray and MRI of the right hip today to exclude a femoral neck stress fracture.',
        },
        author,
        writtenAt: WRITTEN_AT,
      }),
      'V03-letter-red-flag',
    )
    const flag = text.indexOf('RED FLAGS RAISED')
    expect(flag).toBeGreaterThan(0)
    expect(flag).toBeLessThan(text.indexOf('Dear Dr Omar Reid'))
    expect(text).toMatch(/femoral neck stress fracture — Same day/i)
    expect(text).toMatch(/same day referral/i)
    expect(text).not.toMatch(/screened: negative/i)
    // Two flags with what raised each do not leave room for everything on one page: the flags,
    // the question, the diagnosis and the findings are on the first; the sign-off may follow.
    expect(pages).toBeLessThanOrEqual(2)
    for (const first of [
      'RED FLAGS RAISED',
      'Please arrange X-ray and MRI',
      'Femoral neck stress fracture / bone stress injury',
      'Key findings',
    ])
      expect(firstPage).toContain(first)
  })

  test('the clinician report opens with a one-page summary, then the detail as before', async ({
    page,
  }) => {
    const v01 = await render(
      page,
      clinicianReportHtml(confirmed('V01', 'gluteal-tendinopathy')),
      'V01-report',
    )
    expect(v01.firstPage).toContain('Summary')
    expect(v01.firstPage).toContain('Red flags Red flags screened: negative')
    expect(v01.firstPage).toMatch(
      /Working diagnosis Gluteal tendinopathy \/ greater trochanteric pain syndrome Engine ranking when confirmed: 1\. Gluteal tendinopathy \/ greater trochanteric pain syndrome — likely/,
    )
    expect(v01.firstPage).toMatch(/Key findings Single-leg stance 30 s reproduces lateral pain/)
    expect(v01.firstPage).toMatch(
      /Plan Stage 1 of \d: Settle Key exercises: Isometric hip abduction \(belt\)/,
    )
    expect(v01.firstPage).toContain('Load advice: Reduce running volume')
    expect(v01.firstPage).toContain('Next review 16 Nov 2026')
    // The detail starts on page 2.
    expect(v01.firstPage).not.toContain('Where it hurts')
    expect(v01.text).toContain('Where it hurts')

    const v03 = await render(
      page,
      clinicianReportHtml(confirmed('V03', 'femoral-neck-bsi')),
      'V03-report',
    )
    expect(v03.firstPage).toContain('Suspected femoral neck stress fracture — SAME DAY')
    expect(v03.firstPage).not.toMatch(/screened: negative/i)
    expect(v03.firstPage).toContain('No loading until a doctor has cleared the patient.')
  })
})

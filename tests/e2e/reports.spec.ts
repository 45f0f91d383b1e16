import { expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { clinicianReportHtml } from '../../src/main/reports/clinicianReport'
import { patientHandoutHtml } from '../../src/main/reports/patientHandout'
import { reportDataFor, type ReportData } from '../../src/main/reports/reportData'
import { referralLetterHtml } from '../../src/main/reports/referralLetter'
import type { ConditionId } from '../../src/shared/clinical/conditions/conditionIds'
import { generatePlan } from '../../src/shared/clinical/plan/generatePlan'
import {
  proposalOf,
  reasoningInputOf,
} from '../../src/shared/clinical/reasoning/assessmentReasoning'
import { findingsOf, reason } from '../../src/shared/clinical/reasoning/engine'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import type { AssessmentExport } from '../../src/shared/model/assessment/assessmentExport'
import type { Patient } from '../../src/shared/model/patient'
import { hamstringRunnerAged41, loadVignette } from '../support/vignettes'

/**
 * The three printable reports (src/main/reports) rendered to PDF in Chromium, as the app does
 * with webContents.printToPDF, and read back with poppler (pdftotext, pdfinfo, pdftoppm).
 * PDFs and first-page PNGs are kept under test-results/reports for a human look.
 */

const outDir = join('test-results', 'reports')
const GENERATED_AT = '2026-11-02T10:30:00.000Z'
const CONFIRMED_AT = '2026-11-02T09:45:00.000Z'

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** A vignette with the clinician's confirmed diagnosis and the plan generated from it. */
function confirmedVignette(
  id: string,
  conditionId: ConditionId,
  v: AssessmentExport = loadVignette(id),
): ReportData {
  const input = reasoningInputOf(v.assessment, v.patient)
  const result = reason(input)
  const assessment: Assessment = {
    ...v.assessment,
    workingDiagnosis: {
      confirmed: [{ conditionId }],
      confirmedAt: CONFIRMED_AT,
      proposal: proposalOf(result),
    },
    plan: generatePlan({
      diagnoses: [conditionId],
      redFlags: result.redFlags,
      findings: findingsOf(input),
      date: v.assessment.date,
      now: new Date(CONFIRMED_AT),
    }),
  }
  return reportDataFor(v.patient, assessment, GENERATED_AT, clinic)
}

/** A letter to a colleague carries no likelihoods, ratios or engine notes. */
function expectNoEngineTalk(text: string) {
  for (const engineTalk of [
    '%',
    '×',
    'LR',
    'stands in',
    'engine',
    'estimate',
    'decision support',
  ]) {
    expect(text, engineTalk).not.toContain(engineTalk)
  }
  expect(text).not.toMatch(/likel|probab/i)
}

const clinic = {
  name: 'Riverside Physiotherapy',
  tagline: 'Running injuries clinic',
  address: '1 Quay Street\nLeeds LS1 4AB',
  phone: '0113 496 0000',
  email: 'desk@riverside.example',
}

const kinds = {
  report: clinicianReportHtml,
  handout: patientHandoutHtml,
  referral: referralLetterHtml,
} as const
type Kind = keyof typeof kinds

interface Rendered {
  text: string
  pages: number
  pdfPath: string
}

/**
 * Renders one document to PDF, its text (whitespace collapsed), its page count and a PNG of page 1
 * (of every page with `allPages`, for the handout's drawings and log).
 */
async function render(page: Page, html: string, name: string, allPages = false): Promise<Rendered> {
  mkdirSync(outDir, { recursive: true })
  await page.setContent(html)
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
  const pdfPath = join(outDir, `${name}.pdf`)
  writeFileSync(pdfPath, pdf)
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  execFileSync(
    'pdftoppm',
    allPages
      ? ['-png', '-r', '80', pdfPath, join(outDir, `${name}-page`)]
      : [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '1',
          '-singlefile',
          pdfPath,
          join(outDir, `${name}-page1`),
        ],
  )
  return { text: text.replace(/\s+/g, ' '), pages, pdfPath }
}

async function renderKind(page: Page, data: ReportData, vignette: string, kind: Kind) {
  return render(page, kinds[kind](data), `${vignette}-${kind}`, kind === 'handout')
}

test.describe('printable reports', () => {
  test.skip(!hasPoppler(), 'poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed')

  test('V01 clinician report: findings, decision support, plan and page numbers', async ({
    page,
  }) => {
    const data = confirmedVignette('V01', 'gluteal-tendinopathy')
    const { text, pages } = await renderKind(page, data, 'V01', 'report')
    expect(text).toContain('Hip assessment report')
    expect(text).toContain('Clinician: Fixture Clinician')
    expect(text).toContain('Helen Marsh')
    expect(text).toContain('14 Mar 1981 (age 45)')
    expect(text).toContain('VIGNETTE-V01')
    expect(text).not.toContain('RED FLAGS')
    expect(text).not.toContain('DRAFT')
    // Findings, section by section.
    expect(text).toContain('Lateral hip / greater trochanter (right)')
    expect(text).toContain('Lying on the painful side')
    expect(text).toContain('Single-leg stance')
    expect(text).toContain('Right lateral hip pain at 12 s')
    expect(text).toContain('78%')
    expect(text).toContain('2.36') // 156 N / 66 kg
    expect(text).toMatch(/LEFS not assessed/)
    expect(text).toContain('MCID 9 points')
    expect(text).toMatch(/Not tested \(\d+\):/)
    expect(text).toContain('Cadence 158 steps/min')
    // Working diagnosis with the engine's decision support, then the plan.
    expect(text).toContain('Gluteal tendinopathy')
    expect(text).toContain('Decision support')
    expect(text).toContain('Trochanteric bursitis')
    // Likelihood in words with the number in the one format the screen and the CLI use, said to
    // be per condition; ratios rounded to their evidence (the pooled Trendelenburg LR+ 6.83 is 7).
    expect(text).toContain(
      'Gluteal tendinopathy / greater trochanteric pain syndrome — likely (> 95%)',
    )
    expect(text).toContain('Each likelihood is for that condition alone')
    expect(text).toContain('they do not add up to 100%')
    expect(text.match(/100%/g)).toHaveLength(1)
    expect(text).not.toMatch(/≥ ?99|>99%|\d\.\d\d\)/)
    expect(text).toContain('Single-leg stance 30 s reproduces lateral pain (×10)')
    expect(text).toContain('Trendelenburg gait (×3)')
    // A 45-year-old with lateral hip pain: the hip-OA criteria are not hers to meet.
    expect(text).not.toContain('ACR')
    expect(text).toContain('Isometric hip abduction (belt)')
    expect(text).toContain('Review date: 16 Nov 2026')
    // Page margin boxes: "Page N of M" and the patient footer on every page.
    expect(text).toContain('Page 1 of')
    expect(text).toContain(`Page ${pages} of ${pages}`)
    expect(text.split('Helen Marsh · DOB 14 Mar 1981 · Report 2 Nov 2026').length - 1).toBe(pages)
  })

  test('V01 patient handout: current exercises with their drawings, running advice in plain words, a log until the review', async ({
    page,
  }) => {
    const data = confirmedVignette('V01', 'gluteal-tendinopathy')
    const { text, pages } = await renderKind(page, data, 'V01', 'handout')
    const stage = data.assessment.plan!.phases[0]!.exercises
    const first = stage[0]!
    expect(text).toContain('Your exercises')
    expect(text).toContain(first.name)
    expect(text).toContain('Hold for 30 seconds, 5 times, 1–2 times a day')
    expect(text).toContain('3 sets of 12, each side, 2–3 times a week')
    expect(text).toContain('Stop and contact us if')
    expect(text).toContain('goes above 3 out of 10')
    expect(text).toContain('Next appointment: 16 Nov 2026')
    expect(text).toContain('Fixture Clinician')
    // Each exercise shows its start and end drawing, described for a screen reader.
    for (const e of stage) {
      await expect(page.getByRole('img', { name: `${e.name}: start position` })).toBeVisible()
      await expect(page.getByRole('img', { name: `${e.name}: end position` })).toBeVisible()
    }
    // Plain language: no probabilities, ratios or test names.
    expect(text).not.toMatch(/likelihood|probabilit|FADER|×\d/i)
    // Only the current stage: later-stage exercises are not on the handout.
    expect(text).not.toContain('Rear-foot-elevated split squat')

    // The running advice, in words a runner understands: load, the pain rule, and cadence
    // explained as steps a minute with how to count them and a target from today's 158.
    expect(text).toContain('Your running')
    expect(text).toContain('Build up one thing at a time: first how often you run')
    expect(text).toContain('stays at 3 or below, has settled by the next morning')
    expect(text).toContain('Cadence means how many steps you take in one minute')
    expect(text).toContain('count every time either foot lands for 30 seconds, then double')
    expect(text).toContain('Today you ran at 158 steps a minute: aim for about 166')
    expect(text).not.toMatch(/Heiderscheit|contralateral|energy absorption|adduction moment/i)

    // The log: one week per table from the visit to the review (2 weeks), each exercise and the
    // pain score to tick each day, on its own page at the end.
    expect(text).toContain('Your exercise log')
    expect(text).toContain('Week 1: 2 Nov 2026 to 8 Nov 2026')
    expect(text).toContain('Week 2: 9 Nov 2026 to 15 Nov 2026')
    expect(text).not.toContain('Week 3')
    expect(text.indexOf('Your exercise log')).toBeGreaterThan(text.indexOf('Next appointment'))
    const log = text.slice(text.indexOf('Week 1:'))
    for (const e of stage) expect(log).toContain(e.name)
    expect(log.match(/Pain \(0–10\)/g)).toHaveLength(2)
    expect(log).toContain('Mon 2 Tue 3 Wed 4 Thu 5 Fri 6 Sat 7 Sun 8')
    // Three exercises with drawings, the safety box, the running advice and the key points take
    // about three A4 pages at 14 pt; the log starts on a page of its own.
    expect(pages).toBeLessThanOrEqual(4)
    const lastPage = execFileSync(
      'pdftotext',
      [
        '-f',
        String(pages),
        '-l',
        String(pages),
        '-enc',
        'UTF-8',
        join(outDir, 'V01-handout.pdf'),
        '-',
      ],
      { encoding: 'utf8' },
    )
    expect(lastPage).toContain('Your exercise log')
  })

  test('a handout without a review date logs 4 weeks; every drawn exercise prints', async ({
    page,
  }) => {
    const data = confirmedVignette('V01', 'gluteal-tendinopathy')
    const plan = data.assessment.plan!
    const all = [
      ...new Map(plan.phases.flatMap((p) => p.exercises).map((e) => [e.name, e])).values(),
    ]
    const noReview = {
      ...data,
      assessment: {
        ...data.assessment,
        plan: { ...plan, reviewDate: undefined, phases: [{ ...plan.phases[0]!, exercises: all }] },
      },
    }
    const { text } = await renderKind(page, noReview, 'V01-all-exercises', 'handout')
    expect(text).toContain('Week 4: 23 Nov 2026 to 29 Nov 2026')
    expect(text).not.toContain('Week 5')
    expect(text).toContain('Next appointment: we will arrange it with you')
    for (const e of all) {
      await expect(page.getByRole('img', { name: `${e.name}: end position` })).toBeVisible()
    }
  })

  test('V01 at its second phase: the handout gives that phase, the report marks it current', async ({
    page,
  }) => {
    const data = confirmedVignette('V01', 'gluteal-tendinopathy')
    const plan = data.assessment.plan!
    const atPhase2 = {
      ...data,
      assessment: { ...data.assessment, plan: { ...plan, currentPhase: 2 } },
    }
    const handout = await renderKind(page, atPhase2, 'V01-phase2', 'handout')
    expect(handout.text).toContain(`Stage 2: ${plan.phases[1]!.name}`)
    for (const e of plan.phases[1]!.exercises) expect(handout.text).toContain(e.name)
    expect(handout.text).not.toContain('Isometric hip abduction')
    const report = await renderKind(page, atPhase2, 'V01-phase2', 'report')
    expect(report.text).toContain('Phase 2: Load CURRENT PHASE')
    expect(report.text.match(/CURRENT PHASE/g)).toHaveLength(1)
  })

  test('V01 referral letter: no red flag, so the question asks for advice on the diagnosis', async ({
    page,
  }) => {
    const data = confirmedVignette('V01', 'gluteal-tendinopathy')
    const { text, pages } = await renderKind(page, data, 'V01', 'referral')
    expect(text).toContain('Dear Doctor')
    expect(text).toContain(
      'Please assess and advise on further management of the right hip pain (working diagnosis: Gluteal tendinopathy / greater trochanteric pain syndrome).',
    )
    expect(text).toContain('Red flags screened: negative.')
    expect(text).toContain('Hip abductors: limb symmetry 78%')
    expect(text).toMatch(
      /Working diagnosis Gluteal tendinopathy \/ greater trochanteric pain syndrome Supported by .*Single-leg stance 30 s reproduces lateral pain/,
    )
    expect(text).toContain(
      'Single-leg stance, 30 seconds positive right: Right lateral hip pain at 12 s',
    )
    expect(text).not.toMatch(/×|\bLR\b|likel|probab|engine/i)
    expect(pages).toBeLessThanOrEqual(2)
  })

  test('V03 clinician report: red flags first, with their action', async ({ page }) => {
    const data = confirmedVignette('V03', 'femoral-neck-bsi')
    const { text } = await renderKind(page, data, 'V03', 'report')
    const flags = text.indexOf('RED FLAGS')
    expect(flags).toBeGreaterThan(0)
    expect(flags).toBeLessThan(text.indexOf('Where it hurts'))
    expect(text).toContain('Suspected femoral neck stress fracture')
    expect(text).toContain('Stop running and all impact now')
    expect(text).toContain('Low energy availability (RED-S)')
    expect(text).toContain('Running technique: not assessed — Suspected femoral neck')
    expect(text).toContain('Single-leg hop test')
    expect(text).toContain('Page 1 of')
  })

  test('V03 referral letter: recipient, urgency, findings and the question asked', async ({
    page,
  }) => {
    const data = confirmedVignette('V03', 'femoral-neck-bsi')
    const { text, pages } = await renderKind(page, data, 'V03', 'referral')
    expect(text).toContain('Sports physician or GP, for X-ray then MRI')
    expect(text).toContain('Dear Colleague')
    expect(text).toMatch(/same day referral/i)
    expect(text).toContain('Sarah Lindqvist')
    expect(text).toContain('9 Aug 1992')
    expect(text).toContain('VIGNETTE-V03')
    expect(text).toContain('femoral neck stress fracture')
    expect(text).toContain('MRI')
    expect(text).toContain('Pain now 3/10, worst 6/10, running 7/10')
    expect(text).toContain('Fulcrum test positive right')
    expect(text).toContain('Training increased 35 → 60 km/week over 3 weeks')
    expect(text).toContain('Irregular or absent periods')
    // The clinician's confirmed diagnosis and the findings behind it, in clinical words.
    expect(text).toContain('Working diagnosis Femoral neck stress fracture / bone stress injury')
    expect(text).toMatch(/Supported by .*Worse the longer the run.*Pain on single-leg hop/)
    expect(text).toMatch(/Supported by .*Training increased 35 → 60 km\/week over 3 weeks/)
    expect(text).toMatch(/Relevant negatives .*No clicking/)
    expectNoEngineTalk(text)
    expect(text).toContain('Crutches')
    expect(text).toContain(
      'Please arrange X-ray and MRI of the right hip to exclude a femoral neck stress fracture.',
    )
    expect(text).toContain('Yours sincerely')
    expect(pages).toBeLessThanOrEqual(2)
  })

  test('V05 referral letter: hip OA as confirmed, with the findings and criteria behind it', async ({
    page,
  }) => {
    const data = confirmedVignette('V05', 'hip-osteoarthritis')
    const { text, pages } = await renderKind(page, data, 'V05', 'referral')
    expect(text).toContain('Working diagnosis Hip osteoarthritis')
    expect(text).toMatch(/Supported by .*ACR clinical criteria for hip OA met.*Groin pain/)
    expect(text).toContain('Worse putting on socks and shoes')
    expect(text).toContain(
      'Internal rotation: right 10°, painful at end of range; left 30° (right below the typical 20°; 20° side difference)',
    )
    expect(text).toContain('Morning stiffness 20 min')
    expectNoEngineTalk(text)
    expect(text).not.toMatch(/Sutlive|ESR|Sn \d/)
    expect(pages).toBeLessThanOrEqual(2)
  })

  test('V05 clinician report: the hip-OA criteria, which concern a 58-year-old with groin pain', async ({
    page,
  }) => {
    const data = confirmedVignette('V05', 'hip-osteoarthritis')
    const { text } = await renderKind(page, data, 'V05', 'report')
    expect(text).toContain('ACR clinical classification criteria for hip osteoarthritis met')
    expect(text).toMatch(/Right < 15°: ACR 1991 clinical criteria for hip OA/)
    expect(text).toContain('Hip osteoarthritis — likely (91%)')
  })

  test('a 41-year-old with hamstring tendinopathy: no hip-OA criteria anywhere, and an unconfirmed letter says so', async ({
    page,
  }) => {
    const runner = hamstringRunnerAged41()
    const confirmed = confirmedVignette('V09', 'proximal-hamstring-tendinopathy', runner)
    const report = await renderKind(page, confirmed, 'V09-aged-41', 'report')
    expect(report.text).toContain('Proximal hamstring tendinopathy — likely (> 95%)')
    expect(report.text).toContain('Flexion')
    expect(report.text).not.toMatch(/ACR|Sutlive|ESR|osteoarthritis criteria/)

    const unconfirmed = reportDataFor(runner.patient, runner.assessment, GENERATED_AT, clinic)
    const letter = await renderKind(page, unconfirmed, 'V09-aged-41-unconfirmed', 'referral')
    expect(letter.text).toContain('Working diagnosis not yet confirmed.')
    expect(letter.text).not.toContain('Supported by')
    expect(letter.text).not.toContain('Proximal hamstring tendinopathy')
    expect(letter.text).toContain(
      'Modified bent-knee stretch test positive right: Right sitting-bone pain',
    )
    expect(letter.text).toContain(
      'Flexion: right 110°, painful at end of range; left 120° (10° side difference)',
    )
    expectNoEngineTalk(letter.text)
    expect(letter.text).not.toMatch(/ACR|OA/)
  })

  test('V03 patient handout: see a doctor today, no exercises until cleared', async ({ page }) => {
    const data = confirmedVignette('V03', 'femoral-neck-bsi')
    const { text, pages } = await renderKind(page, data, 'V03', 'handout')
    expect(text).toContain('Stop and contact us if')
    expect(text).toContain('Stop running, jumping and hopping now')
    expect(text).toContain('See a doctor today for an X-ray and an MRI scan')
    expect(text).toContain('sports dietitian')
    expect(text).toContain('No exercises for now')
    // The protective stage comes first: no hopping or loading exercises on the handout.
    expect(text).not.toContain('Hops and bounds')
    expect(pages).toBe(1)
  })

  test('a draft says DRAFT, and unrecorded or skipped items say so', async ({ page }) => {
    const v = loadVignette('V01')
    const assessment: Assessment = structuredClone({
      ...v.assessment,
      status: 'draft',
      finalisedAt: undefined,
    })
    delete assessment.history.pain!.now
    assessment.exam.rom!.motions!.extension = { left: 'not-assessed', right: 'not-assessed' }
    const { text } = await render(
      page,
      clinicianReportHtml(reportDataFor(v.patient, assessment, GENERATED_AT)),
      'V01-draft-report',
    )
    expect(text).toContain('DRAFT')
    expect(text).toMatch(/1 required item is not recorded yet/)
    const painScores = page.locator('table').filter({ hasText: 'Best in 24 h' })
    await expect(painScores.locator('tbody td').first()).toHaveText('not recorded')
    await expect(page.locator('tr', { hasText: /^\s*Extension/ })).toContainText('not assessed')
    await expect(page.locator('tr', { hasText: 'LEFS' })).toContainText('not assessed')
    expect(text).toContain('Working diagnosis: not confirmed yet.')
    expect(text).toContain('Treatment plan: not recorded')
  })

  test('patient and clinic data are escaped: a name cannot inject markup, script or CSS', async ({
    page,
  }) => {
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    const base = confirmedVignette('V03', 'femoral-neck-bsi')
    const patient: Patient = {
      ...base.patient,
      givenName: '<script>alert(1)</script>',
      familyName: '"; } body { display: none } </style><img src=x onerror=alert(2)>',
      recordNumber: '<b>R1</b>',
    }
    const assessment: Assessment = {
      ...base.assessment,
      clinicianName: '<i onmouseover=alert(3)>Dr X</i>',
      addenda: [{ at: GENERATED_AT, text: '</p><script>alert(4)</script>' }],
    }
    const data = reportDataFor(patient, assessment, GENERATED_AT, {
      name: '<b>Clinic</b>',
      tagline: '<img src=x onerror=alert(5)>',
      address: '<script>alert(6)</script>',
      phone: '0113',
    })
    for (const kind of Object.keys(kinds) as Kind[]) {
      const html = kinds[kind](data)
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:" />`,
      )
      await page.setContent(html)
      expect(await page.locator('script').count()).toBe(0)
      expect(await page.locator('img, b, i').count()).toBe(0)
      await expect(page.locator('body')).toBeVisible()
      await expect(page.locator('body')).toContainText('<script>alert(1)</script>')
      const { text } = await render(page, html, `escaping-${kind}`)
      expect(text).toContain('<script>alert(1)</script>')
      // The footer (a CSS string in @page) carries the name intact, and the page still prints.
      expect(text).toContain('DOB 9 Aug 1992')
      expect(text).toContain('onerror=alert(2)> · DOB')
    }
    expect(dialogs).toEqual([])
  })
})

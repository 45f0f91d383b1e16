import { useEffect, useRef, useState } from 'react'
import type { Result } from '@shared/api/result'
import { patientQuestionnaireNames } from '@shared/clinical/patientWording'
import type { Assessment } from '@shared/model/assessment/assessment'
import type { DraftCopy } from '@shared/model/assessment/draftCopy'
import type { SessionState } from '@shared/model/clinician'
import type { PatientMode } from '@shared/model/patientMode'
import { patientPages, type PatientPage } from '@shared/workflow/patientMode'
import { useApiQuery } from '../../app/useApiQuery'
import { ClinicianReturn } from './ClinicianReturn'
import { pageHeading, PatientPageBody } from './PatientPageBody'
import { usePatientAnswers } from './usePatientAnswers'
import './patientMode.css'

interface Props {
  mode: PatientMode
  /** The page the patient was on (main keeps it, so a reload returns there). */
  startPage: number
  clinicianName: string
  onBack: (state: SessionState) => void
}

/**
 * What the patient sees while they hold the laptop: their questionnaires, one question a page,
 * in large plain type, and nothing else of the record. No menu, no links, no shortcuts: the app
 * behind is not even rendered. The clinician's passcode is the only way back.
 */
export function PatientModeScreen(props: Props) {
  const opened = useApiQuery(() => openDraft(props.mode.assessmentId), props.mode.assessmentId)
  if (opened.status === 'loading') return null
  if (opened.status === 'error')
    return (
      <Frame {...props} heading="Please hand the laptop back" onFlush={async () => true}>
        <p className="pm-text">
          The questions could not be opened. Your physiotherapist will help.
        </p>
      </Frame>
    )
  return <Questionnaires {...props} stored={opened.value.record} copy={opened.value.copy} />
}

async function openDraft(id: string): Promise<Result<{ record: Assessment; copy?: DraftCopy }>> {
  const record = await window.api.getAssessment({ id })
  if (!record.ok) return record
  const copy = await window.api.getDraftCopy({ id })
  return { ok: true, value: { record: record.value, copy: copy.ok ? copy.value.copy : undefined } }
}

function Questionnaires({
  stored,
  copy,
  ...props
}: Props & { stored: Assessment; copy?: DraftCopy }) {
  const answers = usePatientAnswers(props.mode, stored, copy)
  const pages = patientPages(props.mode, answers.psfsNamed.length)
  const [index, setIndex] = useState(() => Math.min(props.startPage, pages.length - 1))
  const page = pages[Math.min(index, pages.length - 1)]!
  const go = (to: number) => {
    const next = Math.max(0, Math.min(to, pages.length - 1))
    setIndex(next)
    void window.api.patientModePage({ page: next })
  }
  const questionCount = pages.filter(isQuestion).length
  const questionNumber = pages.slice(0, index + 1).filter(isQuestion).length
  const section = sectionOf(page)
  return (
    <Frame
      {...props}
      heading={pageHeading(page, answers)}
      pageKey={index}
      onFlush={answers.flush}
      progress={
        isQuestion(page) ? (
          <div className="pm-progress">
            <span>
              {section && `${patientQuestionnaireNames[section]} · `}Question {questionNumber} of{' '}
              {questionCount}
            </span>
            <progress max={questionCount} value={questionNumber} aria-hidden="true" />
          </div>
        ) : undefined
      }
      nav={
        <nav className="pm-nav" aria-label="Back and next">
          {index > 0 && (
            <button type="button" className="pm-button" onClick={() => go(index - 1)}>
              ← Back
            </button>
          )}
          {index < pages.length - 1 && (
            <button
              type="button"
              className="pm-button pm-button--primary"
              onClick={() => go(index + 1)}
            >
              {page.kind === 'welcome' ? 'Start' : 'Next →'}
            </button>
          )}
        </nav>
      }
    >
      <PatientPageBody page={page} answers={answers} questionCount={questionCount} />
    </Frame>
  )
}

const isQuestion = (p: PatientPage) =>
  p.kind === 'pain' || p.kind === 'lefs' || p.kind === 'psfs-rate' || p.kind === 'groc'

const sectionOf = (p: PatientPage) =>
  p.kind === 'pain'
    ? 'nprs'
    : p.kind === 'lefs' || p.kind === 'lefs-intro'
      ? 'lefs'
      : p.kind === 'psfs-names' || p.kind === 'psfs-rate'
        ? 'psfs'
        : p.kind === 'groc'
          ? 'groc'
          : undefined

function Frame({
  clinicianName,
  onBack,
  heading,
  pageKey: key,
  progress,
  nav,
  onFlush,
  children,
}: Props & {
  heading: string
  pageKey?: number
  progress?: React.ReactNode
  nav?: React.ReactNode
  onFlush: () => Promise<unknown>
  children: React.ReactNode
}) {
  const [returning, setReturning] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Each new page starts at its question, for the eye and for a screen reader.
  useEffect(() => {
    if (!returning) headingRef.current?.focus()
  }, [key, returning])
  return (
    <div className="pm">
      <header className="pm__bar">
        <p className="pm__title">Your questionnaire</p>
        {progress}
      </header>
      <main className="pm__main" aria-labelledby="pm-heading">
        {returning ? (
          <ClinicianReturn
            clinicianName={clinicianName}
            beforeLeaving={onFlush}
            onBack={onBack}
            onCancel={() => setReturning(false)}
          />
        ) : (
          <>
            <h1 className="pm__heading" id="pm-heading" tabIndex={-1} ref={headingRef}>
              {heading}
            </h1>
            {children}
          </>
        )}
      </main>
      {/* Back and Next first in the tab order; the clinician's way out last, shown on the left. */}
      <footer className="pm__footer">
        {!returning && nav}
        <button
          type="button"
          className="pm-clinician"
          aria-pressed={returning}
          onClick={() => setReturning(!returning)}
        >
          Clinician
        </button>
      </footer>
    </div>
  )
}

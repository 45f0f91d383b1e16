import { useState } from 'react'
import { reportKindLabels, reportKinds, type ReportKind } from '@shared/model/exportFile'
import { letterheadRefusal } from '@shared/workflow/clinicLetterhead'
import { hrefOf, navigate } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { Notice } from '../../components/Notice'

/**
 * Save the clinician report, the patient's handout or the assessment file; write a referral letter
 * (in the letter editor). The handout and the letter name the clinic and its phone number: until
 * both are entered, their buttons are off and the screen says what is missing and where.
 */
export function ReportButtons({
  assessmentId,
  patientId,
  beforeExport,
}: {
  assessmentId: string
  patientId: string
  beforeExport?: () => Promise<boolean>
}) {
  const clinic = useApiQuery(() => window.api.getClinicDetails({}), 'clinic')
  const [busy, setBusy] = useState<ReportKind>()
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string }>()
  const save = async (kind: ReportKind) => {
    setOutcome(undefined)
    if (beforeExport && !(await beforeExport())) {
      setOutcome({
        tone: 'error',
        text: 'Some changes are not saved yet; see the message at the top.',
      })
      return
    }
    setBusy(kind)
    const result = await window.api.exportReport({ id: assessmentId, kind })
    setBusy(undefined)
    if (!result.ok) setOutcome({ tone: 'error', text: result.error.message })
    else if (result.value.saved)
      setOutcome({ tone: 'success', text: `Saved ${result.value.fileName}` })
  }
  const missing = clinic.status === 'ok' ? letterheadRefusal(clinic.value.clinic) : undefined
  const needsLetterhead = (kind: ReportKind) => kind === 'handout' || kind === 'referral'
  const openLetter = async () => {
    if (beforeExport && !(await beforeExport())) {
      setOutcome({
        tone: 'error',
        text: 'Some changes are not saved yet; see the message at the top.',
      })
      return
    }
    navigate({ name: 'letter', patientId, assessmentId })
  }
  return (
    <div className="report-buttons">
      <div className="report-buttons__row">
        {reportKinds.map((kind) =>
          kind === 'referral' ? (
            <button
              key={kind}
              type="button"
              className="button"
              disabled={busy !== undefined || !!missing}
              aria-describedby={missing ? 'letterhead-missing' : undefined}
              onClick={() => void openLetter()}
            >
              Write a referral letter…
            </button>
          ) : (
            <button
              key={kind}
              type="button"
              className="button"
              disabled={busy !== undefined || (needsLetterhead(kind) && !!missing)}
              aria-describedby={needsLetterhead(kind) && missing ? 'letterhead-missing' : undefined}
              onClick={() => void save(kind)}
            >
              {busy === kind ? 'Saving…' : reportKindLabels[kind]}
            </button>
          ),
        )}
      </div>
      {missing && (
        <p className="muted" id="letterhead-missing">
          {missing} <a href={hrefOf({ name: 'clinic' })}>Enter the clinic’s details</a>.
        </p>
      )}
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
    </div>
  )
}

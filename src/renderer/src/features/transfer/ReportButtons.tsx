import { useState } from 'react'
import { reportKindLabels, reportKinds, type ReportKind } from '@shared/model/exportFile'
import { hrefOf } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { Notice } from '../../components/Notice'

/** Save the clinician report, the patient's handout, a referral letter or the assessment file. */
export function ReportButtons({
  assessmentId,
  beforeExport,
}: {
  assessmentId: string
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
  return (
    <div className="report-buttons">
      <div className="report-buttons__row">
        {reportKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button"
            disabled={busy !== undefined}
            onClick={() => void save(kind)}
          >
            {busy === kind ? 'Saving…' : reportKindLabels[kind]}
          </button>
        ))}
      </div>
      {clinic.status === 'ok' && !clinic.value.clinic && (
        <p className="muted">
          Reports are headed “Physiotherapy clinic” until you enter{' '}
          <a href={hrefOf({ name: 'clinic' })}>your clinic’s details</a>.
        </p>
      )}
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
    </div>
  )
}

import { useApiQuery } from '../../app/useApiQuery'
import { formatDate } from '../../app/formatting'
import { hrefOf } from '../../app/router'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { LetterEditor } from './LetterEditor'
import { LetterSent } from './LetterSent'

/**
 * A referral letter for an assessment: the editor (to whom, the question, the clinician's own
 * words) with the letters already sent; or, with `letterId`, one letter sent, reopened to read
 * and print again.
 */
export function ReferralLetterScreen({
  patientId,
  assessmentId,
  letterId,
}: {
  patientId: string
  assessmentId: string
  letterId?: string
}) {
  const patient = useApiQuery(() => window.api.getPatient({ id: patientId }), patientId)
  const assessment = useApiQuery(() => window.api.getAssessment({ id: assessmentId }), assessmentId)
  const name =
    patient.status === 'ok' ? `${patient.value.givenName} ${patient.value.familyName}` : 'Patient'
  const date = assessment.status === 'ok' ? formatDate(assessment.value.date) : ''
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <a href={hrefOf({ name: 'patient', patientId })}>{name}</a> ›{' '}
            <a href={hrefOf({ name: 'assessment', patientId, assessmentId, step: 'review' })}>
              Assessment {date}
            </a>
            {letterId && (
              <>
                {' '}
                › <a href={hrefOf({ name: 'letter', patientId, assessmentId })}>Referral letter</a>
              </>
            )}
          </>
        }
        title={letterId ? 'Referral letter sent' : 'Referral letter'}
        subtitle={
          letterId
            ? 'As it was printed; print it again to send a copy.'
            : 'Choose the recipient, ask your question and add your own words; the letter is kept when you print it.'
        }
      />
      {(patient.status === 'error' || assessment.status === 'error') && (
        <Notice tone="error">
          {patient.status === 'error'
            ? patient.error.message
            : assessment.status === 'error'
              ? assessment.error.message
              : ''}
        </Notice>
      )}
      {letterId ? (
        <LetterSent letterId={letterId} patientId={patientId} assessmentId={assessmentId} />
      ) : (
        <LetterEditor patientId={patientId} assessmentId={assessmentId} />
      )}
    </>
  )
}

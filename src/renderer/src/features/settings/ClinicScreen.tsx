import { hrefOf } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { ClinicForm } from './ClinicForm'

/** The clinic's details, entered once: the letterhead of every report. */
export function ClinicScreen() {
  const stored = useApiQuery(() => window.api.getClinicDetails({}), 'clinic')
  return (
    <>
      <PageHeader
        title="Clinic details"
        subtitle="Printed at the top of every report and letter, and on the patient handout so the runner knows whom to call."
      />
      {stored.status === 'error' && <Notice tone="error">{stored.error.message}</Notice>}
      {stored.status === 'ok' && (
        <>
          {!stored.value.clinic && (
            <Notice tone="info" title="Not entered yet">
              Until the clinic’s name and phone number are entered, letters and patient handouts
              cannot be printed: the reader must know who sent them and whom to call.
            </Notice>
          )}
          <ClinicForm initial={stored.value.clinic} onSaved={stored.reload} />
          <p>
            <a href={hrefOf({ name: 'letter-recipients' })}>Letter recipients</a>: the GPs and
            consultants your referral letters go to.
          </p>
          <p>
            <a href={hrefOf({ name: 'clinic-hub' })}>Clinic hub</a>: share the clinic’s records with
            its other laptops.
          </p>
        </>
      )}
    </>
  )
}

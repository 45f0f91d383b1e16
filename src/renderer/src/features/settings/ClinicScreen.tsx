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
              Until they are, reports are headed “Physiotherapy clinic” and the handout gives no
              number to call.
            </Notice>
          )}
          <ClinicForm initial={stored.value.clinic} onSaved={stored.reload} />
        </>
      )}
    </>
  )
}

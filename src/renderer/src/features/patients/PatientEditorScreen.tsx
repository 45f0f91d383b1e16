import type { Patient, PatientFields, PatientFieldsInput } from '@shared/model/patient'
import { patientFullName } from '@shared/model/patient'
import { hrefOf, navigate } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { PatientForm } from './PatientForm'

/** Form values for an existing record: the stored fields without id and timestamps. */
function formValuesOf(patient: Patient): PatientFieldsInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = patient
  return fields
}

export function NewPatientScreen() {
  const create = async (fields: PatientFields) => {
    const result = await window.api.createPatient(fields)
    if (!result.ok) return result.error
    navigate({ name: 'patient', patientId: result.value.id }, { replace: true })
    return undefined
  }
  return (
    <>
      <PageHeader
        breadcrumb={<a href={hrefOf({ name: 'patients' })}>Patients</a>}
        title="New patient"
        subtitle="Fields marked * are needed; everything else can be added later."
      />
      <PatientForm
        submitLabel="Save patient"
        onSubmit={create}
        onCancel={() => navigate({ name: 'patients' })}
      />
    </>
  )
}

export function EditPatientScreen({ patientId }: { patientId: string }) {
  const patient = useApiQuery(() => window.api.getPatient({ id: patientId }), patientId)
  const backToPatient = () => navigate({ name: 'patient', patientId })
  const update = async (fields: PatientFields) => {
    const result = await window.api.updatePatient({ ...fields, id: patientId })
    if (!result.ok) return result.error
    backToPatient()
    return undefined
  }
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <a href={hrefOf({ name: 'patients' })}>Patients</a>
            {patient.status === 'ok' && (
              <>
                {' / '}
                <a href={hrefOf({ name: 'patient', patientId })}>
                  {patientFullName(patient.value)}
                </a>
              </>
            )}
          </>
        }
        title="Edit patient"
      />
      {patient.status === 'error' && <Notice tone="error">{patient.error.message}</Notice>}
      {patient.status === 'ok' && (
        <PatientForm
          initial={formValuesOf(patient.value)}
          submitLabel="Save changes"
          onSubmit={update}
          onCancel={backToPatient}
        />
      )}
    </>
  )
}

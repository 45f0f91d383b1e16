import { useRef, useState } from 'react'
import { foldedFullName } from '@shared/workflow/caseload'
import type { PatientMatch } from '@shared/api/contract'
import type { Patient, PatientFields, PatientFieldsInput } from '@shared/model/patient'
import { patientFullName } from '@shared/model/patient'
import { hrefOf, navigate } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { DuplicateWarning } from './DuplicateWarning'
import { PatientForm } from './PatientForm'

/** Form values for an existing record: the stored fields without id and timestamps. */
function formValuesOf(patient: Patient): PatientFieldsInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = patient
  return fields
}

/** Who a new patient is, for the duplicate check: folded name and date of birth. */
const personOf = (f: PatientFields) => `${f.dateOfBirth}|${foldedFullName(f)}`

export function NewPatientScreen() {
  // The patients on file this one may be; and the person the clinician chose to save anyway
  // (the form's own submit, so what is saved is what the form holds then).
  const [possible, setPossible] = useState<{ matches: PatientMatch[]; person: string }>()
  const confirmedPerson = useRef<string>(undefined)
  const create = async (fields: PatientFields) => {
    const person = personOf(fields)
    if (confirmedPerson.current !== person) {
      setPossible(undefined)
      const found = await window.api.findDuplicatePatients({
        givenName: fields.givenName,
        familyName: fields.familyName,
        dateOfBirth: fields.dateOfBirth,
      })
      if (!found.ok) return found.error
      if (found.value.length > 0) {
        setPossible({ matches: found.value, person })
        return undefined
      }
    }
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
        notice={
          possible && (
            <DuplicateWarning
              matches={possible.matches}
              onSaveAnyway={() => (confirmedPerson.current = possible.person)}
            />
          )
        }
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

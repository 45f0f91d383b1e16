import { useState, type ReactNode } from 'react'
import { patientFullName, runningEventLabels, sexLabels, type Patient } from '@shared/model/patient'
import { formatAge, formatDate, formatDateTime } from '../../app/formatting'
import { hrefOf, navigate } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { useShortcut } from '../../app/useShortcut'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { ReasonForm } from '../../components/ReasonForm'
import { ArchiveButton, ArchivedNotice, useArchiveState } from './PatientArchive'
import { PatientAssessments } from './PatientAssessments'
import { ExportControls } from '../transfer/ExportControls'

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__item">
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">Not recorded</span>}</dd>
    </div>
  )
}

const withUnit = (value: number | undefined, unit: string) =>
  value === undefined ? undefined : `${value} ${unit}`

function PatientDetails({ patient }: { patient: Patient }) {
  return (
    <div className="cards">
      <section className="card" aria-labelledby="personal-heading">
        <h2 id="personal-heading" className="card__title">
          Personal details
        </h2>
        <dl className="details">
          <Detail label="Date of birth">
            {formatDate(patient.dateOfBirth)} ({formatAge(patient.dateOfBirth)})
          </Detail>
          <Detail label="Sex">{sexLabels[patient.sex]}</Detail>
          <Detail label="Record number">{patient.recordNumber}</Detail>
          <Detail label="Phone">{patient.phone}</Detail>
          <Detail label="Email">{patient.email}</Detail>
          <Detail label="Address">{patient.address}</Detail>
        </dl>
      </section>
      <section className="card" aria-labelledby="running-heading">
        <h2 id="running-heading" className="card__title">
          Running background
        </h2>
        <dl className="details">
          <Detail label="Years running">{withUnit(patient.yearsRunning, 'years')}</Detail>
          <Detail label="Usual weekly distance">{withUnit(patient.weeklyDistanceKm, 'km')}</Detail>
          <Detail label="Runs per week">{patient.runsPerWeek}</Detail>
          <Detail label="Main event">
            {patient.mainEvent && runningEventLabels[patient.mainEvent]}
          </Detail>
        </dl>
      </section>
      {patient.notes && (
        <section className="card card--wide" aria-labelledby="notes-heading">
          <h2 id="notes-heading" className="card__title">
            Notes
          </h2>
          <p className="prewrap">{patient.notes}</p>
        </section>
      )}
    </div>
  )
}

export function PatientDetailScreen({ patientId }: { patientId: string }) {
  const patient = useApiQuery(() => window.api.getPatient({ id: patientId }), patientId)
  const archive = useArchiveState(patientId)
  useShortcut('e', () => navigate({ name: 'patient-edit', patientId }))

  if (patient.status === 'loading') return null
  if (patient.status === 'error') {
    return (
      <>
        <PageHeader
          breadcrumb={<a href={hrefOf({ name: 'patients' })}>Patients</a>}
          title="Patient"
        />
        <Notice tone="error">{patient.error.message}</Notice>
      </>
    )
  }
  const p = patient.value
  return (
    <>
      <PageHeader
        breadcrumb={<a href={hrefOf({ name: 'patients' })}>Patients</a>}
        title={patientFullName(p)}
        subtitle={`${formatAge(p.dateOfBirth)} · ${sexLabels[p.sex]} · born ${formatDate(p.dateOfBirth)} · updated ${formatDateTime(p.updatedAt)}`}
        actions={
          <>
            <a className="button" href={hrefOf({ name: 'audit', patientId })}>
              Audit trail
            </a>
            <a className="button" href={hrefOf({ name: 'patient-edit', patientId })}>
              Edit details <kbd>E</kbd>
            </a>
            <ArchiveButton state={archive} />
          </>
        }
      />
      <ArchivedNotice state={archive} />
      <PatientDetails patient={p} />
      <PatientAssessments patientId={patientId} />
      <section className="section" aria-labelledby="patient-export-heading">
        <h2 id="patient-export-heading" className="section__title">
          Export this patient
        </h2>
        <ExportControls patientId={patientId} idPrefix="export-patient" />
      </section>
      <DeleteOrErase patientId={patientId} name={patientFullName(p)} />
    </>
  )
}

/**
 * Two different things, kept apart: deleting hides the patient (their records stay in the file,
 * signed ones untouched), erasure on request removes the records themselves for good. Each asks
 * why; erasure also asks to confirm. Both are recorded in the audit trail by record id.
 */
function DeleteOrErase({ patientId, name }: { patientId: string; name: string }) {
  const [open, setOpen] = useState<'delete' | 'erase'>()
  const failed = (error: { message: string; issues?: { message: string }[] }) =>
    error.issues?.[0]?.message ?? error.message
  const remove = async (reason: string) => {
    const result = await window.api.deletePatient({ id: patientId, reason })
    if (!result.ok) return failed(result.error)
    navigate({ name: 'patients' })
    return undefined
  }
  const erase = async (reason: string) => {
    const result = await window.api.erasePatient({ id: patientId, reason, confirmed: true })
    if (!result.ok) return failed(result.error)
    navigate({ name: 'patients' })
    return undefined
  }
  return (
    <section className="section danger-zone" aria-labelledby="patient-delete-heading">
      <h2 id="patient-delete-heading" className="section__title">
        Delete or erase
      </h2>
      <p className="muted">
        Deleting takes the patient off the list and out of search; their records stay in the file,
        with who deleted them and why. Erasure on request (the patient’s right to erasure) removes
        the patient and every assessment, signed ones included, for good; the audit trail keeps that
        it happened, naming the records by their internal id only.
      </p>
      {open === undefined && (
        <div className="form__actions">
          <button type="button" className="button button--danger" onClick={() => setOpen('delete')}>
            Delete patient…
          </button>
          <button type="button" className="button button--danger" onClick={() => setOpen('erase')}>
            Erase on request…
          </button>
        </div>
      )}
      {open === 'delete' && (
        <ReasonForm
          label="Why is this patient being deleted?"
          hint="For example: a duplicate record, or created by mistake."
          submitLabel="Delete patient"
          onSubmit={remove}
          onCancel={() => setOpen(undefined)}
        />
      )}
      {open === 'erase' && (
        <ReasonForm
          label="Why are this patient’s records being erased?"
          hint="For example: the patient’s written request of a given date. Do not write health details here."
          submitLabel="Erase for good"
          confirmation={`I confirm that ${name}’s record and every assessment of theirs are to be erased. This cannot be undone.`}
          onSubmit={erase}
          onCancel={() => setOpen(undefined)}
        />
      )}
    </section>
  )
}

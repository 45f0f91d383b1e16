import type { ReactNode } from 'react'
import { patientFullName, runningEventLabels, sexLabels, type Patient } from '@shared/model/patient'
import { formatAge, formatDate, formatDateTime } from '../../app/formatting'
import { hrefOf, navigate } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { useShortcut } from '../../app/useShortcut'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
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
          <a className="button" href={hrefOf({ name: 'patient-edit', patientId })}>
            Edit details <kbd>E</kbd>
          </a>
        }
      />
      <PatientDetails patient={p} />
      <PatientAssessments patientId={patientId} />
      <section className="section" aria-labelledby="patient-export-heading">
        <h2 id="patient-export-heading" className="section__title">
          Export this patient
        </h2>
        <ExportControls patientId={patientId} idPrefix="export-patient" />
      </section>
    </>
  )
}

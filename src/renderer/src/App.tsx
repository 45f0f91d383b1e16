import { useEffect } from 'react'
import { hrefOf, navigate, useRoute, type Route } from './app/router'
import { useShortcut } from './app/useShortcut'
import { AppShell } from './components/AppShell'
import { EmptyState } from './components/EmptyState'
import { AuditScreen } from './features/audit/AuditScreen'
import { AssessmentScreen } from './features/assessment/AssessmentScreen'
import { EditPatientScreen, NewPatientScreen } from './features/patients/PatientEditorScreen'
import { PatientDetailScreen } from './features/patients/PatientDetailScreen'
import { PatientListScreen } from './features/patients/PatientListScreen'
import { ProgressScreen } from './features/progress/ProgressScreen'
import { ClinicScreen } from './features/settings/ClinicScreen'
import { CliniciansScreen } from './features/settings/CliniciansScreen'
import { DataScreen } from './features/transfer/DataScreen'

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'patients':
      return <PatientListScreen />
    case 'patient-new':
      return <NewPatientScreen />
    case 'patient':
      return <PatientDetailScreen key={route.patientId} patientId={route.patientId} />
    case 'patient-edit':
      return <EditPatientScreen key={route.patientId} patientId={route.patientId} />
    case 'assessment':
      return (
        <AssessmentScreen
          key={route.assessmentId}
          patientId={route.patientId}
          assessmentId={route.assessmentId}
          step={route.step}
        />
      )
    case 'progress':
      return (
        <ProgressScreen
          key={route.patientId}
          patientId={route.patientId}
          assessmentId={route.assessmentId}
        />
      )
    case 'data':
      return <DataScreen />
    case 'clinic':
      return <ClinicScreen />
    case 'clinicians':
      return <CliniciansScreen />
    case 'audit':
      // Keyed by the patient: following another patient's link starts from their filter.
      return <AuditScreen key={route.patientId ?? ''} patientId={route.patientId} />
    case 'not-found':
      return (
        <EmptyState title="This page does not exist">
          <a className="button" href={hrefOf({ name: 'patients' })}>
            Go to patients
          </a>
        </EmptyState>
      )
  }
}

const titles: Record<Route['name'], string> = {
  patients: 'Patients',
  'patient-new': 'New patient',
  patient: 'Patient',
  'patient-edit': 'Edit patient',
  assessment: 'Assessment',
  progress: 'Progress',
  data: 'Import and export',
  clinic: 'Clinic details',
  clinicians: 'Clinicians',
  audit: 'Audit trail',
  'not-found': 'Not found',
}

export function App() {
  const route = useRoute()
  useShortcut('mod+n', () => navigate({ name: 'patient-new' }))
  useEffect(() => {
    document.title = `${titles[route.name]} · Runner's Hip`
  }, [route.name])
  return (
    <AppShell route={route}>
      <Screen route={route} />
    </AppShell>
  )
}

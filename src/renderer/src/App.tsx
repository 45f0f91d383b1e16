import { lazy, Suspense, useEffect } from 'react'
import { hrefOf, navigate, useRoute, type Route } from './app/router'
import { useShortcut } from './app/useShortcut'
import { AppShell } from './components/AppShell'
import { EmptyState } from './components/EmptyState'
import { HomeScreen } from './features/home/HomeScreen'
import { PatientListScreen } from './features/patients/PatientListScreen'

// The home screen (the caseload) is the first screen and the patient list the next: they come
// with the app. Every other screen (and what it
// brings: the clinical engine, the forms, the charts) loads when it is first opened.
const AssessmentScreen = lazy(() =>
  import('./features/assessment/AssessmentScreen').then((m) => ({ default: m.AssessmentScreen })),
)
const NewPatientScreen = lazy(() =>
  import('./features/patients/PatientEditorScreen').then((m) => ({ default: m.NewPatientScreen })),
)
const EditPatientScreen = lazy(() =>
  import('./features/patients/PatientEditorScreen').then((m) => ({
    default: m.EditPatientScreen,
  })),
)
const PatientDetailScreen = lazy(() =>
  import('./features/patients/PatientDetailScreen').then((m) => ({
    default: m.PatientDetailScreen,
  })),
)
const ProgressScreen = lazy(() =>
  import('./features/progress/ProgressScreen').then((m) => ({ default: m.ProgressScreen })),
)
const ClinicScreen = lazy(() =>
  import('./features/settings/ClinicScreen').then((m) => ({ default: m.ClinicScreen })),
)
const LetterRecipientsScreen = lazy(() =>
  import('./features/settings/LetterRecipientsScreen').then((m) => ({
    default: m.LetterRecipientsScreen,
  })),
)
const ClinicHubScreen = lazy(() =>
  import('./features/sync/ClinicHubScreen').then((m) => ({ default: m.ClinicHubScreen })),
)
const SyncConflictsScreen = lazy(() =>
  import('./features/sync/SyncConflictsScreen').then((m) => ({ default: m.SyncConflictsScreen })),
)
const ReferralLetterScreen = lazy(() =>
  import('./features/letters/ReferralLetterScreen').then((m) => ({
    default: m.ReferralLetterScreen,
  })),
)
const CliniciansScreen = lazy(() =>
  import('./features/settings/CliniciansScreen').then((m) => ({ default: m.CliniciansScreen })),
)
const BackupsScreen = lazy(() =>
  import('./features/backups/BackupsScreen').then((m) => ({ default: m.BackupsScreen })),
)
const AuditScreen = lazy(() =>
  import('./features/audit/AuditScreen').then((m) => ({ default: m.AuditScreen })),
)
const DataScreen = lazy(() =>
  import('./features/transfer/DataScreen').then((m) => ({ default: m.DataScreen })),
)

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />
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
    case 'letter-recipients':
      return <LetterRecipientsScreen />
    case 'clinic-hub':
      return <ClinicHubScreen />
    case 'sync-conflicts':
      return <SyncConflictsScreen />
    case 'letter':
      return (
        <ReferralLetterScreen
          key={`${route.assessmentId}/${route.letterId ?? ''}`}
          patientId={route.patientId}
          assessmentId={route.assessmentId}
          letterId={route.letterId}
        />
      )
    case 'clinicians':
      return <CliniciansScreen />
    case 'backups':
      return <BackupsScreen />
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
  home: 'Caseload',
  patients: 'Patients',
  'patient-new': 'New patient',
  patient: 'Patient',
  'patient-edit': 'Edit patient',
  assessment: 'Assessment',
  progress: 'Progress',
  data: 'Import and export',
  clinic: 'Clinic details',
  'letter-recipients': 'Letter recipients',
  'clinic-hub': 'Clinic hub',
  'sync-conflicts': 'Conflicts to decide',
  letter: 'Referral letter',
  clinicians: 'Clinicians',
  backups: 'Backups',
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
      <Suspense fallback={null}>
        <Screen route={route} />
      </Suspense>
    </AppShell>
  )
}

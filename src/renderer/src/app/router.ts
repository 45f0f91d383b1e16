import { useSyncExternalStore } from 'react'
import { assessmentSteps, type AssessmentStep } from '@shared/model/assessment/steps'

/**
 * Screens are addressed by the URL hash, so a reload (or a crash and restart) returns the
 * clinician to the screen they were on.
 */
export type Route =
  /** The caseload at a glance: the first screen after signing in. */
  | { name: 'home' }
  | { name: 'patients' }
  | { name: 'patient-new' }
  | { name: 'patient'; patientId: string }
  | { name: 'patient-edit'; patientId: string }
  | { name: 'assessment'; patientId: string; assessmentId: string; step: AssessmentStep }
  | { name: 'progress'; patientId: string; assessmentId?: string }
  | { name: 'data' }
  | { name: 'clinic' }
  /** The clinic's directory of GPs and consultants that letters go to. */
  | { name: 'letter-recipients' }
  /** Joining the clinic's hub, and how this laptop stands with it. */
  | { name: 'clinic-hub' }
  /** What sync left for a clinician to decide: conflicts, record numbers, late edits. */
  | { name: 'sync-conflicts' }
  /** The referral letter editor for an assessment; with `letterId`, a letter sent, reopened. */
  | { name: 'letter'; patientId: string; assessmentId: string; letterId?: string }
  | { name: 'clinicians' }
  | { name: 'backups' }
  /** The audit trail; with `patientId`, only the entries about that patient and their assessments. */
  | { name: 'audit'; patientId?: string }
  | { name: 'not-found'; path: string }

export function routeFromHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/home'
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
  const [first, second, third, fourth, fifth, sixth] = parts
  if ((first === 'home' && parts.length === 1) || parts.length === 0) return { name: 'home' }
  if (first === 'data' && parts.length === 1) return { name: 'data' }
  if (first === 'clinic' && parts.length === 1) return { name: 'clinic' }
  if (first === 'clinic' && second === 'recipients' && parts.length === 2)
    return { name: 'letter-recipients' }
  if (first === 'clinic' && second === 'hub' && parts.length === 2) return { name: 'clinic-hub' }
  if (first === 'clinic' && second === 'conflicts' && parts.length === 2)
    return { name: 'sync-conflicts' }
  if (first === 'clinicians' && parts.length === 1) return { name: 'clinicians' }
  if (first === 'backups' && parts.length === 1) return { name: 'backups' }
  if (first === 'audit' && parts.length === 1) return { name: 'audit' }
  if (first === 'audit' && second === 'patient' && third && parts.length === 3)
    return { name: 'audit', patientId: third }
  if (first === 'patients') {
    if (parts.length === 1) return { name: 'patients' }
    if (second === 'new' && parts.length === 2) return { name: 'patient-new' }
    if (second && parts.length === 2) return { name: 'patient', patientId: second }
    if (second && third === 'edit' && parts.length === 3) {
      return { name: 'patient-edit', patientId: second }
    }
    if (second && third === 'progress' && parts.length <= 4) {
      return fourth
        ? { name: 'progress', patientId: second, assessmentId: fourth }
        : { name: 'progress', patientId: second }
    }
    if (second && third === 'assessments' && fourth && fifth === 'letter' && parts.length === 5)
      return { name: 'letter', patientId: second, assessmentId: fourth }
    if (second && third === 'assessments' && fourth && fifth === 'letters' && sixth)
      if (parts.length === 6)
        return { name: 'letter', patientId: second, assessmentId: fourth, letterId: sixth }
    if (second && third === 'assessments' && fourth && parts.length <= 5) {
      const step = (assessmentSteps as readonly string[]).includes(fifth ?? '')
        ? (fifth as AssessmentStep)
        : 'history'
      return { name: 'assessment', patientId: second, assessmentId: fourth, step }
    }
  }
  return { name: 'not-found', path }
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/home'
    case 'patients':
      return '#/patients'
    case 'patient-new':
      return '#/patients/new'
    case 'patient':
      return `#/patients/${encodeURIComponent(route.patientId)}`
    case 'patient-edit':
      return `#/patients/${encodeURIComponent(route.patientId)}/edit`
    case 'assessment':
      return `#/patients/${encodeURIComponent(route.patientId)}/assessments/${encodeURIComponent(route.assessmentId)}/${route.step}`
    case 'progress':
      return `#/patients/${encodeURIComponent(route.patientId)}/progress${route.assessmentId ? `/${encodeURIComponent(route.assessmentId)}` : ''}`
    case 'data':
      return '#/data'
    case 'clinic':
      return '#/clinic'
    case 'letter-recipients':
      return '#/clinic/recipients'
    case 'clinic-hub':
      return '#/clinic/hub'
    case 'sync-conflicts':
      return '#/clinic/conflicts'
    case 'letter': {
      const base = `#/patients/${encodeURIComponent(route.patientId)}/assessments/${encodeURIComponent(route.assessmentId)}`
      return route.letterId
        ? `${base}/letters/${encodeURIComponent(route.letterId)}`
        : `${base}/letter`
    }
    case 'clinicians':
      return '#/clinicians'
    case 'backups':
      return '#/backups'
    case 'audit':
      return route.patientId ? `#/audit/patient/${encodeURIComponent(route.patientId)}` : '#/audit'
    case 'not-found':
      return `#${route.path}`
  }
}

export function navigate(route: Route, { replace = false } = {}) {
  const href = hrefOf(route)
  if (replace) window.location.replace(href)
  else window.location.hash = href
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return routeFromHash(hash)
}

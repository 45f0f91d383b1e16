import { migration001Patients } from './001-patients'
import { migration002Assessments } from './002-assessments'
import { migration003AssessmentSummaries } from './003-assessment-summaries'
import { migration004Settings } from './004-settings'
import { migration005PlanStageInSummaries } from './005-plan-stage-in-summaries'
import { migration006Clinicians } from './006-clinicians'
import { migration007DraftCopies } from './007-draft-copies'
import { migration008DerivedVersion } from './008-derived-version'
import { migration009SignedRecords } from './009-signed-records'
import { migration010AuditTrail } from './010-audit-trail'
import { migration011PatientSearch } from './011-patient-search'
import { migration012DerivedVersionIndex } from './012-derived-version-index'
import { migration013ReferralLetters } from './013-referral-letters'
import { migration014Caseload } from './014-caseload'
import { migration015ClinicSync } from './015-clinic-sync'
import type { Migration } from './migration'

/**
 * Every migration, in order. Each is self-contained: SQL on the schema only, no import of the
 * app's model or summary code, so what a step does never changes after it ships. Data worked out
 * from documents (summaries) is the derived-data step's (../derived/derivedData.ts).
 */
export const migrations: readonly Migration[] = [
  migration001Patients,
  migration002Assessments,
  migration003AssessmentSummaries,
  migration004Settings,
  migration005PlanStageInSummaries,
  migration006Clinicians,
  migration007DraftCopies,
  migration008DerivedVersion,
  migration009SignedRecords,
  migration010AuditTrail,
  migration011PatientSearch,
  migration012DerivedVersionIndex,
  migration013ReferralLetters,
  migration014Caseload,
  migration015ClinicSync,
]

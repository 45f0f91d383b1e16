import { migration001Patients } from './001-patients'
import { migration002Assessments } from './002-assessments'
import { migration003AssessmentSummaries } from './003-assessment-summaries'
import { migration004Settings } from './004-settings'
import { migration005PlanStageInSummaries } from './005-plan-stage-in-summaries'
import { migration006Clinicians } from './006-clinicians'
import { migration007SignedRecords } from './007-signed-records'
import { migration008AuditTrail } from './008-audit-trail'
import type { Migration } from './migration'

/** Every migration, in order. */
export const migrations: readonly Migration[] = [
  migration001Patients,
  migration002Assessments,
  migration003AssessmentSummaries,
  migration004Settings,
  migration005PlanStageInSummaries,
  migration006Clinicians,
  migration007SignedRecords,
  migration008AuditTrail,
]

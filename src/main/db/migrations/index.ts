import { migration001Patients } from './001-patients'
import { migration002Assessments } from './002-assessments'
import type { Migration } from './migration'

/** Every migration, in order. */
export const migrations: readonly Migration[] = [migration001Patients, migration002Assessments]

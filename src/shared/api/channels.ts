/**
 * The names of every call the renderer can make. This file has no imports on purpose: the
 * sandboxed preload bundles it, and a sandboxed preload can require nothing but `electron`.
 * `contract.ts` must define exactly these names (the type checker enforces it).
 */
export const channelNames = [
  // Opening the clinic's records (answered before they are open).
  'getStartupState',
  'submitPassphrase',
  // Who is using the app (answered once the records are open, before anyone signs in).
  'getSession',
  'createClinician',
  'signIn',
  'unlockSession',
  'lockSession',
  'signOut',
  'touchSession',
  'setLockAfterMinutes',
  // The clinic's records (answered to a signed-in clinician whose session is not locked).
  'findPatients',
  'getPatient',
  'createPatient',
  'updatePatient',
  'listAssessments',
  'getPatientHistory',
  'getAssessment',
  'createAssessment',
  'saveAssessmentDraft',
  'confirmWorkingDiagnosis',
  'referWithoutPlan',
  'recordMedicalClearance',
  'removeMedicalClearance',
  'finaliseAssessment',
  'addAssessmentAddendum',
  'deleteAssessmentDraft',
  'exportReport',
  'startExport',
  'startImport',
  'getJob',
  'cancelJob',
  'getClinicDetails',
  'saveClinicDetails',
  'deletePatient',
  'erasePatient',
  'listAuditTrail',
  'verifyAuditTrail',
  'verifySignatures',
] as const

export type ChannelName = (typeof channelNames)[number]

/** The IPC channel a call travels on; prefixed so it cannot clash with Electron's own. */
export const ipcChannelOf = (name: ChannelName): string => `api:${name}`

/** The calls answered while the clinic's records are not open yet: the start-up screens'. */
export const startupChannelNames = ['getStartupState', 'submitPassphrase'] as const
export type StartupChannelName = (typeof startupChannelNames)[number]

export const isStartupChannel = (name: ChannelName): name is StartupChannelName =>
  (startupChannelNames as readonly string[]).includes(name)

/** The calls that sign clinicians in and out, lock and unlock: no open session needed. */
export const sessionChannelNames = [
  'getSession',
  'createClinician',
  'signIn',
  'unlockSession',
  'lockSession',
  'signOut',
  'touchSession',
  'setLockAfterMinutes',
] as const
export type SessionChannelName = (typeof sessionChannelNames)[number]

export const isSessionChannel = (name: ChannelName): name is SessionChannelName =>
  (sessionChannelNames as readonly string[]).includes(name)

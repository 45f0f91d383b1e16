/**
 * The names of every call the renderer can make. This file has no imports on purpose: the
 * sandboxed preload bundles it, and a sandboxed preload can require nothing but `electron`.
 * `contract.ts` must define exactly these names (the type checker enforces it).
 */
export const channelNames = [
  // Opening the clinic's records (answered before they are open).
  'getStartupState',
  'submitPassphrase',
  'listStartupBackups',
  'restoreAtStartup',
  'openReadOnly',
  'chooseDataFolder',
  'useChosenFolder',
  'startNewClinic',
  'retryStartup',
  'quitApp',
  // Who is using the app (answered once the records are open, before anyone signs in).
  'getSession',
  'createClinician',
  'signIn',
  'unlockSession',
  'lockSession',
  'signOut',
  'touchSession',
  'setLockAfterMinutes',
  'handToPatient',
  'patientModePage',
  'leavePatientMode',
  // The clinic's records (answered to a signed-in clinician whose session is not locked).
  'findPatients',
  'getPatient',
  'createPatient',
  'updatePatient',
  'listAssessments',
  'getPatientHistory',
  'getProgressView',
  'getAssessment',
  'createAssessment',
  'saveAssessmentDraft',
  'keepDraftCopy',
  'getDraftCopy',
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
  // Referral letters and the directory of the doctors they go to.
  'listReferralContacts',
  'saveReferralContact',
  'removeReferralContact',
  'startReferralLetter',
  'writeReferralLetter',
  'getReferralLetter',
  'printReferralLetterAgain',
  // The clinic's backups.
  'listBackups',
  'backUpNow',
  'exportBackup',
  'restoreBackup',
  // Deleting and erasing, and the audit trail.
  'deletePatient',
  'erasePatient',
  'listAuditTrail',
  'verifyAuditTrail',
  'verifySignatures',
  // The caseload at a glance (home screen), duplicates, archiving.
  'getCaseload',
  'getPatientCaseload',
  'findDuplicatePatients',
  'setPatientArchived',
  // The clinic's hub (several laptops sharing one clinic), and what is waiting for a decision.
  'getSyncStatus',
  'joinHub',
  'syncNow',
  'leaveHub',
  'listSyncConflicts',
  'resolveSyncConflict',
  'reviewChangeAfterSigning',
] as const

export type ChannelName = (typeof channelNames)[number]

/** The IPC channel a call travels on; prefixed so it cannot clash with Electron's own. */
export const ipcChannelOf = (name: ChannelName): string => `api:${name}`

/** The calls answered while the clinic's records are not open yet: the start-up screens'. */
export const startupChannelNames = [
  'getStartupState',
  'submitPassphrase',
  'listStartupBackups',
  'restoreAtStartup',
  'openReadOnly',
  'chooseDataFolder',
  'useChosenFolder',
  'startNewClinic',
  'retryStartup',
  'quitApp',
] as const
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
  'handToPatient',
  'patientModePage',
  'leavePatientMode',
] as const
export type SessionChannelName = (typeof sessionChannelNames)[number]

export const isSessionChannel = (name: ChannelName): name is SessionChannelName =>
  (sessionChannelNames as readonly string[]).includes(name)

/**
 * The clinic's calls that change anything: refused, with a message, while the records are open
 * read-only. Every clinic call is either here or in `readChannelNames` (a unit test checks), so a
 * new call has to say which it is.
 */
export const writeChannelNames = [
  'createPatient',
  'updatePatient',
  'createAssessment',
  'saveAssessmentDraft',
  'keepDraftCopy',
  'confirmWorkingDiagnosis',
  'referWithoutPlan',
  'recordMedicalClearance',
  'removeMedicalClearance',
  'finaliseAssessment',
  'addAssessmentAddendum',
  'deleteAssessmentDraft',
  'startImport',
  'saveClinicDetails',
  'saveReferralContact',
  'removeReferralContact',
  'writeReferralLetter',
  'backUpNow',
  'restoreBackup',
  'deletePatient',
  'erasePatient',
  'setPatientArchived',
  'joinHub',
  'syncNow',
  'leaveHub',
  'resolveSyncConflict',
  'reviewChangeAfterSigning',
] as const satisfies readonly ChannelName[]

/** The clinic's calls that only read the records (exports write only where the user chooses). */
export const readChannelNames = [
  'findPatients',
  'getPatient',
  'listAssessments',
  'getPatientHistory',
  'getProgressView',
  'getAssessment',
  'getDraftCopy',
  'exportReport',
  'startExport',
  'getJob',
  'cancelJob',
  'getClinicDetails',
  'listReferralContacts',
  'startReferralLetter',
  'getReferralLetter',
  'printReferralLetterAgain',
  'listBackups',
  'exportBackup',
  'listAuditTrail',
  'verifyAuditTrail',
  'verifySignatures',
  'getCaseload',
  'getPatientCaseload',
  'findDuplicatePatients',
  'getSyncStatus',
  'listSyncConflicts',
] as const satisfies readonly ChannelName[]

export const isWriteChannel = (name: ChannelName): boolean =>
  (writeChannelNames as readonly string[]).includes(name)

/**
 * Clinic calls that are not the clinician at work: the status line asks for the sync status every
 * two seconds, and if that restarted the idle clock the app would never lock itself.
 */
export const backgroundChannelNames = ['getSyncStatus'] as const satisfies readonly ChannelName[]

export const isBackgroundChannel = (name: ChannelName): boolean =>
  (backgroundChannelNames as readonly string[]).includes(name)

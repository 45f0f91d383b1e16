import type { Database } from 'better-sqlite3'
import { join } from 'node:path'
import { AuditTrail } from '../../src/main/audit/auditTrail'
import { AssessmentRepository } from '../../src/main/db/assessmentRepository'
import { ClinicianRepository } from '../../src/main/db/clinicianRepository'
import { openDatabase } from '../../src/main/db/connection'
import { newRawKey, type DatabaseKey } from '../../src/main/db/databaseKey'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { initHub } from '../../src/main/hub/hubStore'
import { startHub, type RunningHub } from '../../src/main/hub/hubServer'
import { ClinicSync } from '../../src/main/sync/clinicSync'
import { tempFolder } from './tempDatabase'

/** A clinic's hub on 127.0.0.1 (port 0 the first time), in a temp folder; restartable. */
export class TestHub {
  readonly folder = tempFolder('runners-hip-hub-')
  readonly passphrase = 'hub passphrase for tests'
  running: RunningHub | undefined
  port = 0

  private made = false

  /** Starts the hub (made on its first start), on the port it had before if it had one. */
  async start(): Promise<RunningHub> {
    if (!this.made) await initHub(this.folder.dir, this.passphrase, 'Riverside Physio hub')
    this.made = true
    this.running = await startHub({
      folder: this.folder.dir,
      passphrase: this.passphrase,
      host: '127.0.0.1',
      port: this.port,
    })
    this.port = this.running.port
    return this.running
  }

  get address() {
    return `127.0.0.1:${this.port}`
  }

  newJoinCode() {
    return this.running!.newJoinCode()
  }

  async stop() {
    await this.running?.close()
    this.running = undefined
  }

  async cleanup() {
    await this.stop()
    this.folder.cleanup()
  }
}

export interface Laptop {
  name: string
  db: Database
  file: string
  key: DatabaseKey
  clinicianId: string
  audit: AuditTrail
  patients: PatientRepository
  assessments: AssessmentRepository
  sync: ClinicSync
  /** Closes the records (sync stopped first). */
  close(): Promise<void>
}

/**
 * A laptop of the clinic in a temp folder: its own encrypted records, a clinician of its own
 * signed in, its repositories and its sync. `reopen` opens an existing laptop's file again
 * (after a crash, say).
 */
export function newLaptop(
  name: string,
  from?: { file: string; key: DatabaseKey; clinicianId: string },
  { batch }: { batch?: number } = {},
): Laptop {
  const folder = from ? undefined : tempFolder('runners-hip-laptop-')
  const file = from?.file ?? join(folder!.dir, 'clinic.sqlite')
  const key = from?.key ?? newRawKey()
  const db = openDatabase(file, key)
  const clinicianId =
    from?.clinicianId ??
    new ClinicianRepository(db).create(
      {
        name: `${name} clinician`,
        profession: 'physiotherapist',
        registrationNumber: 'PH000123',
        passcode: 'passcode-1',
        passcodeAgain: 'passcode-1',
      },
      undefined,
      new Date(),
    ).id
  const author = () => clinicianId
  const audit = new AuditTrail(db, { author })
  const patients = new PatientRepository(db, author, audit)
  const assessments = new AssessmentRepository(db, patients, () => new Date(), author, audit)
  const sync = new ClinicSync(db, {
    audit,
    assessments,
    pollMs: 50,
    longPollSeconds: 2,
    ...(batch ? { batch } : {}),
    log: () => {},
  })
  sync.start()
  return {
    name,
    db,
    file,
    key,
    clinicianId,
    audit,
    patients,
    assessments,
    sync,
    close: async () => {
      await sync.stop()
      if (db.open) db.close()
    },
  }
}

/**
 * The process the crash tests kill (tests/unit/backupCrash.test.ts), run with
 * `node --require tsx/cjs`. It says each step on stdout as it starts, so the test knows where the
 * kill landed:
 *
 *   backups <database> <key hex>   open the records, then make backups without end
 *   start <database> <key hex>     the app's start-up on records that need a migration (the
 *                                  before-migration backup, the migration, the start backup)
 */
import { join } from 'node:path'
import { writeBackup } from '../../src/main/backup/backupWriter'
import { openDatabase } from '../../src/main/db/connection'
import type { SecretStore } from '../../src/main/db/databaseKey'
import { ClinicStartup } from '../../src/main/startup/clinicStartup'

const [, , mode, file, hex] = process.argv as [string, string, string, string, string]
const key = { kind: 'raw' as const, hex }
const say = (line: string) => process.stdout.write(`${line}\n`)

if (mode === 'backups') {
  const db = openDatabase(file, key)
  say('open')
  for (;;) {
    const made = writeBackup(
      db,
      { folder: join(file, '..', 'backups'), key, onStep: (step) => say(step) },
      'daily',
    )
    say(`done ${made.fileName}`)
  }
} else {
  const store: SecretStore = {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from(text),
    decryptString: () => hex,
  }
  say('open')
  const state = new ClinicStartup({ file, store, onOpen: () => say('ready'), log: say }).start()
  say(`state ${state.state}`)
}

/**
 * A laptop the sync crash tests kill (tests/unit/clinicSyncCrash.test.ts), run with
 * `node --require tsx/cjs`. It opens a laptop that has already joined the hub and shares with
 * it, saying on stdout where it is, so the test knows where its SIGKILL lands:
 *
 *   receive <database> <key hex> <clinician id>            sync (receiving a clinic)
 *   send <database> <key hex> <clinician id> <patients>    add patients, then sync (sending)
 *
 * Each status line: `status <patients stored> <changes waiting> <state>`.
 */
import { newLaptop } from './syncLaptop'
import { aPatient } from './patients'

const [, , mode, file, hex, clinicianId, count] = process.argv as string[]
const laptop = newLaptop(
  'Crash laptop',
  { file: file!, key: { kind: 'raw', hex: hex! }, clinicianId: clinicianId! },
  { batch: 10 },
)
const say = (line: string) => process.stdout.write(`${line}\n`)
// The test stops reading once it has killed or finished with this process.
process.stdout.on('error', () => process.exit(0))

if (mode === 'send') {
  for (let i = 0; i < Number(count); i++)
    laptop.patients.create(aPatient({ givenName: `Runner${i}`, familyName: 'Crash' }))
  say(`created ${count}`)
}
const patients = laptop.db.prepare('SELECT count(*) FROM patients').pluck()
setInterval(() => {
  const status = laptop.sync.status()
  say(`status ${patients.get() as number} ${status.waiting} ${status.state}`)
}, 5)
void laptop.sync.syncNow()

import Database from 'better-sqlite3'
import { copyFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { assertUndamaged, openDatabase } from '../src/main/db/connection'
import { refreshDerivedData } from '../src/main/db/derived/derivedData'
import { migrate } from '../src/main/db/migrate'
import { createHandlers } from '../src/main/ipc/handlers'
import type { Result } from '../src/shared/api/result'
import { todayIso } from '../src/shared/model/calendarDate'
import { tempFolder } from '../tests/support/tempDatabase'
import { sectionsOf } from '../tests/support/vignettes'
import { benchKey } from './clinic/clinicCache'
import { generateClinic } from './clinic/generateClinic'
import { loadTemplates } from './clinic/templates'
import { cpuTimeCalls, statsOf, timeCalls, type Stats } from './clinic/timing'

/**
 * What encryption at rest costs: opening the clinic's records (as the app opens them at start-up:
 * key, version check, `quick_check` of every page, pragmas, migrations) and an autosave (durable
 * commit, and CPU alone), on the same generated clinic encrypted with SQLCipher and in clear.
 * Run with `npx tsx bench/encryptionCost.ts [patients]` (1,000 by default, about 5 assessments
 * each); docs/security.md keeps the figures.
 */

/** The app's own pragmas on a database in clear (openDatabase without the key). */
function openPlain(file: string, check: boolean) {
  const db = new Database(file)
  if (check) assertUndamaged(db)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  db.pragma('secure_delete = ON')
  migrate(db)
  refreshDerivedData(db)
  return db
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

async function autosaves(db: Database.Database) {
  const handlers = createHandlers(db)
  const template = loadTemplates()[0]!
  const patientId = db.prepare('SELECT id FROM patients LIMIT 1').pluck().get() as string
  const today = todayIso()
  const created = value(
    await handlers.createAssessment({ patientId, type: 'initial', date: today }),
  )
  let revision = 0
  const save = async () => {
    revision++
    const sections = sectionsOf(template.draft)
    value(
      await handlers.saveAssessmentDraft({
        id: created.id,
        revision,
        date: today,
        ...sections,
        history: {
          ...sections.history,
          general: { ...sections.history.general, goals: `Run again ${'.'.repeat(revision % 40)}` },
        },
      }),
    )
  }
  const inputs = Array.from({ length: 20 }, (_, i) => i)
  const durable = statsOf(await timeCalls(inputs, save, { rounds: 10 }))
  db.pragma('synchronous = OFF')
  const cpu = statsOf(await cpuTimeCalls(inputs, save, { rounds: 10 }))
  db.pragma('synchronous = FULL')
  return { durable, cpu }
}

function timeOpens(open: () => Database.Database, times = 15): Stats {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const started = performance.now()
    const db = open()
    samples.push(performance.now() - started)
    db.close()
  }
  return statsOf(samples)
}

async function main(size: number) {
  const folder = tempFolder('runners-hip-encryption-')
  try {
    const key = benchKey(11)
    const encrypted = join(folder.dir, 'encrypted.sqlite')
    const plain = join(folder.dir, 'plain.sqlite')
    const db = openDatabase(encrypted, key)
    db.pragma('synchronous = OFF')
    const clinic = generateClinic(db, { seed: 11, size })
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()

    // The same pages in clear: a copy, decrypted in place (rekey needs the rollback journal).
    copyFileSync(encrypted, plain)
    const decrypting = openDatabase(plain, key)
    decrypting.pragma('journal_mode = DELETE')
    decrypting.pragma("rekey = ''")
    decrypting.close()

    const mb = (file: string) => (statSync(file).size / 1024 / 1024).toFixed(1)
    console.log(
      `Clinic: ${clinic.patients} patients, ${clinic.assessments} assessments; ` +
        `${mb(encrypted)} MB encrypted, ${mb(plain)} MB in clear`,
    )
    const rows: [string, Stats, Stats][] = []
    rows.push([
      'open at start-up (quick_check)',
      timeOpens(() => openDatabase(encrypted, key, { check: true })),
      timeOpens(() => openPlain(plain, true)),
    ])
    rows.push([
      'open without the check',
      timeOpens(() => openDatabase(encrypted, key)),
      timeOpens(() => openPlain(plain, false)),
    ])
    const enc = openDatabase(encrypted, key)
    const clear = openPlain(plain, false)
    const encSaves = await autosaves(enc)
    const clearSaves = await autosaves(clear)
    enc.close()
    clear.close()
    rows.push(['autosave, durable commit', encSaves.durable, clearSaves.durable])
    rows.push(['autosave, CPU (synchronous=OFF)', encSaves.cpu, clearSaves.cpu])

    const ms = (s: Stats) => `${s.median.toFixed(2)} / ${s.p95.toFixed(2)}`
    console.log(
      '\n| action (ms, median / p95) | encrypted | in clear | encrypted ÷ clear (median) |',
    )
    console.log('|---|---|---|---|')
    for (const [what, e, c] of rows)
      console.log(`| ${what} | ${ms(e)} | ${ms(c)} | × ${(e.median / c.median).toFixed(2)} |`)
  } finally {
    folder.cleanup()
  }
}

main(Number(process.argv[2] ?? 1000)).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import type { Database } from 'better-sqlite3'
import { openDatabase } from '../../../src/main/db/connection'
import { newRawKey } from '../../../src/main/db/databaseKey'
import { upgradeAssessment } from '../../../src/shared/model/assessment/upgradeAssessment'
import { tempFolder } from '../tempDatabase'
import type { Ack } from './acks'
import { toAddendum, type AddendumRow } from '../../../src/main/db/addendumRow'

/**
 * The crash test: a child process writes through the app's handler table (crashWriter.ts) and is
 * killed with SIGKILL at a random moment, again and again, on one encrypted database. After each
 * kill the database is opened as the app opens it and must pass `PRAGMA integrity_check` and
 * `foreign_key_check`, every stored document must still parse, and every write the child had
 * acknowledged, in any round so far, must be there.
 *
 * `npm run crash-test` (scripts/crash-test.ts) does it hundreds of times; `npm test` a few
 * (tests/unit/crashSafety.test.ts).
 */

export interface CrashTestReport {
  kills: number
  /** Writes acknowledged before a kill, over all rounds. */
  acknowledged: number
  /** Rounds killed at a random moment from the start, the opening of the database included. */
  killedBeforeReady: number
  /** Assessments in the database at the end, and how many of them are finalised. */
  assessments: number
  finalised: number
  /** Problems found, in words (no patient data: the records are made up). */
  problems: string[]
}

const writer = resolve('tests/support/crash/crashWriter.ts')

/** The strongest acknowledged state of each record, over every round so far. */
export interface Expected {
  patients: Set<string>
  revisions: Map<string, { revision: number; painNow?: number }>
  copies: Map<string, number>
  decided: Set<string>
  finalised: Set<string>
  addenda: Map<string, number>
}

export async function runCrashTest(options: {
  kills: number
  /** The longest wait, in ms after the child is ready, before it is killed. */
  maxDelayMs?: number
  onRound?: (round: number, report: CrashTestReport) => void
}): Promise<CrashTestReport> {
  const { kills, maxDelayMs = 400 } = options
  const folder = tempFolder('runners-hip-crash-')
  const file = join(folder.dir, 'clinic.sqlite')
  const key = newRawKey()
  const expected = nothingExpected()
  const report: CrashTestReport = {
    kills: 0,
    acknowledged: 0,
    killedBeforeReady: 0,
    assessments: 0,
    finalised: 0,
    problems: [],
  }
  try {
    openDatabase(file, key).close()
    for (let round = 1; round <= kills; round++) {
      // One round in ten is killed at any moment from its start, opening the database included;
      // the others once it writes.
      const early = round % 10 === 0
      const { acks, ready } = await writeUntilKilled(file, key.hex, {
        fromStart: early,
        delayMs: Math.random() * (early ? 2000 : maxDelayMs),
      })
      report.kills++
      if (!ready) report.killedBeforeReady++
      for (const ack of acks) record(expected, ack)
      report.acknowledged += acks.filter((a) => a.kind !== 'ready').length
      const db = openDatabase(file, key)
      try {
        report.problems.push(...problemsIn(db, expected).map((p) => `round ${round}: ${p}`))
        report.assessments = db.prepare('SELECT COUNT(*) FROM assessments').pluck().get() as number
        report.finalised = db
          .prepare("SELECT COUNT(*) FROM assessments WHERE status = 'finalised'")
          .pluck()
          .get() as number
      } finally {
        db.close()
      }
      options.onRound?.(round, report)
      if (report.problems.length > 0) break
    }
    return report
  } finally {
    folder.cleanup()
  }
}

/**
 * Starts the writer, kills it `delayMs` after it is ready (or after it starts), and returns what
 * it acknowledged.
 */
function writeUntilKilled(
  file: string,
  hex: string,
  { delayMs, fromStart }: { delayMs: number; fromStart: boolean },
): Promise<{ acks: Ack[]; ready: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file], {
      env: { ...process.env, RUNNERS_HIP_CRASH_KEY: hex },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    let errors = ''
    let ready = false
    let killed = false
    const killLater = () =>
      setTimeout(() => {
        killed = true
        child.kill('SIGKILL')
      }, delayMs)
    if (fromStart) killLater()
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      output += chunk
      if (!ready && output.includes('"kind":"ready"')) {
        ready = true
        if (!fromStart) killLater()
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (errors += chunk))
    child.on('error', fail)
    child.on('close', (_code, signal) => {
      if (!killed || signal !== 'SIGKILL') {
        fail(new Error(`The writer ended on its own (${signal ?? _code}): ${errors.slice(0, 500)}`))
        return
      }
      // A line cut short by the kill was never acknowledged.
      const lines = output.split('\n').slice(0, -1)
      done({ acks: lines.map((line) => JSON.parse(line) as Ack), ready })
    })
  })
}

export const nothingExpected = (): Expected => ({
  patients: new Set(),
  revisions: new Map(),
  copies: new Map(),
  decided: new Set(),
  finalised: new Set(),
  addenda: new Map(),
})

/** Adds an acknowledged write to what the database must hold. */
export function record(expected: Expected, ack: Ack) {
  switch (ack.kind) {
    case 'ready':
      return
    case 'patient':
      expected.patients.add(ack.id)
      return
    case 'revision': {
      const before = expected.revisions.get(ack.id)
      if (!before || ack.revision >= before.revision)
        expected.revisions.set(ack.id, { revision: ack.revision, painNow: ack.painNow })
      return
    }
    case 'copy':
      expected.copies.set(ack.id, Math.max(ack.revision, expected.copies.get(ack.id) ?? 0))
      return
    case 'decided':
      expected.decided.add(ack.id)
      return
    case 'finalised':
      expected.finalised.add(ack.id)
      return
    case 'addenda':
      expected.addenda.set(ack.id, Math.max(ack.count, expected.addenda.get(ack.id) ?? 0))
      return
  }
}

/** What is wrong with the database against what was acknowledged: empty when all is well. */
export function problemsIn(db: Database, expected: Expected): string[] {
  const problems: string[] = []
  const integrity = db.pragma('integrity_check', { simple: true })
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
  const foreignKeys = db.pragma('foreign_key_check') as unknown[]
  if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${foreignKeys.length} rows`)
  const patients = new Set(db.prepare('SELECT id FROM patients').pluck().all() as string[])
  for (const id of expected.patients)
    if (!patients.has(id)) problems.push(`acknowledged patient ${id} is missing`)
  const assessments = new Map<string, ReturnType<typeof upgradeAssessment>>()
  const addendaOf = db.prepare<[string], AddendumRow>(
    'SELECT * FROM addenda WHERE assessment_id = ? ORDER BY position',
  )
  for (const row of db.prepare('SELECT id, document FROM assessments').all() as {
    id: string
    document: string
  }[]) {
    try {
      // Addenda are rows of their own (migration 9), read with the record as the app reads it.
      const addenda = addendaOf.all(row.id).map(toAddendum)
      assessments.set(row.id, upgradeAssessment({ ...JSON.parse(row.document), addenda }))
    } catch {
      problems.push(`assessment ${row.id} no longer reads as an assessment`)
    }
  }
  const copies = new Map(
    (
      db.prepare('SELECT assessment_id, revision FROM draft_copies').all() as {
        assessment_id: string
        revision: number
      }[]
    ).map((r) => [r.assessment_id, r.revision]),
  )
  for (const [id, { revision, painNow }] of expected.revisions) {
    const stored = assessments.get(id)
    if (!stored) problems.push(`acknowledged assessment ${id} is missing`)
    else if (stored.revision < revision)
      problems.push(`assessment ${id} is at revision ${stored.revision}, ${revision} acknowledged`)
    else if (
      stored.revision === revision &&
      painNow !== undefined &&
      stored.history.pain?.now !== painNow
    )
      problems.push(`assessment ${id} at revision ${revision} does not hold what that save wrote`)
  }
  for (const [id, revision] of expected.copies) {
    const kept = copies.get(id) ?? 0
    const saved = assessments.get(id)?.revision ?? -1
    if (kept < revision && saved < revision)
      problems.push(`write-ahead copy ${revision} of ${id} is neither kept nor saved`)
  }
  for (const id of expected.decided)
    if (!assessments.get(id)?.workingDiagnosis) problems.push(`decision on ${id} is missing`)
  for (const id of expected.finalised)
    if (assessments.get(id)?.status !== 'finalised') problems.push(`${id} is no longer finalised`)
  for (const [id, count] of expected.addenda) {
    const stored = assessments.get(id)?.addenda.length ?? 0
    if (stored < count) problems.push(`${id} has ${stored} addenda, ${count} acknowledged`)
  }
  return problems
}

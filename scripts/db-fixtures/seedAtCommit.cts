/**
 * Writes one fixture database with the app's own code as it was at one commit. The generator
 * (scripts/make-db-fixtures.mjs) copies this file into that commit's source tree and runs it
 * there, so every import below is that commit's: its migrations, its repositories, its model.
 * (A .cts file: the type checker does not look at it here, where those paths do not exist.)
 * It is written against the API those commits share (openDatabase, PatientRepository.create,
 * AssessmentRepository.create / saveDraft / finalise, SettingsRepository.saveClinic) and checks
 * for each before using it.
 *
 *   node --require tsx/cjs seedAtCommit.cts <out.sqlite> <hex key or "plain"> <result.json>
 */
import { writeFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import * as connection from './src/main/db/connection'
import { PatientRepository } from './src/main/db/patientRepository'

type Anything = any // eslint-disable-line @typescript-eslint/no-explicit-any

const [, , out, keyArg, resultFile] = process.argv as [string, string, string, string, string]

function load(path: string): Anything {
  try {
    // Modules that a given commit may not have yet (the assessment repository came with v2).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path)
  } catch {
    return undefined
  }
}

const open = connection.openDatabase as unknown as (...args: unknown[]) => Anything
const db = keyArg === 'plain' ? open(out) : open(out, { kind: 'raw', hex: keyArg }, {})
const version = db.pragma('user_version', { simple: true }) as number
const patients = new PatientRepository(db)
const result: Anything = { schemaVersion: version, patients: [], assessments: [], broken: [] }

const vignettes = load('./tests/support/vignettes')
const assessmentModule = load('./src/main/db/assessmentRepository')
const settingsModule = load('./src/main/db/settingsRepository')

if (!vignettes || !assessmentModule) {
  // Version 1: patients only.
  for (const [givenName, familyName] of [
    ['Claire', 'Dupont'],
    ['Ines', 'Carvalho'],
    ['Søren', 'Ødegård'],
  ]) {
    const p = patients.create({
      givenName,
      familyName,
      dateOfBirth: '1981-03-12',
      sex: 'female',
      weeklyDistanceKm: 30,
      yearsRunning: 8,
    })
    result.patients.push({ id: p.id, givenName, familyName })
  }
} else {
  const assessments = new assessmentModule.AssessmentRepository(db, patients)
  const ids = ['V01', 'V03', 'V05']
  for (const [index, vid] of ids.entries()) {
    const v = vignettes.loadVignette(vid)
    const p = patients.create(vignettes.vignettePatientFields(v))
    result.patients.push({ id: p.id, givenName: p.givenName, familyName: p.familyName })
    const created = assessments.create({
      patientId: p.id,
      type: 'initial',
      date: v.assessment.date,
    })
    assessments.saveDraft({
      id: created.id,
      revision: 1,
      date: v.assessment.date,
      ...vignettes.sectionsOf(v.assessment),
    })
    let status = 'draft'
    if (index === 0) {
      try {
        assessments.finalise(created.id)
        status = 'finalised'
      } catch {
        // From engine 2 on, finalising needs a working diagnosis decision: it stays a draft.
      }
    }
    result.assessments.push({ id: created.id, patientId: p.id, status, vignette: vid })
    if (index === 0 && status === 'finalised') {
      const followUp = assessments.create({
        patientId: p.id,
        type: 'follow-up',
        date: '2026-10-20',
      })
      result.assessments.push({
        id: followUp.id,
        patientId: p.id,
        status: 'draft',
        vignette: `${vid} follow-up`,
      })
    }
  }
  // A stored document that does not read any more (cut short by a bad disk or an old bug): the
  // migrations and the derived-data step must skip and report it, never fail the open.
  const brokenId = randomUUID()
  const columns = db
    .prepare("SELECT name FROM pragma_table_info('assessments')")
    .pluck()
    .all() as string[]
  const row: Record<string, unknown> = {
    id: brokenId,
    patient_id: result.patients[1].id,
    date: '2026-09-01',
    type: 'initial',
    status: 'draft',
    schema_version: 1,
    revision: 1,
    document: '{"schemaVersion":1,"id":"' + brokenId + '","history":{"complai',
    created_at: '2026-09-01T09:00:00.000Z',
    updated_at: '2026-09-01T09:30:00.000Z',
  }
  const names = Object.keys(row).filter((c) => columns.includes(c))
  db.prepare(
    `INSERT INTO assessments (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
  ).run(Object.fromEntries(names.map((n) => [n, row[n]])))
  result.broken.push(brokenId)
  if (settingsModule) {
    new settingsModule.SettingsRepository(db).saveClinic({
      name: 'Riverside Physiotherapy',
      phone: '01632 960001',
    })
    result.clinic = 'Riverside Physiotherapy'
  }
}
db.close()
writeFileSync(resultFile, JSON.stringify(result, null, 2))

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkSignatures } from '../../src/main/audit/signatureCheck'
import { runExport } from '../../src/main/transfer/exportJob'
import { runImport } from '../../src/main/transfer/importJob'
import { checkFileForMain, type ImportWorkerMessage } from '../../src/main/transfer/importWorker'
import { checkFileInWorker } from '../../src/main/transfer/importWorkerThread'
import { JobCancelled, JobRegistry, type JobControl } from '../../src/main/transfer/jobs'
import { decide, repositories, storeVignetteDraft } from '../support/assessments'
import { tempDatabase, tempFolder } from '../support/tempDatabase'
import { loadVignette, vignettePatientFields } from '../support/vignettes'

let source: ReturnType<typeof tempDatabase>
let target: ReturnType<typeof tempDatabase>
let folder: ReturnType<typeof tempFolder>
beforeEach(() => {
  source = tempDatabase()
  target = tempDatabase()
  folder = tempFolder()
})
afterEach(() => {
  source.cleanup()
  target.cleanup()
  folder.cleanup()
})

/** A control that counts progress and cancels at the given checkpoint (never, by default). */
function control(cancelAt = Infinity): JobControl & { progressSeen: [number, number][] } {
  let checkpoints = 0
  const progressSeen: [number, number][] = []
  return {
    progressSeen,
    progress: (done, total) => progressSeen.push([done, total]),
    checkpoint: async () => {
      checkpoints++
      if (checkpoints >= cancelAt) throw new JobCancelled()
    },
    signal: new AbortController().signal,
  }
}

function seedClinic(count: number) {
  const repos = repositories(source.db)
  const v = loadVignette('V01')
  for (let i = 0; i < count; i++) {
    const p = repos.patients.create({
      ...vignettePatientFields(v),
      givenName: `P${i}`,
      recordNumber: `R${i}`,
    })
    storeVignetteDraft(repos, p.id, v)
  }
  return repos
}

describe('export jobs', () => {
  it('write the whole file, report progress in chunks, and leave no partial file', async () => {
    seedClinic(60)
    const path = join(folder.dir, 'clinic.json')
    const c = control()
    await runExport(
      source.db,
      {
        format: 'json',
        path,
        exportedAt: new Date().toISOString(),
      },
      c,
    )
    expect(JSON.parse(readFileSync(path, 'utf8')).patients).toHaveLength(60)
    expect(c.progressSeen.at(-1)).toEqual([60, 60])
    expect(c.progressSeen.length).toBeGreaterThan(2)
    expect(readdirSync(folder.dir)).toEqual(['clinic.json'])
  })

  it('cancelled half-way leave neither the file nor a partial one', async () => {
    seedClinic(60)
    const path = join(folder.dir, 'clinic.csv')
    await expect(
      runExport(
        source.db,
        {
          format: 'csv',
          path,
          exportedAt: new Date().toISOString(),
        },
        control(2),
      ),
    ).rejects.toBeInstanceOf(JobCancelled)
    expect(readdirSync(folder.dir)).toEqual([])
  })

  it('a cancelled job says so through the registry, and nothing is written', async () => {
    seedClinic(200)
    const path = join(folder.dir, 'clinic-fhir.json')
    const jobs = new JobRegistry()
    const id = jobs.start('Export', (c) =>
      runExport(
        source.db,
        {
          format: 'fhir',
          path,
          exportedAt: new Date().toISOString(),
        },
        c,
      ),
    )
    jobs.cancel(id)
    await expect.poll(() => jobs.get(id)?.status).toBe('cancelled')
    expect(jobs.get(id)?.message).toBe('Cancelled: nothing was written.')
    expect(existsSync(path)).toBe(false)
    expect(existsSync(`${path}.part`)).toBe(false)
  })
})

describe('import jobs', () => {
  async function exportFile() {
    seedClinic(5)
    const path = join(folder.dir, 'clinic.json')
    await runExport(
      source.db,
      {
        format: 'json',
        path,
        exportedAt: new Date().toISOString(),
      },
      control(),
    )
    return path
  }

  it('cancelled before applying write nothing', async () => {
    const path = await exportFile()
    await expect(
      runImport(target.db, repositories(target.db), path, control(1)),
    ).rejects.toBeInstanceOf(JobCancelled)
    expect(target.db.prepare('SELECT COUNT(*) FROM patients').pluck().get()).toBe(0)
  })

  it('never overwrite newer data here, and never a finalised assessment', async () => {
    const path = await exportFile()
    const repos = repositories(target.db)
    await runImport(target.db, repos, path, control())
    const [firstId] = repos.patients.allIds()
    const newer = repos.patients.update(firstId!, {
      ...repos.patients.get(firstId!),
      notes: 'Changed here after the export',
    })
    const [assessment] = repos.assessments.historyOf(firstId!)
    decide(repos.assessments, assessment!.id)
    repos.assessments.finalise(assessment!.id)
    const { summary } = await runImport(target.db, repos, path, control())
    expect(summary.patientsUpdated).toBe(0)
    expect(repos.patients.get(firstId!).notes).toBe(newer.notes)
    expect(repos.assessments.get(assessment!.id).status).toBe('finalised')
    expect(summary.skipped).toContainEqual({
      what: expect.stringMatching(/^Assessment of /),
      why: 'finalised here; a finalised record is never overwritten',
    })
  })

  it('update older records here from a newer file', async () => {
    const path = await exportFile()
    const repos = repositories(target.db)
    await runImport(target.db, repos, path, control())
    const file = JSON.parse(readFileSync(path, 'utf8'))
    file.patients[0].patient.notes = 'Newer in the file'
    file.patients[0].patient.updatedAt = new Date(Date.now() + 60_000).toISOString()
    writeFileSync(path, JSON.stringify(file))
    const { summary } = await runImport(target.db, repos, path, control())
    expect(summary.patientsUpdated).toBe(1)
    expect(repos.patients.get(file.patients[0].patient.id).notes).toBe('Newer in the file')
  })

  it('refuse an invalid assessment inside a valid file, naming its place, and write nothing', async () => {
    const path = await exportFile()
    const file = JSON.parse(readFileSync(path, 'utf8'))
    file.patients[2].assessments[0].history.pain.now = 99
    writeFileSync(path, JSON.stringify(file))
    await expect(runImport(target.db, repositories(target.db), path, control())).rejects.toThrow(
      /patients\.2\.assessments\.0.*Nothing was imported/,
    )
    expect(target.db.prepare('SELECT COUNT(*) FROM patients').pluck().get()).toBe(0)
  })

  it('cancelled while the file is being read stop the worker and write nothing', async () => {
    const path = await exportFile()
    const jobs = new JobRegistry()
    const id = jobs.start('Import', (c) => runImport(target.db, repositories(target.db), path, c))
    jobs.cancel(id)
    await expect.poll(() => jobs.get(id)?.status).toBe('cancelled')
    expect(target.db.prepare('SELECT COUNT(*) FROM patients').pluck().get()).toBe(0)
  })

  it('say so in words when the worker cannot check the file, and write nothing', async () => {
    await expect(
      checkFileInWorker(join(folder.dir, 'clinic.json'), control(), join(folder.dir, 'gone.js')),
    ).rejects.toThrow(/^The file could not be checked \(Error; .*\)\. Nothing was imported\.$/)
  })

  it('bring a signed record in only as it was signed: it verifies here, with its addenda', async () => {
    const repos = seedClinic(2)
    const [first, second] = repos.patients.allIds()
    for (const patientId of [first!, second!]) {
      const [draft] = repos.assessments.historyOf(patientId)
      decide(repos.assessments, draft!.id)
      repos.assessments.finalise(draft!.id)
      repos.assessments.addAddendum(draft!.id, 'Phoned: better.')
    }
    const path = join(folder.dir, 'signed.json')
    await runExport(
      source.db,
      { format: 'json', path, exportedAt: new Date().toISOString() },
      control(),
    )
    const here = repositories(target.db)
    const { summary } = await runImport(target.db, here, path, control())
    expect(summary.assessmentsAdded).toBe(2)
    const [imported] = here.assessments.historyOf(first!)
    expect(imported!.signature?.signedBy.name).toBe('Sam Seeder')
    expect(imported!.addenda.map((a) => a.author?.name)).toEqual(['Sam Seeder'])
    expect(checkSignatures(target.db)).toEqual({ checked: 2, mismatches: [], unsigned: 0 })
  })

  it('refuse a file whose signed record was changed after it was signed, naming it; nothing is written', async () => {
    const repos = seedClinic(1)
    const [first] = repos.patients.allIds()
    const [draft] = repos.assessments.historyOf(first!)
    decide(repos.assessments, draft!.id)
    repos.assessments.finalise(draft!.id)
    const path = join(folder.dir, 'changed.json')
    await runExport(
      source.db,
      { format: 'json', patientId: first!, path, exportedAt: new Date().toISOString() },
      control(),
    )
    const file = JSON.parse(readFileSync(path, 'utf8'))
    // Someone edits the signed record in the file: its signature no longer matches.
    file.patients[0].assessments[0].history.painSide = 'left'
    writeFileSync(path, JSON.stringify(file))
    await expect(runImport(target.db, repositories(target.db), path, control())).rejects.toThrow(
      /^Assessment of .*: its content does not match its signature: it was changed after it was signed\. Nothing was imported\.$/,
    )
    expect(target.db.prepare('SELECT COUNT(*) FROM patients').pluck().get()).toBe(0)
  })
})

describe("the import's worker", () => {
  const run = (path: string) => {
    const sent: ImportWorkerMessage[] = []
    checkFileForMain(path, (m) => sent.push(m))
    return sent
  }

  it('sends progress, the checked records in batches, then done', () => {
    const repos = seedClinic(3)
    const path = join(folder.dir, 'three.json')
    writeFileSync(
      path,
      JSON.stringify({
        format: 'runners-hip/export',
        formatVersion: 1,
        exportedAt: new Date().toISOString(),
        patients: repos.patients.allIds().map((id) => ({
          patient: repos.patients.get(id),
          assessments: repos.assessments.historyOf(id),
        })),
      }),
    )
    const kinds = run(path).map((m) => m.kind)
    expect(kinds).toEqual(['progress', 'patients', 'assessments', 'done'])
  })

  it('refuses a file it cannot read, in words that carry nothing of the file', () => {
    expect(run(join(folder.dir, 'missing.json'))).toEqual([
      {
        kind: 'refused',
        message: 'This file could not be read as a JSON export: nothing was imported.',
      },
    ])
  })
})

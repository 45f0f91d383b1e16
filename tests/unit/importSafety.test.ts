import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runImport } from '../../src/main/transfer/importJob'
import type { JobControl } from '../../src/main/transfer/jobs'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import type { Patient } from '../../src/shared/model/patient'
import { decide, repositories, storeVignetteDraft } from '../support/assessments'
import { exportFileText, vignetteRecord, writeLargeExportFile } from '../support/clinicFile'
import { tempDatabase, tempFolder } from '../support/tempDatabase'
import { loadVignette, vignettePatientFields } from '../support/vignettes'

/**
 * An import cannot damage what is stored: each way a file (or a change made while it is being
 * read) could overwrite, move or forge a record is refused with a message that names the record
 * without more patient data than that, and nothing is written.
 */

let store: ReturnType<typeof tempDatabase>
let folder: ReturnType<typeof tempFolder>
let repos: ReturnType<typeof repositories>
beforeEach(() => {
  store = tempDatabase()
  folder = tempFolder()
  repos = repositories(store.db)
})
afterEach(() => {
  store.cleanup()
  folder.cleanup()
})

function control(onProgress: (done: number, total: number) => void = () => {}): JobControl {
  return {
    progress: onProgress,
    checkpoint: async () => {},
    signal: new AbortController().signal,
  }
}

function fileOf(patients: { patient: unknown; assessments: unknown[] }[], exportedAt?: string) {
  const path = join(folder.dir, `import-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(path, exportFileText(patients, exportedAt))
  return path
}

const importFile = (path: string, c = control()) => runImport(store.db, repos, path, c)

/** Every row of both tables, to show that a refused import changed nothing. */
const snapshot = () => ({
  patients: store.db.prepare('SELECT * FROM patients ORDER BY id').all(),
  assessments: store.db.prepare('SELECT * FROM assessments ORDER BY id').all(),
})

const later = (iso: string, minutes = 60) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString()

/** A stored patient (record number R-7) with a draft assessment holding a vignette's findings. */
function storedDraft() {
  const v = loadVignette('V01')
  const patient = repos.patients.create({ ...vignettePatientFields(v), recordNumber: 'R-7' })
  const id = storeVignetteDraft(repos, patient.id, v)
  return { patient, assessment: repos.assessments.get(id) }
}

describe('(a) an assessment finalised while the file is being read', () => {
  it('is kept as finalised: the plan is checked again inside the write', async () => {
    const { patient, assessment } = storedDraft()
    const newer: Assessment = {
      ...assessment,
      history: { ...assessment.history, pain: { now: 2 } },
      revision: assessment.revision + 1,
      updatedAt: later(assessment.updatedAt),
    }
    const path = fileOf([{ patient, assessments: [newer] }])
    // The clinician finalises the record once the file has been read and checked, just before
    // the import writes: a handler call that runs between the import's steps.
    let finalised = false
    const c = control((done, total) => {
      if (done === total && total > 0 && !finalised) {
        decide(repos.assessments, assessment.id)
        repos.assessments.finalise(assessment.id)
        finalised = true
      }
    })
    const { summary } = await importFile(path, c)
    expect(finalised).toBe(true)
    const stored = repos.assessments.get(assessment.id)
    expect(stored.status).toBe('finalised')
    expect(stored.history.pain).not.toEqual({ now: 2 })
    expect(summary.assessmentsUpdated).toBe(0)
    expect(summary.skipped).toContainEqual({
      what: 'Assessment of record R-7 on 2026-11-02 (patients.0.assessments.0)',
      why: 'finalised here; a finalised record is never overwritten',
    })
  })
})

describe('(b) ids never move between patients', () => {
  it('refuses one assessment id under two patients in a file, naming both places', async () => {
    const a = vignetteRecord('V01')
    const b = vignetteRecord('V03')
    const twin = { ...b.assessment, id: a.assessment.id }
    const path = fileOf([
      { patient: a.patient, assessments: [a.assessment] },
      { patient: b.patient, assessments: [twin] },
    ])
    await expect(importFile(path)).rejects.toThrow(
      `Assessment of ${named(b.patient)} on ${twin.date} (patients.1.assessments.0): the same id is used at patients.0.assessments.0 in the file. Nothing was imported.`,
    )
    expect(snapshot()).toEqual({ patients: [], assessments: [] })
  })

  it('refuses an assessment whose id belongs to another patient here', async () => {
    const { assessment } = storedDraft()
    const other = vignetteRecord('V03')
    const path = fileOf([
      { patient: other.patient, assessments: [{ ...other.assessment, id: assessment.id }] },
    ])
    const before = snapshot()
    await expect(importFile(path)).rejects.toThrow(
      `Assessment of ${named(other.patient)} on ${other.assessment.date} (patients.0.assessments.0): its id belongs to another patient's assessment here; records never move between patients. Nothing was imported.`,
    )
    expect(snapshot()).toEqual(before)
  })
})

describe('(c) a file patient reusing the id of another patient here', () => {
  it('is refused: it would rename that patient over their finalised records', async () => {
    const { patient, assessment } = storedDraft()
    decide(repos.assessments, assessment.id)
    repos.assessments.finalise(assessment.id)
    const impostor: Patient = {
      ...patient,
      givenName: 'Someone',
      familyName: 'Else',
      dateOfBirth: '1990-01-01',
      recordNumber: 'X-1',
      updatedAt: later(patient.updatedAt),
    }
    const path = fileOf([{ patient: impostor, assessments: [] }])
    const before = snapshot()
    await expect(importFile(path)).rejects.toThrow(
      'Patient record X-1 (patients.0): a patient here has this id under another name or date of birth; records never move between patients. Correct the name or date of birth here first if it changed. Nothing was imported.',
    )
    expect(snapshot()).toEqual(before)
  })

  it('still takes a newer copy of the same patient (same name, date of birth and creation)', async () => {
    const { patient } = storedDraft()
    const newer = { ...patient, phone: '0113 496 0000', updatedAt: later(patient.updatedAt) }
    const { summary } = await importFile(fileOf([{ patient: newer, assessments: [] }]))
    expect(summary.patientsUpdated).toBe(1)
    expect(repos.patients.get(patient.id).phone).toBe('0113 496 0000')
  })
})

describe('(d) duplicate ids in one file', () => {
  it('refuses a patient listed twice instead of letting the last one win', async () => {
    const a = vignetteRecord('V01')
    const path = fileOf([
      { patient: a.patient, assessments: [] },
      { patient: { ...a.patient, notes: 'second copy' }, assessments: [a.assessment] },
    ])
    await expect(importFile(path)).rejects.toThrow(
      `Patient ${named(a.patient)} (patients.1): the same id is used at patients.0 in the file. Nothing was imported.`,
    )
    expect(snapshot()).toEqual({ patients: [], assessments: [] })
  })

  it('refuses an assessment listed twice under one patient', async () => {
    const a = vignetteRecord('V01')
    const path = fileOf([{ patient: a.patient, assessments: [a.assessment, a.assessment] }])
    await expect(importFile(path)).rejects.toThrow(
      `Assessment of ${named(a.patient)} on ${a.assessment.date} (patients.0.assessments.1): the same id is used at patients.0.assessments.0 in the file. Nothing was imported.`,
    )
  })

  it('refuses two patients of the file with one record number', async () => {
    const a = vignetteRecord('V01')
    const b = vignetteRecord('V03')
    const path = fileOf([
      { patient: { ...a.patient, recordNumber: 'R-9' }, assessments: [] },
      { patient: { ...b.patient, recordNumber: 'R-9' }, assessments: [] },
    ])
    await expect(importFile(path)).rejects.toThrow(
      'Patient record R-9 (patients.1): the same record number is given to patients.0 in the file. Nothing was imported.',
    )
  })

  it('refuses a patient whose record number belongs to another patient here, naming it', async () => {
    storedDraft()
    const a = vignetteRecord('V03')
    const path = fileOf([{ patient: { ...a.patient, recordNumber: 'R-7' }, assessments: [] }])
    const before = snapshot()
    await expect(importFile(path)).rejects.toThrow(
      'Patient record R-7 (patients.0): another patient here already has this record number. Nothing was imported.',
    )
    expect(snapshot()).toEqual(before)
  })
})

describe('(e) finalised records in a file are checked as finalising checks them', () => {
  it('keeps a valid finalised record as finalised, with its time and the engine’s result', async () => {
    const a = vignetteRecord('V01')
    await importFile(fileOf([{ patient: a.patient, assessments: [a.assessment] }]))
    expect(repos.assessments.get(a.assessment.id)).toEqual(a.assessment)
  })

  it('refuses a finalised record with required items and decisions missing, listing them', async () => {
    const a = vignetteRecord('V01')
    const { workingDiagnosis: _w, plan: _p, ...undecided } = a.assessment
    const incomplete = { ...undecided, history: { ...undecided.history, painSide: undefined } }
    const path = fileOf([{ patient: a.patient, assessments: [incomplete] }])
    await expect(importFile(path)).rejects.toThrow(
      `Assessment of ${named(a.patient)} on ${a.assessment.date} (patients.0.assessments.0): finalised in the file, but finalising would refuse it: 3 required items are not recorded (Side of the pain; Working diagnosis: confirm one, or defer it with a reason; Treatment plan: propose one). Nothing was imported.`,
    )
    expect(snapshot()).toEqual({ patients: [], assessments: [] })
  })

  it('keeps a record finalised under the earlier, complete rules that lacks an item only the focused rules ask for', async () => {
    const a = vignetteRecord('V01')
    const { mechanism: _m, ...onset } = a.assessment.history.onset ?? {}
    const old = {
      ...a.assessment,
      history: { ...a.assessment.history, onset },
      reasoningAtFinalise: { ...a.assessment.reasoningAtFinalise!, engineVersion: '2.0.0' },
    }
    await importFile(fileOf([{ patient: a.patient, assessments: [old] }]))
    expect(repos.assessments.get(a.assessment.id)?.status).toBe('finalised')
  })

  it('refuses the same record finalised under the focused rules, naming the item', async () => {
    const a = vignetteRecord('V01')
    const { mechanism: _m, ...onset } = a.assessment.history.onset ?? {}
    const path = fileOf([
      {
        patient: a.patient,
        assessments: [{ ...a.assessment, history: { ...a.assessment.history, onset } }],
      },
    ])
    await expect(importFile(path)).rejects.toThrow(/finalising would refuse it: .*How it started/)
    expect(snapshot()).toEqual({ patients: [], assessments: [] })
  })

  it.each([
    ['before it was created', (a: Assessment) => ({ finalisedAt: later(a.createdAt, -60) })],
    [
      'after its last change',
      (a: Assessment) => ({ finalisedAt: later(a.updatedAt, 5), updatedAt: a.updatedAt }),
    ],
    ['without a time', () => ({ finalisedAt: undefined })],
    ['without the engine’s result at that time', () => ({ reasoningAtFinalise: undefined })],
  ])('refuses a finalised record %s', async (what, change) => {
    const a = vignetteRecord('V01')
    const forged = { ...a.assessment, ...change(a.assessment) }
    const path = fileOf([{ patient: a.patient, assessments: [forged] }])
    await expect(importFile(path)).rejects.toThrow(
      new RegExp(
        `^Assessment of ${named(a.patient).replace(/[.-]/g, '\\$&')} on ${a.assessment.date} \\(patients\\.0\\.assessments\\.0\\): finalised in the file ${what}.*Nothing was imported\\.$`,
      ),
    )
  })

  it('refuses a finalised record dated after the file was exported', async () => {
    const a = vignetteRecord('V01')
    const path = fileOf(
      [{ patient: a.patient, assessments: [a.assessment] }],
      later(a.assessment.finalisedAt!, -1),
    )
    await expect(importFile(path)).rejects.toThrow(
      /finalised in the file after the file was exported.*Nothing was imported\.$/,
    )
  })

  it('refuses a draft that carries a finalising time or addenda', async () => {
    const a = vignetteRecord('V01', { finalised: false })
    const path = fileOf([
      {
        patient: a.patient,
        assessments: [{ ...a.assessment, finalisedAt: a.assessment.updatedAt }],
      },
    ])
    await expect(importFile(path)).rejects.toThrow(
      /: a draft in the file, yet it carries what only finalising gives \(a finalising time\)\. Nothing was imported\.$/,
    )
  })

  it('keeps a signed record whose signature holds, and refuses one changed since it was signed', async () => {
    const a = vignetteRecord('V01', { signed: true })
    const changed = {
      ...a.assessment,
      history: { ...a.assessment.history, pain: { ...a.assessment.history.pain, now: 1 } },
    }
    await expect(
      importFile(fileOf([{ patient: a.patient, assessments: [changed] }])),
    ).rejects.toThrow(
      /: its content does not match its signature: it was changed after it was signed\. Nothing was imported\.$/,
    )
    await importFile(fileOf([{ patient: a.patient, assessments: [a.assessment] }]))
    expect(repos.assessments.get(a.assessment.id).signature?.sha256).toBe(
      a.assessment.signature!.sha256,
    )
  })

  it('does not let a finalised record in a file overwrite a finalised one here', async () => {
    const { patient, assessment } = storedDraft()
    decide(repos.assessments, assessment.id)
    const finalised = repos.assessments.finalise(assessment.id)
    // Rewritten later, without the signature (a signed copy changed would be refused whole).
    const { signature: _dropped, ...unsigned } = finalised
    const rewritten = {
      ...unsigned,
      history: { ...finalised.history, pain: { ...finalised.history.pain, now: 1 } },
      updatedAt: later(finalised.updatedAt),
    }
    const { summary } = await importFile(fileOf([{ patient, assessments: [rewritten] }]))
    expect(summary.assessmentsUpdated).toBe(0)
    expect(repos.assessments.get(assessment.id)).toEqual(finalised)
    await expect(
      importFile(
        fileOf([{ patient, assessments: [{ ...rewritten, signature: finalised.signature }] }]),
      ),
    ).rejects.toThrow(/it was changed after it was signed\. Nothing was imported\.$/)
  })
})

describe('(f) a large file is read and checked off the main thread', () => {
  it('never parses the file on the main thread', async () => {
    const path = join(folder.dir, 'clinic.json')
    const made = writeLargeExportFile(path, 2 * 1024 * 1024)
    const parse = vi.spyOn(JSON, 'parse')
    try {
      const { summary } = await importFile(path)
      expect(summary.patientsAdded).toBe(made.patients)
      expect(summary.assessmentsAdded).toBe(made.assessments)
      const largest = Math.max(0, ...parse.mock.calls.map(([text]) => String(text).length))
      expect(largest).toBeLessThan(100_000)
    } finally {
      parse.mockRestore()
    }
  })
})

/** How messages name a patient: by the clinic's record number, or else by initials. */
function named(p: Pick<Patient, 'givenName' | 'familyName' | 'recordNumber'>) {
  if (p.recordNumber) return `record ${p.recordNumber}`
  return `${p.givenName.trim()[0]}.${p.familyName.trim()[0]}.`.toUpperCase()
}

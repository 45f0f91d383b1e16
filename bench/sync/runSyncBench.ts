import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { newRawKey } from '../../src/main/db/databaseKey'
import { cachedClinic } from '../clinic/clinicCache'
import { seededRandom } from '../clinic/prng'
import { statsOf } from '../clinic/timing'
import { Child } from './childProcess'
import { summariseProfile, type ProfileSummary } from './cpuProfile'
import type { JoinResult, ProgressSample } from './laptopChild'
import { importBaseline, rawPullBaseline } from './baselines'
import { compareLaptops, type Comparison } from './compareLaptops'

export interface SyncSizeResult {
  size: number
  patients: number
  assessments: number
  drafts: number
  documents: number
  loadAverageBefore: number[]
  upload: {
    joinSeconds: number
    totalSeconds: number
    /** When A began receiving its own documents back from the hub (null: not seen). */
    pullBackFromSeconds: number | null
    failedRounds: { t: number; problem: string }[]
    peakRssMb: number
  }
  receive: {
    totalSeconds: number
    docsPerSecond: number
    /** Progress B showed (ClinicSync.status().receiving), a few points of it. */
    progress: ProgressSample[]
    progressSamples: number
    firstProgressSeconds: number | null
    /** Rounds that ended with a problem before B was in step (retried by its loop). */
    failedRounds: { t: number; problem: string }[]
    /** The longest time between two progress readings (a page being written). */
    longestGapSeconds: number
    idleRssMb: number
    peakRssMb: number
    sampledPeakRssMb: number
    profiled: boolean
  }
  hub: { idleRssMb: number; peakRssMb: number; sampledPeakRssMb: number; diskMb: number }
  disk: { laptopAMb: number; laptopBMb: number }
  baselines: {
    rawPull: { seconds: number; docs: number; megabytes: number; docsPerSecond: number }
    importPath: { seconds: number; records: number; recordsPerSecond: number }
    receiveOverRawPull: number
    receiveOverImport: number
  }
  verification: Comparison
  edits: {
    n: number
    medianMs: number
    p95Ms: number
    maxMs: number
    timedOut: number
    samplesMs: number[]
  }
  logLines: { a: Record<string, number>; b: Record<string, number> }
  profile?: ProfileSummary
  /** Where A's time went while it made its records documents, sent them and pulled them back. */
  uploadProfile?: ProfileSummary
}

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10

function folderBytes(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size
  }
  return total
}

const fileBytes = (file: string) =>
  ['', '-wal'].reduce((sum, ext) => {
    try {
      return sum + statSync(file + ext).size
    } catch {
      return sum
    }
  }, 0)

const longestGap = (progress: ProgressSample[]) =>
  progress.reduce((gap, p, i) => (i === 0 ? 0 : Math.max(gap, p.t - progress[i - 1]!.t)), 0)

/** A few points of the progress B showed: the first, every tenth, the last. */
function someProgress(progress: ProgressSample[]): ProgressSample[] {
  const shown = progress.filter((p) => p.total > 0)
  if (shown.length <= 12) return shown
  const step = Math.ceil(shown.length / 10)
  return shown.filter((_, i) => i % step === 0 || i === shown.length - 1)
}

export async function runSyncSize(options: {
  size: number
  seed: number
  quick: boolean
  edits: number
  profile: boolean
  /** Where to keep B's .cpuprofile (for a closer look in Chrome's DevTools). */
  keepProfile?: string
  log: (line: string) => void
}): Promise<SyncSizeResult> {
  const { size, seed, log } = options
  const loadAverageBefore = loadavg()
  log(`\n${size} patients (load average ${loadAverageBefore.map((l) => l.toFixed(2)).join(' ')})`)
  const clinic = cachedClinic({ seed, size, scratch: tmpdir(), validSignatures: true, log })
  log(
    `  clinic: ${clinic.patients} patients, ${clinic.assessments} assessments (${clinic.drafts} drafts)${clinic.fromCache ? ', from the cache' : ''}`,
  )
  const scratch = mkdtempSync(join(tmpdir(), 'runners-hip-syncbench-'))
  const profileFile = join(scratch, 'laptop-b-receive.cpuprofile')
  const uploadProfileFile = join(scratch, 'laptop-a-send.cpuprofile')
  const hubFolder = join(scratch, 'hub')
  mkdirSync(hubFolder)
  const fileA = join(scratch, 'laptop-a.sqlite')
  const fileB = join(scratch, 'laptop-b.sqlite')
  copyFileSync(clinic.file, fileA)

  const hub = new Child('hub', 'hubChild.ts', { args: [hubFolder] })
  const a = new Child('laptop A', 'laptopChild.ts')
  const b = new Child('laptop B', 'laptopChild.ts')
  try {
    const { port } = (await hub.ready) as { port: number }
    await Promise.all([a.ready, b.ready])
    const address = `127.0.0.1:${port}`
    const hubIdleKb = hub.rssKb()

    // 1. Laptop A, with the clinic, joins and sends everything.
    await a.call('open', {
      file: fileA,
      key: clinic.key,
    })
    log('  laptop A joins and sends the clinic…')
    const upload = await a.call<JoinResult>('join', {
      address,
      code: await hub.call<string>('code'),
      name: 'Laptop A',
      deadlineSeconds: 3600,
      ...(options.profile ? { profileTo: uploadProfileFile } : {}),
    })
    const documents = upload.receivedTo
    log(
      `  sent in ${upload.totalSeconds.toFixed(1)} s (records made documents by ${upload.joinSeconds.toFixed(1)} s); the hub holds ${documents} changes`,
    )

    // 2. Baseline: the same pages pulled raw (no merge, no tables).
    const rawPull = await rawPullBaseline(address, await hub.call<string>('code'))
    log(`  raw pull: ${rawPull.docs} documents in ${rawPull.seconds.toFixed(1)} s`)

    // 3. Laptop B, empty, joins and receives the clinic.
    const idle = await b.call<{ rssKb: number }>('open', { file: fileB, key: newRawKey() })
    log('  laptop B joins and receives the clinic…')
    const receive = await b.call<JoinResult>('join', {
      address,
      code: await hub.call<string>('code'),
      name: 'Laptop B',
      deadlineSeconds: 3600,
      ...(options.profile ? { profileTo: profileFile } : {}),
    })
    hub.sample()
    b.sample()
    const received = receive.receivedTo
    log(
      `  received in ${receive.totalSeconds.toFixed(1)} s (${(documents / receive.totalSeconds).toFixed(0)} documents/s), B's peak ${mb(b.peakKb)} MB, the hub's ${mb(hub.peakKb)} MB`,
    )
    if (received < documents) log(`  B received up to ${received} of ${documents}`)
    if (receive.failedRounds.length > 0)
      log(
        `  B's rounds that failed before it was in step: ${receive.failedRounds.map((f) => `${f.t.toFixed(0)} s: ${f.problem}`).join('; ')}`,
      )

    // 4. B's tables hold what A's hold.
    const verification = await compareLaptops(a, b, seededRandom(seed).fork('samples'))
    log(`  B matches A: ${verification.allEqual ? 'yes' : 'NO'} (${verification.summary})`)

    // 5. One edit on A until B's table shows it, both syncing in the background.
    const random = seededRandom(seed).fork('edits')
    const ids = (
      await a.call<{ id: string }[]>('query', {
        sql: 'SELECT id FROM patients WHERE deleted_at IS NULL ORDER BY id',
      })
    ).map((r) => r.id)
    const samples: number[] = []
    let timedOut = 0
    for (let rep = 0; rep < options.edits; rep++) {
      // A random moment in A's 500 ms poll, so that the figures cover its whole cycle.
      await new Promise((resolve) => setTimeout(resolve, random.int(100, 700)))
      const patientId = random.pick(ids)
      const km = 300 + rep
      const seen = b.call<{ seenAt?: number; timedOut?: true }>('watch', {
        patientId,
        km,
        timeoutMs: 30_000,
      })
      const { editedAt } = await a.call<{ editedAt: number }>('edit', { patientId, km })
      const result = await seen
      if (result.seenAt === undefined) timedOut++
      else samples.push(result.seenAt - editedAt)
    }
    const editStats = statsOf(samples)
    log(
      `  one edit A → B: median ${editStats.median.toFixed(0)} ms, p95 ${editStats.p95.toFixed(0)} ms (${samples.length} edits${timedOut ? `, ${timedOut} not seen in 30 s` : ''})`,
    )

    const logLines = {
      a: await a.call<Record<string, number>>('logLines'),
      b: await b.call<Record<string, number>>('logLines'),
    }
    await a.stop()
    await b.stop()
    await hub.stop()

    // 6. Baseline: the same records written into an empty clinic by the import path.
    const importPath = importBaseline(fileA, clinic.key, join(scratch, 'import.sqlite'))
    log(`  import path: ${importPath.records} records in ${importPath.seconds.toFixed(1)} s`)

    let profile: ProfileSummary | undefined
    let uploadProfile: ProfileSummary | undefined
    if (options.profile) {
      profile = summariseProfile(profileFile)
      uploadProfile = summariseProfile(uploadProfileFile)
      if (options.keepProfile) {
        copyFileSync(profileFile, options.keepProfile)
        log(`  B's profile: ${options.keepProfile}`)
      }
    }
    const firstShown = receive.progress.find((p) => p.total > 0)
    return {
      size,
      patients: clinic.patients,
      assessments: clinic.assessments,
      drafts: clinic.drafts,
      documents,
      loadAverageBefore,
      upload: {
        joinSeconds: upload.joinSeconds,
        totalSeconds: upload.totalSeconds,
        pullBackFromSeconds: upload.progress.find((p) => p.total > 0)?.t ?? null,
        failedRounds: upload.failedRounds,
        peakRssMb: mb(a.peakKb),
      },
      receive: {
        totalSeconds: receive.totalSeconds,
        docsPerSecond: documents / receive.totalSeconds,
        progress: someProgress(receive.progress),
        progressSamples: receive.progress.filter((p) => p.total > 0).length,
        firstProgressSeconds: firstShown?.t ?? null,
        failedRounds: receive.failedRounds,
        longestGapSeconds: longestGap(receive.progress),
        idleRssMb: mb(idle.rssKb),
        peakRssMb: mb(b.peakKb),
        sampledPeakRssMb: mb(b.sampledPeakKb),
        profiled: options.profile,
      },
      hub: {
        idleRssMb: mb(hubIdleKb),
        peakRssMb: mb(hub.peakKb),
        sampledPeakRssMb: mb(hub.sampledPeakKb),
        diskMb: Math.round(folderBytes(hubFolder) / 1024 / 1024),
      },
      disk: {
        laptopAMb: Math.round(fileBytes(fileA) / 1024 / 1024),
        laptopBMb: Math.round(fileBytes(fileB) / 1024 / 1024),
      },
      baselines: {
        rawPull,
        importPath,
        receiveOverRawPull: receive.totalSeconds / rawPull.seconds,
        receiveOverImport: receive.totalSeconds / importPath.seconds,
      },
      verification,
      edits: {
        n: samples.length,
        medianMs: editStats.median,
        p95Ms: editStats.p95,
        maxMs: Math.max(...samples),
        timedOut,
        samplesMs: samples.map((s) => Math.round(s)),
      },
      logLines,
      ...(profile ? { profile } : {}),
      ...(uploadProfile ? { uploadProfile } : {}),
    }
  } finally {
    await Promise.allSettled([a.stop(), b.stop(), hub.stop()])
    rmSync(scratch, { recursive: true, force: true })
  }
}

import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { aPatient } from '../support/patients'
import {
  expectConverged,
  joinLaptop,
  newLaptop,
  syncAll,
  TestHub,
  type Laptop,
} from '../support/syncClinic'

/**
 * Sync through failures, for real: the hub stopped and started again in the middle of a
 * laptop's first copy of the clinic, and a laptop's process killed (SIGKILL, no clean-up) while
 * it receives and while it sends. Afterwards every laptop holds every record that any of them
 * had stored, and nothing is left waiting.
 */

const CHILD = join(__dirname, '../support/syncLaptopChild.ts')
let hub: TestHub
let laptops: Laptop[] = []
let child: ChildProcess | undefined

beforeEach(async () => {
  hub = new TestHub()
  await hub.start()
})

afterEach(async () => {
  child?.kill('SIGKILL')
  child = undefined
  for (const laptop of laptops) await laptop.close()
  laptops = []
  await hub.cleanup()
})

const keep = (l: Laptop) => {
  laptops.push(l)
  return l
}

/** A laptop in step with the hub holding `count` patients. */
async function clinicOf(count: number) {
  const a = keep(newLaptop('Front desk'))
  for (let i = 0; i < count; i++)
    a.patients.create(aPatient({ givenName: `Runner${i}`, familyName: 'Clinic' }))
  await joinLaptop(a, hub)
  await syncAll(a)
  return a
}

/** Starts the crash laptop and resolves with its process once `until` holds for a line it says. */
function runChild(args: string[], until: (line: string) => boolean): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--require', 'tsx/cjs', CHILD, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    child = proc
    let buffer = ''
    proc.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      if (lines.some(until)) resolve(proc)
    })
    proc.on('exit', (code) => reject(new Error(`the crash laptop ended first (${code})`)))
  })
}

const killed = (proc: ChildProcess) =>
  new Promise<void>((resolve) => {
    proc.removeAllListeners('exit')
    proc.on('exit', () => resolve())
    proc.kill('SIGKILL')
  })

// Hundreds of records through a real hub, twice, on a machine that may be busy.
describe('sync through failures', { timeout: 240_000 }, () => {
  it('the hub restarted in the middle of a laptop’s first copy of the clinic', async () => {
    const a = await clinicOf(300)
    const b = keep(newLaptop('Room 2', undefined, { batch: 20 }))
    await joinLaptop(b, hub)
    await expect
      .poll(() => b.sync.status().receiving?.received ?? 0, { timeout: 60_000 })
      .toBeGreaterThan(0)
    await hub.stop()
    await hub.start()
    await syncAll(a, b)
    expect(b.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(300)
    expectConverged(a, b)
  })

  it('a laptop killed while it receives the clinic, then started again', async () => {
    const a = await clinicOf(300)
    const joined = newLaptop('Room 2')
    await joinLaptop(joined, hub)
    await joined.close()
    const from = { file: joined.file, key: joined.key, clinicianId: joined.clinicianId }
    const proc = await runChild(
      ['receive', from.file, (from.key as { hex: string }).hex, from.clinicianId],
      // One patient stored: receiving has begun.
      (line) => /^status [1-9]/.test(line),
    )
    await killed(proc)
    const received = keep(newLaptop('Room 2', from))
    expect(received.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBeLessThan(300)
    await syncAll(a, received)
    expect(received.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(300)
    expectConverged(a, received)
  })

  it('a laptop killed while it sends its records, then started again: none is lost', async () => {
    const a = await clinicOf(0)
    const joined = newLaptop('Room 3')
    await joinLaptop(joined, hub)
    await syncAll(a, joined)
    await joined.close()
    const from = { file: joined.file, key: joined.key, clinicianId: joined.clinicianId }
    let created = 0
    const proc = await runChild(
      ['send', from.file, (from.key as { hex: string }).hex, from.clinicianId, '200'],
      (line) => {
        if (line.startsWith('created')) created = Number(line.split(' ')[1])
        const [word, , waiting] = line.split(' ')
        // Some sent, some still waiting.
        return created > 0 && word === 'status' && Number(waiting) > 0 && Number(waiting) < 190
      },
    )
    await killed(proc)
    const sender = keep(newLaptop('Room 3', from))
    // Every patient the killed laptop had stored is still there, and reaches the others.
    expect(
      sender.db.prepare(`SELECT count(*) FROM patients WHERE family_name = 'Crash'`).pluck().get(),
    ).toBe(200)
    await syncAll(sender, a)
    expect(
      a.db.prepare(`SELECT count(*) FROM patients WHERE family_name = 'Crash'`).pluck().get(),
    ).toBe(200)
    expectConverged(a, sender)
  })
})

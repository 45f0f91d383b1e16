import { execFileSync, spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runHubCli, type HubCliIo } from '../../src/main/cli/hubCli'
import { startHub, type RunningHub } from '../../src/main/hub/hubServer'
import { hubRequest } from '../support/hubClient'
import { newNonce } from '../support/hubFixture'
import { tempFolder } from '../support/tempDatabase'

const CLI = 'out/cli/hub.cjs'
const VITE = 'node_modules/vite/bin/vite.js'
const PASSPHRASE = 'a clinic passphrase'

let folder: ReturnType<typeof tempFolder>
let data: string
let running: RunningHub | undefined
beforeEach(() => {
  folder = tempFolder('runners-hip-hubcli-')
  data = join(folder.dir, 'hub-data')
})
afterEach(async () => {
  await running?.close()
  running = undefined
  folder.cleanup()
})

interface Run {
  code: number | null
  out: string
  err: string
}

/** Runs the built command as a clinic's administrator would, in a child process. */
function hub(
  args: string[],
  options: { passphrase?: string | null; input?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env }
  delete env.RUNNERS_HIP_HUB_PASSPHRASE
  if (options.passphrase !== null) env.RUNNERS_HIP_HUB_PASSPHRASE = options.passphrase ?? PASSPHRASE
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: 'pipe' })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  child.stdin.end(options.input ?? '')
  return new Promise<Run>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, out, err }))
  })
}

/** Starts `start` in a child and resolves once it prints that it runs. */
function startInChild(args: string[]) {
  const env = { ...process.env, RUNNERS_HIP_HUB_PASSPHRASE: PASSPHRASE }
  const child = spawn(process.execPath, [CLI, 'start', ...args], { env, stdio: 'pipe' })
  let out = ''
  let err = ''
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('Ctrl-C stops the hub')) resolve(out)
    })
    void exited.then(() => reject(new Error(`start exited: ${err}`)))
  })
  return { child, ready, exited, output: () => out }
}

// Each step starts Node and opens the hub's encrypted database: slow on a busy machine.
describe('the built hub command (out/cli/hub.cjs)', { timeout: 60_000 }, () => {
  // `npm test` builds it before the unit tests; a unit run on its own builds it here.
  beforeAll(() => {
    if (!existsSync(CLI))
      execFileSync(process.execPath, [VITE, 'build', '-c', 'vite.cli.config.mts'], {
        stdio: 'ignore',
      })
  }, 180_000)

  it('init, code, laptops and revoke: the running hub refuses the revoked laptop at its next request', async () => {
    const init = await hub(['init', '--data', data, '--name', 'Riverside Physio'])
    expect(init.err).toBe('')
    expect(init.code).toBe(0)
    expect(init.out).toContain('Made the hub for "Riverside Physio"')
    const fingerprint = /Certificate fingerprint: ([0-9a-f ]+)/
      .exec(init.out)![1]!
      .replace(/ /g, '')

    running = await startHub({ folder: data, passphrase: PASSPHRASE, host: '127.0.0.1', port: 0 })
    expect(running.fingerprint).toBe(fingerprint)

    // `code` writes to the hub's file while the hub runs.
    const code = await hub(['code', '--data', data])
    expect(code.code).toBe(0)
    const joinCode = /Join code: (\S+)/.exec(code.out)![1]!
    expect(code.out).toContain(`:${running.port}`)
    expect(code.out).toContain(fingerprint.slice(0, 4))
    const joined = await hubRequest(running.url, 'POST', '/v1/join', {
      json: { code: joinCode, laptopName: 'Room 3' },
      pinned: fingerprint,
    })
    expect(joined.status).toBe(200)
    const key = `${joined.body.laptopId}.${joined.body.token}`

    const laptops = await hub(['laptops', '--data', data])
    expect(laptops.code).toBe(0)
    expect(laptops.out).toContain(joined.body.laptopId)
    expect(laptops.out).toContain('Room 3')
    expect(laptops.out).not.toContain(joined.body.token)

    expect((await hubRequest(running.url, 'GET', '/v1/pull?after=0', { key })).status).toBe(200)
    const revoke = await hub(['revoke', 'Room 3', '--data', data])
    expect(revoke.code).toBe(0)
    expect(revoke.out).toContain('Removed "Room 3"')
    const refused = await hubRequest(running.url, 'GET', '/v1/pull?after=0', { key })
    expect(refused.status).toBe(403)
    expect(refused.body.error).toBe('revoked')
    expect((await hub(['laptops', '--data', data])).out).toContain('REMOVED')
  })

  it('a wrong passphrase, a missing folder, an unknown laptop: clear messages, exit 1', async () => {
    await hub(['init', '--data', data, '--name', 'Riverside Physio'])
    const wrong = await hub(['laptops', '--data', data], { passphrase: 'not the passphrase' })
    expect(wrong).toMatchObject({ code: 1, err: 'The passphrase does not open this hub.\n' })
    const missing = await hub(['code', '--data', join(folder.dir, 'nowhere')])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('There is no hub in')
    const nobody = await hub(['revoke', 'Nobody', '--data', data])
    expect(nobody).toMatchObject({ code: 1, err: 'No laptop of this hub has that id or name.\n' })
    const again = await hub(['init', '--data', data, '--name', 'Other'])
    expect(again.code).toBe(1)
    expect(again.err).toContain('already holds a hub; nothing was changed')
    const usage = await hub(['code'])
    expect(usage.code).toBe(2)
    expect(usage.err).toContain('--data <folder>')
  })

  it('asks for the passphrase when no variable gives it (here piped on its input)', async () => {
    await hub(['init', '--data', data, '--name', 'Riverside Physio'])
    const typed = await hub(['laptops', '--data', data], {
      passphrase: null,
      input: `${PASSPHRASE}\n`,
    })
    expect(typed).toMatchObject({ code: 0, out: 'No laptop has joined this hub yet.\n' })
    // Or from a file only the service can read (systemd's LoadCredential).
    const file = join(folder.dir, 'passphrase')
    writeFileSync(file, `${PASSPHRASE}\n`, { mode: 0o600 })
    const fromFile = await hub(['laptops', '--data', data], {
      passphrase: null,
      env: { RUNNERS_HIP_HUB_PASSPHRASE_FILE: file },
    })
    expect(fromFile).toMatchObject({ code: 0, out: 'No laptop has joined this hub yet.\n' })
  })

  it('start prints its address and fingerprint, refuses a port in use, and stops cleanly on SIGTERM', async () => {
    await hub(['init', '--data', data, '--name', 'Riverside Physio'])
    const first = startInChild(['--data', data, '--host', '127.0.0.1', '--port', '0'])
    const printed = await first.ready
    const url = /(https:\/\/127\.0\.0\.1:\d+)/.exec(printed)![1]!
    expect(printed).toMatch(/Certificate fingerprint: [0-9a-f]{4} /)
    const hello = await hubRequest(url, 'GET', `/v1/hello?nonce=${newNonce()}`)
    expect(hello.body.hubName).toBe('Riverside Physio')

    const port = url.split(':').pop()!
    const second = await hub(['start', '--data', data, '--host', '127.0.0.1', '--port', port])
    expect(second.code).toBe(1)
    expect(second.err).toContain(`Port ${port} is already in use`)

    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    expect(first.output()).toContain('The hub has stopped.')
    expect(first.output()).toContain('GET /v1/hello 200')
  })
})

/** The same commands run in this process (as hubMain.ts wires them), what each prints kept. */
function inProcess(passphrase: string | undefined = PASSPHRASE) {
  const said: string[] = []
  const io: HubCliIo = {
    out: (text) => said.push(text),
    err: (text) => said.push(`error: ${text}`),
    env: passphrase === undefined ? {} : { RUNNERS_HIP_HUB_PASSPHRASE: passphrase },
    askPassphrase: () => Promise.resolve(PASSPHRASE),
    stopSignal: () => new Promise<string>(() => {}),
  }
  return { io, said }
}

describe('the hub command, in process', { timeout: 60_000 }, () => {
  it('makes a hub, gives codes, lists and removes laptops, and explains a mistake', async () => {
    const { io, said } = inProcess()
    expect(await runHubCli(['init', '--data', data, '--name', 'Riverside Physio'], io)).toBe(0)
    expect(await runHubCli(['init', '--data', data, '--name', 'Again'], io)).toBe(1)
    expect(await runHubCli(['code', '--data', data], io)).toBe(0)
    expect(said.join('\n')).toMatch(/[0-9A-HJ-NP-Z]{4}-[0-9A-HJ-NP-Z]{4}-[0-9A-HJ-NP-Z]{4}/)
    expect(await runHubCli(['laptops', '--data', data], io)).toBe(0)
    expect(await runHubCli(['revoke', 'Room 9', '--data', data], io)).toBe(1)
    expect(await runHubCli(['frobnicate'], io)).toBe(2)
    expect(await runHubCli(['help'], io)).toBe(0)
    const wrong = inProcess('not the passphrase at all')
    expect(await runHubCli(['laptops', '--data', data], wrong.io)).toBe(1)
    expect(wrong.said.join('\n')).toContain('The passphrase does not open this hub')
    // Asked on the terminal when no variable gives it.
    const asked = inProcess(undefined)
    expect(await runHubCli(['laptops', '--data', data], asked.io)).toBe(0)
  })

  it('runs as the process entry point (hubMain.ts), exiting with the command’s code', async () => {
    const { io } = inProcess()
    expect(await runHubCli(['init', '--data', data, '--name', 'Riverside Physio'], io)).toBe(0)
    const saved = { argv: process.argv, env: process.env }
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    let exited: (code: number) => void = () => {}
    const exit = new Promise<number>((resolve) => (exited = resolve))
    const quit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      exited(code ?? 0)
    }) as never)
    process.argv = ['node', 'hub.cjs', 'laptops', '--data', data]
    process.env = { ...process.env, RUNNERS_HIP_HUB_PASSPHRASE: PASSPHRASE }
    try {
      await import('../../src/main/cli/hubMain')
      expect(await exit).toBe(0)
      expect(out.mock.calls.map(([text]) => String(text)).join('')).toContain('No laptop')
    } finally {
      out.mockRestore()
      quit.mockRestore()
      process.argv = saved.argv
      process.env = saved.env
      process.exitCode = undefined
    }
  })
})

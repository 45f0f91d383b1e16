import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { WrongKeyError } from '../db/connection'
import { groupedFingerprint } from '../hub/hubCertificate'
import { HubExistsError, HubNotFoundError, NotAHubError } from '../hub/hubDatabase'
import { HubPortInUseError, hubAddresses, startHub, type RunningHub } from '../hub/hubServer'
import { initHub, openHubStore, type HubLaptop, type HubStore } from '../hub/hubStore'
import { JOIN_CODE_MINUTES } from '../hub/joinCode'

/** What the hub's command line needs of the process (hubMain.ts wires the real one). */
export interface HubCliIo {
  out: (text: string) => void
  err: (text: string) => void
  env: Record<string, string | undefined>
  /** Asks for the passphrase on the terminal without echoing it. */
  askPassphrase: (prompt: string) => Promise<string>
  /** Resolves when the process is told to stop (Ctrl-C, SIGTERM). */
  stopSignal: () => Promise<string>
  nativeBinding?: string
}

export const PASSPHRASE_ENV = 'RUNNERS_HIP_HUB_PASSPHRASE'
export const PASSPHRASE_FILE_ENV = 'RUNNERS_HIP_HUB_PASSPHRASE_FILE'
const MIN_PASSPHRASE = 10
const DEFAULT_PORT = 8443

export const HUB_USAGE = `Runner's Hip clinic hub

  init    --data <folder> --name "<clinic name>"   make a new hub (database and certificate)
  start   --data <folder> [--host <address>] [--port <port>]   run it (Ctrl-C stops it)
  code    --data <folder>                          a one-time join code for a laptop
  laptops --data <folder>                          the laptops that joined
  revoke  <laptop id or name> --data <folder>      remove a laptop from the clinic

The passphrase comes from ${PASSPHRASE_ENV}, or from the file ${PASSPHRASE_FILE_ENV}
names, or is asked for.`

class UsageError extends Error {}

interface Parsed {
  command: string
  positional: string[]
  flags: Map<string, string>
}

function parse(argv: string[]): Parsed {
  const [command = 'help', ...rest] = argv
  const positional: string[] = []
  const flags = new Map<string, string>()
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!
    const flag = /^--([a-z]+)(?:=(.*))?$/.exec(arg)
    if (!flag) {
      positional.push(arg)
      continue
    }
    const value = flag[2] ?? rest[(i += 1)]
    if (value === undefined) throw new UsageError(`--${flag[1]} needs a value.`)
    flags.set(flag[1]!, value)
  }
  return { command, positional, flags }
}

const dataFolder = (parsed: Parsed) => {
  const data = parsed.flags.get('data')
  if (!data) throw new UsageError('Say where the hub keeps its data: --data <folder>.')
  return resolve(data)
}

const localTime = (iso: string) => new Date(iso).toLocaleString()

/**
 * The hub's command line (`npm run hub -- <command>`, or the installed app's hub.cjs). Returns the
 * exit code: 0 done, 1 refused (wrong passphrase, no hub, port in use…), 2 not understood.
 */
export async function runHubCli(argv: string[], io: HubCliIo): Promise<number> {
  let parsed: Parsed
  try {
    parsed = parse(argv)
    if (['help', '--help', '-h'].includes(parsed.command)) {
      io.out(HUB_USAGE)
      return 0
    }
    return await run(parsed, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${HUB_USAGE}`)
      return 2
    }
    io.err(explain(error))
    return 1
  }
}

function explain(error: unknown): string {
  if (error instanceof WrongKeyError) return 'The passphrase does not open this hub.'
  if (
    error instanceof HubNotFoundError ||
    error instanceof HubExistsError ||
    error instanceof NotAHubError ||
    error instanceof HubPortInUseError
  )
    return error.message
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'EACCES') return 'The hub may not use this port or folder (permission denied).'
  if (code === 'EADDRNOTAVAIL') return 'This machine has no such address to listen on (--host).'
  return `The hub stopped on an unexpected error (${(error as Error)?.name ?? 'unknown'}).`
}

async function passphrase(io: HubCliIo, confirm = false): Promise<string> {
  const fromEnv = io.env[PASSPHRASE_ENV]
  if (fromEnv) return fromEnv
  // A file readable by the service only (systemd's LoadCredential), so that the passphrase is not
  // in the process's environment; its last line break is not part of it.
  const file = io.env[PASSPHRASE_FILE_ENV]
  if (file) {
    if (!existsSync(file)) throw new UsageError(`${PASSPHRASE_FILE_ENV} names no file: ${file}`)
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '')
  }
  const typed = await io.askPassphrase('Hub passphrase: ')
  if (confirm && (await io.askPassphrase('Type it again: ')) !== typed)
    throw new UsageError('The two passphrases differ; nothing was made.')
  return typed
}

/** Opens the store for one command and closes it after. */
async function withStore<T>(parsed: Parsed, io: HubCliIo, use: (store: HubStore) => T) {
  const folder = dataFolder(parsed)
  if (!existsSync(folder)) throw new HubNotFoundError(folder)
  const store = openHubStore(folder, await passphrase(io), {
    ...(io.nativeBinding ? { nativeBinding: io.nativeBinding } : {}),
  })
  try {
    return use(store)
  } finally {
    store.close()
  }
}

const laptopLine = (laptop: HubLaptop) =>
  `  ${laptop.id}  ${laptop.name.padEnd(24)}  joined ${localTime(laptop.joinedAt)}` +
  (laptop.revokedAt ? `  REMOVED ${localTime(laptop.revokedAt)}` : '')

async function run(parsed: Parsed, io: HubCliIo): Promise<number> {
  switch (parsed.command) {
    case 'init': {
      const folder = dataFolder(parsed)
      const name = parsed.flags.get('name')?.trim()
      if (!name || name.length > 120)
        throw new UsageError('Name the clinic (up to 120 characters): --name "<clinic name>".')
      if (existsSync(resolve(folder, 'hub.sqlite'))) throw new HubExistsError(folder)
      const secret = await passphrase(io, true)
      if (secret.length < MIN_PASSPHRASE)
        throw new UsageError(`The passphrase must have at least ${MIN_PASSPHRASE} characters.`)
      const { hubId } = await initHub(folder, secret, name, {
        ...(io.nativeBinding ? { nativeBinding: io.nativeBinding } : {}),
      })
      const fingerprint = await withStore(parsed, io, (store) => store.info().fingerprint)
      io.out(`Made the hub for "${name}" in ${folder} (hub id ${hubId}).`)
      io.out(`Certificate fingerprint: ${groupedFingerprint(fingerprint)}`)
      io.out('Keep the passphrase safe: without it the hub cannot be opened.')
      return 0
    }
    case 'start':
      return start(parsed, io)
    case 'code':
      return withStore(parsed, io, (store) => {
        const code = store.newJoinCode()
        const info = store.info()
        const until = store.openJoinCode()?.expiresAt
        io.out(`Join code: ${code}`)
        io.out(
          `It works once, for ${JOIN_CODE_MINUTES} minutes${until ? ` (until ${new Date(until).toLocaleTimeString()})` : ''}; a new code replaces it.`,
        )
        const port = info.lastPort ?? DEFAULT_PORT
        io.out('On the laptop, type this hub address and the code:')
        for (const address of hubAddresses('0.0.0.0', port)) io.out(`  ${address}`)
        if (info.lastPort === null)
          io.out(
            `  (the hub has not run yet: it listens on ${DEFAULT_PORT} unless started with --port)`,
          )
        io.out(`The laptop must show this fingerprint: ${groupedFingerprint(info.fingerprint)}`)
        return 0
      })
    case 'laptops':
      return withStore(parsed, io, (store) => {
        const laptops = store.laptops()
        if (laptops.length === 0) io.out('No laptop has joined this hub yet.')
        else io.out(`Laptops of "${store.info().name}":\n${laptops.map(laptopLine).join('\n')}`)
        return 0
      })
    case 'revoke': {
      const wanted = parsed.positional.join(' ').trim()
      if (!wanted) throw new UsageError('Say which laptop: revoke <laptop id or name>.')
      return withStore(parsed, io, (store) => {
        const result = store.revoke(wanted)
        if (result.ok) {
          io.out(
            `Removed "${result.laptop.name}" (${result.laptop.id}) from the clinic's hub: ` +
              'its key is refused from its next request.',
          )
          return 0
        }
        if (result.refused === 'not-found') io.err(`No laptop of this hub has that id or name.`)
        else
          io.err(
            `Several laptops have that name; revoke one by its id:\n${result.laptops.map(laptopLine).join('\n')}`,
          )
        return 1
      })
    }
    default:
      throw new UsageError(`Unknown command: ${parsed.command}.`)
  }
}

async function start(parsed: Parsed, io: HubCliIo): Promise<number> {
  const folder = dataFolder(parsed)
  if (!existsSync(folder)) throw new HubNotFoundError(folder)
  const portText = parsed.flags.get('port') ?? String(DEFAULT_PORT)
  const port = Number(portText)
  if (!/^\d{1,5}$/.test(portText) || port > 65535)
    throw new UsageError('--port must be a number from 0 to 65535.')
  const secret = await passphrase(io)
  const hub: RunningHub = await startHub({
    folder,
    passphrase: secret,
    host: parsed.flags.get('host') ?? '0.0.0.0',
    port,
    log: (line) => io.out(`${new Date().toISOString()} ${line}`),
    ...(io.nativeBinding ? { nativeBinding: io.nativeBinding } : {}),
  })
  io.out(`The hub of "${hub.hubName}" is running. Laptops join at:`)
  for (const address of hub.addresses) io.out(`  ${address}`)
  io.out(`Certificate fingerprint: ${groupedFingerprint(hub.fingerprint)}`)
  io.out('Make a join code with the `code` command. Ctrl-C stops the hub.')
  const signal = await io.stopSignal()
  io.out(`${signal}: stopping the hub…`)
  await hub.close()
  io.out('The hub has stopped.')
  return 0
}

import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { networkInterfaces } from 'node:os'
import {
  HUB_PROTOCOL,
  helloNonceSchema,
  joinRequestSchema,
  pullQuerySchema,
  pushRequestSchema,
  type HelloResponse,
  type JoinResponse,
  type PullResponse,
  type PushResponse,
} from '../../shared/sync/hubProtocol'
import { HubRefusal, parseWith, readJsonBody, sendError, sendJson } from './hubHttp'
import {
  BadDocumentError,
  openHubStore,
  type HubLaptop,
  type HubStoreOptions,
  type JoinRefusal,
  type RevokeResult,
} from './hubStore'

export interface StartHubOptions extends HubStoreOptions {
  folder: string
  passphrase: string
  /** Where to listen: every interface by default; tests use 127.0.0.1. */
  host?: string
  /** 8443 by default; 0 picks a free port (tests). */
  port?: number
  /** One line per request (method, path, status, time, laptop id): never content or keys. */
  log?: (line: string) => void
}

export interface RunningHub {
  /** An address this machine answers on (127.0.0.1 when listening on every interface). */
  url: string
  port: number
  /** Every https address laptops on the network can type. */
  addresses: string[]
  hubId: string
  hubName: string
  /** SHA-256 of the certificate's DER, lowercase hex: what laptops pin. */
  fingerprint: string
  certPem: string
  /** A new one-time join code, grouped for reading; it replaces any open code. */
  newJoinCode(): string
  revoke(idOrName: string): RevokeResult
  laptops(): HubLaptop[]
  /** How many long-poll pulls are waiting for a push (tests and the bench wait on it). */
  waitingPulls(): number
  /** Stops listening, answers waiting pulls, waits for requests in flight, closes the database. */
  close(): Promise<void>
}

/** The port is taken (most often: the hub is already running). */
export class HubPortInUseError extends Error {
  override readonly name = 'HubPortInUseError'
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use on this machine. Is the hub already running? ` +
        'Stop it, or start this one with --port <another port>.',
    )
  }
}

const ANY_HOSTS = new Set(['0.0.0.0', '::', ''])
const CLOSE_GRACE_MS = 5000

/** The https addresses laptops can type for a hub listening on `host` and `port`. */
export function hubAddresses(host: string, port: number): string[] {
  const format = (address: string) =>
    `https://${address.includes(':') ? `[${address}]` : address}:${port}`
  if (!ANY_HOSTS.has(host)) return [format(host)]
  const found = Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => format(net!.address))
  return [...found, format('127.0.0.1')]
}

const joinRefusalMessage = (refusal: JoinRefusal) => {
  switch (refusal.refused) {
    case 'no-code':
      return 'No join code is open on the hub (each code works once). Make a new code on the hub.'
    case 'expired':
      return 'This join code has expired (a code lasts 15 minutes). Make a new code on the hub.'
    case 'wrong':
      return refusal.triesLeft > 0
        ? `This join code is not right. ${refusal.triesLeft} ${refusal.triesLeft === 1 ? 'try' : 'tries'} left before it stops working.`
        : 'This join code is not right, and after 5 wrong tries it no longer works. Make a new code on the hub.'
  }
}

/**
 * Starts the clinic's hub: the routes of hubProtocol.ts over HTTPS with the hub's own certificate,
 * on the store in `folder`. Every body and query is parsed with the protocol's schemas; a failure
 * inside a request answers 500 `unavailable` and the hub carries on.
 */
export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const { folder, passphrase, host = '0.0.0.0', port = 8443, log = () => {} } = options
  const store = openHubStore(folder, passphrase, options)
  const info = store.info()
  const waiters = new Set<() => void>()
  const inFlight = new Set<Promise<void>>()
  let closing = false

  const wakeWaiters = () => {
    for (const wake of [...waiters]) wake()
  }

  /** Resolves when a push lands, the wait ends, the hub closes or the laptop goes away. */
  const waitForPush = (seconds: number, response: ServerResponse) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        waiters.delete(done)
        response.off('close', done)
        resolve()
      }
      const timer = setTimeout(done, seconds * 1000)
      waiters.add(done)
      response.on('close', done)
    })

  function authenticated(request: IncomingMessage): HubLaptop {
    const result = store.authenticate(request.headers.authorization)
    if (result.ok) return result.laptop
    if (result.refused === 'revoked')
      throw new HubRefusal(
        403,
        'revoked',
        `This laptop was removed from the clinic's hub on ${result.revokedAt.slice(0, 10)}. ` +
          'Its records stay on it; to sync again it must join with a new code.',
      )
    throw new HubRefusal(
      401,
      'unauthorised',
      "The hub does not know this laptop's key. Join the clinic's hub again with a new code.",
    )
  }

  async function route(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    context: { laptopId?: string },
  ) {
    const at = `${request.method ?? ''} ${url.pathname}`
    if (at === 'GET /v1/hello') {
      const nonce = parseWith(helloNonceSchema, url.searchParams.get('nonce') ?? '', 'nonce')
      const hello: HelloResponse = {
        protocol: HUB_PROTOCOL,
        hubId: info.id,
        hubName: info.name,
        proof: store.proof(nonce, info.fingerprint),
      }
      return sendJson(response, 200, hello)
    }
    if (at === 'POST /v1/join') {
      // Anyone may call join: its body is small, so it is cut off small.
      const body = parseWith(joinRequestSchema, await readJsonBody(request, 4096), 'body')
      const result = store.redeem(body.code, body.laptopName)
      if (!result.ok) throw new HubRefusal(403, 'code-invalid', joinRefusalMessage(result))
      log(`laptop ${result.laptopId} joined`)
      const joined: JoinResponse = {
        hubId: result.hubId,
        hubName: result.hubName,
        laptopId: result.laptopId,
        token: result.token,
      }
      return sendJson(response, 200, joined)
    }
    if (at === 'POST /v1/push') {
      const laptop = authenticated(request)
      context.laptopId = laptop.id
      const body = parseWith(pushRequestSchema, await readJsonBody(request), 'body')
      const docs = body.docs.map((doc) => ({
        docId: doc.docId,
        bytes: new Uint8Array(Buffer.from(doc.bytes, 'base64')),
      }))
      let result: PushResponse
      try {
        result = store.push(docs)
      } catch (error) {
        if (error instanceof BadDocumentError)
          throw new HubRefusal(400, 'bad-request', `body.${error.message}`)
        throw error
      }
      if (result.changed > 0) wakeWaiters()
      return sendJson(response, 200, result)
    }
    if (at === 'GET /v1/pull') {
      const laptop = authenticated(request)
      context.laptopId = laptop.id
      const query = parseWith(pullQuerySchema, Object.fromEntries(url.searchParams), 'query')
      // A laptop ahead of the hub's counter last synced with a hub that has since been restored
      // from an older copy: pulling from its point on would skip the changes made since.
      const hubSeq = store.seq()
      if (query.after > hubSeq)
        throw new HubRefusal(
          409,
          'behind',
          `The hub's changes go up to ${hubSeq} only (was it restored from a copy?): pull again from 0 and send everything again.`,
        )
      let pulled = store.pull(query.after, query.limit)
      if (pulled.docs.length === 0 && query.wait > 0 && !closing) {
        await waitForPush(query.wait, response)
        if (response.destroyed) return
        // The laptop may have been revoked while it waited.
        authenticated(request)
        if (!closing) pulled = store.pull(query.after, query.limit)
      }
      const body: PullResponse = {
        docs: pulled.docs.map((doc) => ({
          docId: doc.docId,
          seq: doc.seq,
          bytes: Buffer.from(doc.bytes).toString('base64'),
        })),
        last: pulled.last,
        remaining: pulled.remaining,
      }
      return sendJson(response, 200, body)
    }
    if (at === 'GET /v1/laptops') {
      authenticated(request)
      return sendJson(response, 200, { laptops: store.laptops() })
    }
    throw new HubRefusal(404, 'not-found', `${url.pathname}: no such address on the hub`)
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const started = Date.now()
    const url = new URL(request.url ?? '/', 'https://hub.invalid')
    const context: { laptopId?: string } = {}
    response.on('finish', () => {
      const laptop = context.laptopId ? ` laptop ${context.laptopId}` : ''
      log(
        `${request.method ?? ''} ${url.pathname} ${response.statusCode} ${Date.now() - started} ms${laptop}`,
      )
    })
    try {
      await route(request, response, url, context)
    } catch (error) {
      if (error instanceof HubRefusal) return sendError(response, error)
      // Names only: a message could quote what was sent.
      log(`${request.method ?? ''} ${url.pathname} failed: ${(error as Error)?.name ?? 'error'}`)
      sendError(
        response,
        new HubRefusal(500, 'unavailable', 'The hub could not do this just now. Try again.'),
      )
    }
  }

  let server: Server
  try {
    server = createServer({ cert: info.certPem, key: info.keyPem }, (request, response) => {
      const work = handle(request, response).finally(() => inFlight.delete(work))
      inFlight.add(work)
    })
    server.on('clientError', (_error, socket) => socket.destroy())
    // Laptops keep their connection between requests, and one may take seconds to write a page
    // of records before its next call: Node's 5 s would close it under them (ECONNRESET).
    server.keepAliveTimeout = 65_000
    server.headersTimeout = 70_000
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new HubPortInUseError(port) : error),
      )
      server.listen(port, host, () => resolve())
    })
  } catch (error) {
    store.close()
    throw error
  }
  const actualPort = (server.address() as AddressInfo).port
  store.setLastPort(actualPort)
  const addresses = hubAddresses(host, actualPort)

  let closed: Promise<void> | undefined
  return {
    url: addresses[addresses.length - 1]!,
    port: actualPort,
    addresses,
    hubId: info.id,
    hubName: info.name,
    fingerprint: info.fingerprint,
    certPem: info.certPem,
    newJoinCode: () => store.newJoinCode(),
    revoke: (idOrName) => store.revoke(idOrName),
    laptops: () => store.laptops(),
    waitingPulls: () => waiters.size,
    close: () =>
      (closed ??= (async () => {
        closing = true
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
        wakeWaiters()
        // Requests in flight finish (a push commits or not, whole); a laptop that stalls while
        // sending is cut off after a few seconds.
        await Promise.race([
          Promise.allSettled([...inFlight]),
          new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref()),
        ])
        server.closeAllConnections()
        await stopped
        store.close()
      })()),
  }
}

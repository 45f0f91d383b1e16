import { createHash, createHmac, randomBytes } from 'node:crypto'
import { Agent, request, type AgentOptions } from 'node:https'
import { connect, type ConnectionOptions, type TLSSocket } from 'node:tls'
import type { Duplex } from 'node:stream'
import type { z } from 'zod'
import {
  helloResponseSchema,
  hubErrorSchema,
  hubProofMessage,
  joinResponseSchema,
  laptopsResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type HubError,
  type JoinResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/hubProtocol'

/** Why a call to the hub failed, in words for the clinician; `kind` says what to do next. */
export class HubCallError extends Error {
  constructor(
    readonly kind: HubError['error'] | 'offline' | 'wrong-hub' | 'bad-answer',
    message: string,
  ) {
    super(message)
    this.name = 'HubCallError'
  }
}

/** A certificate's SHA-256 fingerprint, as lowercase hex of its DER bytes. */
export const fingerprintOfDer = (der: Buffer) => createHash('sha256').update(der).digest('hex')

/** The hello's proof: HMAC-SHA256 keyed by the SHA-256 of the join code (hubProtocol.ts). */
export function joinProof(code: string, fingerprint: string, nonce: string): string {
  const key = createHash('sha256').update(code).digest()
  return createHmac('sha256', key).update(hubProofMessage(fingerprint, nonce)).digest('hex')
}

/**
 * An HTTPS agent that talks only to the hub whose certificate it pinned: the certificate's
 * fingerprint is checked as soon as TLS is up, before a byte of the request (with this laptop's
 * key) is written. The hub's certificate is its own (self-signed), so the usual check against
 * public authorities does not apply; the pin is stronger for this one server. With no pin yet (a
 * first contact, when joining), the fingerprint seen is handed to `seen`.
 */
class PinnedAgent extends Agent {
  constructor(
    private readonly pin: string | undefined,
    private readonly seen?: (fingerprint: string) => void,
    options?: AgentOptions,
  ) {
    super({ keepAlive: true, maxSockets: 4, ...options })
  }

  override createConnection(
    options: ConnectionOptions,
    callback?: (error: Error | null, socket: Duplex) => void,
  ): Duplex | null | undefined {
    const socket: TLSSocket = connect({ ...options, rejectUnauthorized: false })
    // A socket given up on may still report errors: heard and ignored, never left to crash main.
    const giveUp = () => {
      socket.on('error', () => {})
      socket.destroy()
    }
    const fail = (error: Error) => {
      giveUp()
      callback?.(error, socket)
    }
    socket.once('error', fail)
    socket.once('secureConnect', () => {
      socket.off('error', fail)
      const fingerprint = fingerprintOfDer(socket.getPeerCertificate(true).raw)
      this.seen?.(fingerprint)
      if (this.pin !== undefined && fingerprint !== this.pin) {
        giveUp()
        callback?.(
          new HubCallError(
            'wrong-hub',
            'The machine at the hub’s address is not the clinic’s hub (its certificate is not the one this laptop joined). Nothing was sent. Check the address, or ask whoever looks after the hub.',
          ),
          socket,
        )
        return
      }
      callback?.(null, socket)
    })
    return undefined
  }
}

export interface HubAddress {
  host: string
  port: number
}

export function parseAddress(address: string): HubAddress {
  const at = address.lastIndexOf(':')
  const host = address.slice(0, at).replace(/^\[|\]$/g, '')
  return { host, port: Number(address.slice(at + 1)) }
}

/** How long a call may take before the hub counts as unreachable (a long poll adds its wait). */
const TIMEOUT_MS = 30_000

/** One hub, one laptop's key: the calls of hubProtocol.ts, each answer parsed with its schema. */
export class HubClient {
  private readonly agent: PinnedAgent

  constructor(
    private readonly address: HubAddress,
    pin: string,
    private readonly bearer?: string,
  ) {
    this.agent = new PinnedAgent(pin)
  }

  push(docs: PushRequest['docs']): Promise<PushResponse> {
    return this.call('POST', '/v1/push', pushResponseSchema, { docs })
  }

  pull(after: number, limit: number, wait = 0, signal?: AbortSignal): Promise<PullResponse> {
    return this.call(
      'GET',
      `/v1/pull?after=${after}&limit=${limit}&wait=${wait}`,
      pullResponseSchema,
      undefined,
      { timeout: TIMEOUT_MS + wait * 1000, signal },
    )
  }

  laptops() {
    return this.call('GET', '/v1/laptops', laptopsResponseSchema)
  }

  close() {
    this.agent.destroy()
  }

  private call<T extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: T,
    body?: unknown,
    { timeout = TIMEOUT_MS, signal }: { timeout?: number; signal?: AbortSignal } = {},
  ): Promise<z.output<T>> {
    return callHub(this.agent, this.address, method, path, schema, body, {
      timeout,
      ...(signal ? { signal } : {}),
      ...(this.bearer ? { bearer: this.bearer } : {}),
    })
  }
}

/**
 * Joins the hub at `address` with its one-time code: checks that the machine answering knows the
 * code (its proof, over the certificate this laptop sees), then redeems the code for this
 * laptop's key. Returns the key and the certificate fingerprint to pin from now on.
 */
export async function joinHub(
  address: HubAddress,
  code: string,
  laptopName: string,
): Promise<JoinResponse & { fingerprint: string }> {
  let fingerprint: string | undefined
  const firstContact = new PinnedAgent(undefined, (seen) => (fingerprint ??= seen))
  try {
    const nonce = randomBytes(16).toString('hex')
    const hello = await callHub(
      firstContact,
      address,
      'GET',
      `/v1/hello?nonce=${nonce}`,
      helloResponseSchema,
    )
    if (!fingerprint) throw new HubCallError('bad-answer', 'The hub did not show a certificate.')
    if (hello.proof === null)
      throw new HubCallError(
        'code-invalid',
        'The hub has no join code open: show a new code on the hub and type it here.',
      )
    if (hello.proof !== joinProof(code, fingerprint, nonce))
      throw new HubCallError(
        'code-invalid',
        'That code is not the one the hub shows (or the machine at this address is not the clinic’s hub). Check both and try again.',
      )
    const pinned = new PinnedAgent(fingerprint)
    try {
      const joined = await callHub(pinned, address, 'POST', '/v1/join', joinResponseSchema, {
        code,
        laptopName,
      })
      return { ...joined, fingerprint }
    } finally {
      pinned.destroy()
    }
  } finally {
    firstContact.destroy()
  }
}

/**
 * One call. A kept-alive connection the hub closed meanwhile (it restarted) fails as soon as it is
 * used: that call is made once more on a new connection, as Node's documentation advises
 * (`request.reusedSocket`). Every call is safe to repeat: a push merges, a pull reads.
 */
function callHub<T extends z.ZodType>(
  agent: Agent,
  address: HubAddress,
  method: 'GET' | 'POST',
  path: string,
  schema: T,
  body?: unknown,
  options: { timeout?: number; bearer?: string; signal?: AbortSignal } = {},
): Promise<z.output<T>> {
  return callOnce(agent, address, method, path, schema, body, options).catch((error: unknown) => {
    if (error instanceof StaleConnection)
      return callOnce(agent, address, method, path, schema, body, options)
    throw error
  })
}

class StaleConnection extends Error {}

function callOnce<T extends z.ZodType>(
  agent: Agent,
  address: HubAddress,
  method: 'GET' | 'POST',
  path: string,
  schema: T,
  body?: unknown,
  {
    timeout = TIMEOUT_MS,
    bearer,
    signal,
  }: { timeout?: number; bearer?: string; signal?: AbortSignal } = {},
): Promise<z.output<T>> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: address.host,
        port: address.port,
        method,
        path,
        timeout,
        ...(signal ? { signal } : {}),
        headers: {
          accept: 'application/json',
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': payload.length }
            : {}),
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', (error) => reject(offline(error)))
        res.on('end', () => {
          let json: unknown
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8'))
          } catch {
            reject(new HubCallError('bad-answer', 'The hub’s answer could not be read.'))
            return
          }
          if (res.statusCode !== 200) {
            const refusal = hubErrorSchema.safeParse(json)
            reject(
              refusal.success
                ? new HubCallError(refusal.data.error, refusal.data.message)
                : new HubCallError('bad-answer', `The hub refused (HTTP ${res.statusCode}).`),
            )
            return
          }
          const parsed = schema.safeParse(json)
          if (parsed.success) resolve(parsed.data)
          else
            reject(
              new HubCallError(
                'bad-answer',
                'The hub’s answer is not what this app expects: is the hub the same version?',
              ),
            )
        })
      },
    )
    req.on('timeout', () =>
      req.destroy(new HubCallError('offline', 'The hub did not answer in time.')),
    )
    req.on('error', (error) => {
      const code = (error as { code?: unknown }).code
      if (req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE'))
        reject(new StaleConnection())
      else reject(error instanceof HubCallError ? error : offline(error))
    })
    req.end(payload)
  })
}

const offline = (error: Error) =>
  new HubCallError(
    'offline',
    `The hub cannot be reached${'code' in error && typeof error.code === 'string' ? ` (${error.code})` : ''}: work goes on here, and changes wait until it can.`,
  )

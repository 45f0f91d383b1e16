import { createHash } from 'node:crypto'
import { request } from 'node:https'
import type { TLSSocket } from 'node:tls'

export interface HubAnswer {
  status: number
  // The test reads the answer's fields; each test parses what it checks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  /** SHA-256 of the certificate the hub presented, lowercase hex. */
  fingerprint: string
}

export interface HubRequestOptions {
  /** A value sent as JSON. */
  json?: unknown
  /** A body sent as is (malformed JSON, oversize bodies). */
  raw?: string | Buffer
  /** `<laptopId>.<token>`, sent as `Authorization: Bearer …`. */
  key?: string
  /** The fingerprint the laptop pinned: the answer is refused if the hub shows another. */
  pinned?: string
}

/**
 * One HTTPS request to a hub, as a laptop makes it: the hub's self-signed certificate is not
 * checked against an authority but against the fingerprint pinned at join.
 */
export function hubRequest(
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  options: HubRequestOptions = {},
): Promise<HubAnswer> {
  const body =
    options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json))
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, baseUrl),
      {
        method,
        agent: false,
        rejectUnauthorized: false,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        },
      },
      (res) => {
        const raw = (res.socket as TLSSocket).getPeerCertificate().raw
        const fingerprint = createHash('sha256').update(raw).digest('hex')
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown = text
          try {
            parsed = JSON.parse(text)
          } catch {
            // Left as text: the test sees what came.
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, fingerprint })
        })
      },
    )
    req.on('socket', (socket) => {
      socket.on('secureConnect', () => {
        if (!options.pinned) return
        const raw = (socket as TLSSocket).getPeerCertificate().raw
        if (createHash('sha256').update(raw).digest('hex') !== options.pinned)
          req.destroy(new Error('The hub showed another certificate than the one pinned'))
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import { MAX_BODY_BYTES, type HubError } from '../../shared/sync/hubProtocol'

/** A request the hub refuses, with its HTTP status and the protocol's error kind. */
export class HubRefusal extends Error {
  override readonly name = 'HubRefusal'
  constructor(
    readonly status: number,
    readonly kind: HubError['error'],
    message: string,
  ) {
    super(message)
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown) {
  if (response.headersSent || response.destroyed) return
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  response.end(text)
}

export function sendError(response: ServerResponse, refusal: HubRefusal) {
  const body: HubError = { error: refusal.kind, message: refusal.message.slice(0, 400) }
  // A refused body may still be arriving: close the connection rather than read it.
  if (refusal.status === 413 || refusal.status === 401 || refusal.status === 403)
    response.setHeader('connection', 'close')
  sendJson(response, refusal.status, body)
}

/**
 * The message for the first problem zod found, naming the field (`docs.3.docId: Not a shared
 * document id`) and never quoting the value sent.
 */
export function describeIssue(error: z.ZodError, where: string): string {
  const issue = error.issues[0]
  if (!issue) return `${where} is not valid`
  const path = issue.path.map(String).join('.')
  return `${path ? `${where}.${path}` : where}: ${issue.message}`
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: string) {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new HubRefusal(400, 'bad-request', describeIssue(parsed.error, where))
  return parsed.data as z.infer<T>
}

/** Reads a JSON body of at most MAX_BODY_BYTES; more is 413 `too-large`, bad JSON 400. */
export async function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES) {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw tooLarge(limit)
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HubRefusal(400, 'bad-request', 'body: not valid JSON')
  }
}

const tooLarge = (limit: number) =>
  new HubRefusal(
    413,
    'too-large',
    limit >= 1024 * 1024
      ? `body: more than ${Math.round(limit / (1024 * 1024))} MB; send fewer documents at a time`
      : `body: more than ${limit} bytes`,
  )

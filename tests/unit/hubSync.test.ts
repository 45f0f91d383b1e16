import * as A from '@automerge/automerge'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { hubFile, openHubDatabase } from '../../src/main/hub/hubDatabase'
import {
  MAX_BODY_BYTES,
  pullResponseSchema,
  pushResponseSchema,
} from '../../src/shared/sync/hubProtocol'
import { hubRequest } from '../support/hubClient'
import { HUB_PASSPHRASE, aRunningHub, joinLaptop } from '../support/hubFixture'

let ctx: Awaited<ReturnType<typeof aRunningHub>>
let roomA: string
let roomB: string
beforeEach(async () => {
  ctx = await aRunningHub()
  roomA = (await joinLaptop(ctx.hub, 'Room A')).key
  roomB = (await joinLaptop(ctx.hub, 'Room B')).key
})
afterEach(() => ctx.cleanup())

type Patient = { name: A.ImmutableString; phone?: A.ImmutableString; notes?: string }

const actorA = 'aa'.repeat(16)
const actorB = 'bb'.repeat(16)
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const text = (value: string) => new A.ImmutableString(value)
const aPatientDoc = (name: string, actor = actorA) =>
  A.from<Patient>({ name: text(name) }, { actor })

const push = (key: string, docs: { docId: string; doc: A.Doc<unknown> }[]) =>
  hubRequest(ctx.hub.url, 'POST', '/v1/push', {
    key,
    json: { docs: docs.map(({ docId, doc }) => ({ docId, bytes: b64(A.save(doc)) })) },
    pinned: ctx.hub.fingerprint,
  })
const pull = async (key: string, query: string) => {
  const answer = await hubRequest(ctx.hub.url, 'GET', `/v1/pull?${query}`, {
    key,
    pinned: ctx.hub.fingerprint,
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return pullResponseSchema.parse(answer.body)
}
const loaded = <T>(bytes: string) => A.load<T>(new Uint8Array(Buffer.from(bytes, 'base64')))

describe('push and pull through the hub', () => {
  it('carries real Automerge documents from one laptop to another; pushing them again changes nothing', async () => {
    const docs = ['Zebulon Quartermaine', 'Ada Byrne', 'Noor Haddad'].map((name) => ({
      docId: `patient/${randomUUID()}`,
      doc: aPatientDoc(name),
    }))
    const first = await push(roomA, docs)
    expect(first.status).toBe(200)
    expect(pushResponseSchema.parse(first.body)).toEqual({ changed: 3, seq: 3 })

    const got = await pull(roomB, 'after=0')
    expect(got.docs.map((doc) => [doc.docId, doc.seq])).toEqual(
      docs.map((doc, i) => [doc.docId, i + 1]),
    )
    expect(got.last).toBe(3)
    expect(got.remaining).toBe(0)
    expect(got.docs.map((doc) => loaded<Patient>(doc.bytes).name.toString())).toEqual([
      'Zebulon Quartermaine',
      'Ada Byrne',
      'Noor Haddad',
    ])

    // The same documents again (a retry after a lost answer): no seq moves.
    expect((await push(roomA, docs)).body).toEqual({ changed: 0, seq: 3 })
    expect(await pull(roomB, 'after=3')).toEqual({ docs: [], last: 3, remaining: 0 })
    // The hub never logs what it relays.
    expect(ctx.logs.join('\n')).not.toContain('Zebulon')
  })

  it('keeps both sides of a same-field edit made on two laptops offline, and merges other fields', async () => {
    const docId = `patient/${randomUUID()}`
    const base = aPatientDoc('Ann Smith')
    await push(roomA, [{ docId, doc: base }])
    const fromHub = (await pull(roomB, 'after=0')).docs[0]!.bytes
    const onB = A.load<Patient>(new Uint8Array(Buffer.from(fromHub, 'base64')), { actor: actorB })

    const editedA = A.change(A.clone(base, { actor: actorA }), (d) => {
      d.name = text('Anne Smith')
    })
    const editedB = A.change(onB, (d) => {
      d.name = text('Ann Smyth')
      d.phone = text('07700 900123')
    })
    expect((await push(roomA, [{ docId, doc: editedA }])).body).toMatchObject({ changed: 1 })
    expect((await push(roomB, [{ docId, doc: editedB }])).body).toMatchObject({ changed: 1 })

    const merged = loaded<Patient>((await pull(roomA, 'after=1')).docs[0]!.bytes)
    const conflicts = A.getConflicts(merged, 'name') ?? {}
    expect(Object.values(conflicts).map(String).sort()).toEqual(['Ann Smyth', 'Anne Smith'])
    expect(merged.phone?.toString()).toBe('07700 900123')
    // Both laptops' histories are in the hub's copy.
    expect(A.getHeads(merged)).toHaveLength(2)
  })

  it('pages a large pull, saying how many remain', async () => {
    const docs = Array.from({ length: 7 }, (_, i) => ({
      docId: `assessment/${randomUUID()}`,
      doc: aPatientDoc(`Runner ${i}`),
    }))
    await push(roomA, docs)
    const seen: string[] = []
    const pages: number[][] = []
    let after = 0
    for (;;) {
      const page = await pull(roomB, `after=${after}&limit=3`)
      if (page.docs.length === 0) break
      pages.push([page.docs.length, page.remaining])
      seen.push(...page.docs.map((doc) => doc.docId))
      after = page.last
    }
    expect(pages).toEqual([
      [3, 4],
      [3, 1],
      [1, 0],
    ])
    expect(seen).toEqual(docs.map((doc) => doc.docId))
  })

  it('a long poll answers as soon as another laptop pushes, and empty when its wait ends', async () => {
    const started = Date.now()
    const waiting = pull(roomB, 'after=0&wait=30')
    await vi.waitFor(() => expect(ctx.hub.waitingPulls()).toBe(1), { timeout: 20_000 })
    const docId = `clinician/${randomUUID()}`
    await push(roomA, [{ docId, doc: aPatientDoc('Dr Kim') }])
    const woken = await waiting
    expect(woken.docs.map((doc) => doc.docId)).toEqual([docId])
    expect(Date.now() - started).toBeLessThan(20_000)

    const quiet = Date.now()
    expect(await pull(roomB, `after=${woken.last}&wait=1`)).toEqual({
      docs: [],
      last: woken.last,
      remaining: 0,
    })
    expect(Date.now() - quiet).toBeGreaterThanOrEqual(900)
  })

  it('closing the hub releases a waiting pull', async () => {
    const waiting = pull(roomB, 'after=0&wait=60')
    await vi.waitFor(() => expect(ctx.hub.waitingPulls()).toBe(1), { timeout: 20_000 })
    // The pull is answered (empty) before close resolves: close waits for requests in flight.
    await ctx.hub.close()
    expect((await waiting).docs).toEqual([])
  })
})

describe('what the hub refuses', () => {
  it('malformed JSON, a bad document id, bytes that are not Automerge, a bad query: 400 naming the field', async () => {
    const post = (raw: string) => hubRequest(ctx.hub.url, 'POST', '/v1/push', { key: roomA, raw })
    expect((await post('{"docs": [')).body).toEqual({
      error: 'bad-request',
      message: 'body: not valid JSON',
    })
    const badId = await post(JSON.stringify({ docs: [{ docId: 'patient/1', bytes: 'AAAA' }] }))
    expect(badId.status).toBe(400)
    expect(badId.body.message).toBe('body.docs.0.docId: Not a shared document id')
    const good = { docId: `patient/${randomUUID()}`, bytes: b64(A.save(aPatientDoc('X'))) }
    const notAutomerge = await post(
      JSON.stringify({ docs: [good, { docId: `patient/${randomUUID()}`, bytes: 'AAECAwQF' }] }),
    )
    expect(notAutomerge.status).toBe(400)
    expect(notAutomerge.body.message).toBe('body.docs.1.bytes: not an Automerge document')
    // The whole push was refused: the good document was not stored either.
    expect((await pull(roomB, 'after=0')).docs).toEqual([])

    const badQuery = await hubRequest(ctx.hub.url, 'GET', '/v1/pull?after=-1', { key: roomA })
    expect(badQuery.status).toBe(400)
    expect(badQuery.body.message).toMatch(/^query\.after: /)
    // A laptop ahead of the hub (restored from an older copy) is told to start again from 0.
    const ahead = await hubRequest(ctx.hub.url, 'GET', '/v1/pull?after=5', { key: roomA })
    expect(ahead.status).toBe(409)
    expect(ahead.body.error).toBe('behind')
    expect(ahead.body.message).toContain('pull again from 0')
    const nowhere = await hubRequest(ctx.hub.url, 'GET', '/v2/anything', { key: roomA })
    expect(nowhere.status).toBe(404)
    expect(nowhere.body.error).toBe('not-found')
  })

  it('a failure inside the hub answers 500 unavailable, quotes nothing, and the hub carries on', async () => {
    // The documents' table taken away under the running hub (through a second handle).
    const other = openHubDatabase(ctx.folder, HUB_PASSPHRASE)
    other.exec('ALTER TABLE docs RENAME TO docs_away')
    const docs = [{ docId: `patient/${randomUUID()}`, doc: aPatientDoc('Zebulon Quartermaine') }]
    const failed = await push(roomA, docs)
    expect(failed.status).toBe(500)
    expect(failed.body).toEqual({
      error: 'unavailable',
      message: 'The hub could not do this just now. Try again.',
    })
    other.exec('ALTER TABLE docs_away RENAME TO docs')
    other.close()
    expect((await push(roomA, docs)).body).toEqual({ changed: 1, seq: 1 })
    expect(ctx.logs.join('\n')).toContain('POST /v1/push failed: SqliteError')
  })

  it('a body over the limit: 413 too-large', async () => {
    const huge = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20)
    const answer = await hubRequest(ctx.hub.url, 'POST', '/v1/push', { key: roomA, raw: huge })
    expect(answer.status).toBe(413)
    expect(answer.body.error).toBe('too-large')
    expect(answer.body.message).toContain('more than 32 MB')
    // The hub carries on.
    expect((await pull(roomA, 'after=0')).docs).toEqual([])
  })
})

describe('the hub at rest', () => {
  it('restarted on the same folder, keeps its documents, laptops and certificate', async () => {
    const docId = `patient/${randomUUID()}`
    await push(roomA, [{ docId, doc: aPatientDoc('Zebulon Quartermaine') }])
    const { fingerprint, hubId } = ctx.hub
    await ctx.hub.close()
    ctx.hub = await ctx.start()
    expect(ctx.hub.fingerprint).toBe(fingerprint)
    expect(ctx.hub.hubId).toBe(hubId)
    expect(ctx.hub.laptops().map((laptop) => laptop.name)).toEqual(['Room A', 'Room B'])
    const got = await pull(roomB, 'after=0')
    expect(got.docs.map((doc) => doc.docId)).toEqual([docId])
    // The next change continues the counter.
    expect((await push(roomA, [{ docId: 'clinic', doc: aPatientDoc('Riverside') }])).body).toEqual({
      changed: 1,
      seq: 2,
    })
  })

  it('its database file holds nothing in clear: no SQLite header, no record text, no private key', async () => {
    await push(roomA, [
      { docId: `patient/${randomUUID()}`, doc: aPatientDoc('Zebulon Quartermaine') },
    ])
    await ctx.hub.close()
    ctx.hub = await ctx.start()
    const file = hubFile(ctx.folder)
    for (const part of [file, `${file}-wal`].filter(existsSync)) {
      const bytes = readFileSync(part)
      expect(bytes.includes('SQLite format 3'), part).toBe(false)
      expect(bytes.includes('Zebulon'), part).toBe(false)
      expect(bytes.includes('PRIVATE KEY'), part).toBe(false)
    }
    expect(readFileSync(file).length).toBeGreaterThan(0)
  })
})

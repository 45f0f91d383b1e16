import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { joinProof } from '../../src/main/hub/joinCode'
import { openHubStore } from '../../src/main/hub/hubStore'
import {
  helloResponseSchema,
  hubErrorSchema,
  joinResponseSchema,
  laptopsResponseSchema,
} from '../../src/shared/sync/hubProtocol'
import { hubRequest } from '../support/hubClient'
import { HUB_PASSPHRASE, aRunningHub, joinLaptop, newNonce } from '../support/hubFixture'

let ctx: Awaited<ReturnType<typeof aRunningHub>>
beforeEach(async () => {
  ctx = await aRunningHub()
})
afterEach(() => ctx.cleanup())

const join = (code: string, laptopName = 'Room 2 laptop') =>
  hubRequest(ctx.hub.url, 'POST', '/v1/join', { json: { code, laptopName } })

/** A code of the right shape that is not the open one. */
const otherCode = (code: string) => code.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'))

describe('joining the clinic hub with a one-time code', () => {
  it('gives a laptop its id and key once; the same code is refused the second time', async () => {
    const code = ctx.hub.newJoinCode()
    expect(code).toMatch(/^[0-9A-HJ-NP-Z]{4}-[0-9A-HJ-NP-Z]{4}-[0-9A-HJ-NP-Z]{4}$/)
    // Typed in small letters with spaces instead of dashes: still the same code.
    const first = await join(code.toLowerCase().replace(/-/g, ' '))
    expect(first.status).toBe(200)
    const joined = joinResponseSchema.parse(first.body)
    expect(joined.hubName).toBe('Riverside Physio')
    expect(joined.hubId).toBe(ctx.hub.hubId)
    expect(first.fingerprint).toBe(ctx.hub.fingerprint)

    const again = await join(code, 'Someone else')
    expect(again.status).toBe(403)
    expect(hubErrorSchema.parse(again.body).error).toBe('code-invalid')
    expect(again.body.message).toContain('No join code is open')

    // The laptop's key works; the hub lists the laptop by name.
    const listed = await hubRequest(ctx.hub.url, 'GET', '/v1/laptops', {
      key: `${joined.laptopId}.${joined.token}`,
    })
    expect(listed.status).toBe(200)
    expect(laptopsResponseSchema.parse(listed.body).laptops).toEqual([
      expect.objectContaining({ id: joined.laptopId, name: 'Room 2 laptop', revokedAt: null }),
    ])
    // The hub keeps the key's hash only; the log names neither the key nor the code.
    const logged = ctx.logs.join('\n')
    expect(logged).not.toContain(joined.token)
    expect(logged).not.toContain(code)
  })

  it('refuses a wrong code and an expired code, each with its own message', async () => {
    const code = ctx.hub.newJoinCode()
    const wrong = await join(otherCode(code))
    expect(wrong.status).toBe(403)
    expect(wrong.body).toEqual({
      error: 'code-invalid',
      message: 'This join code is not right. 4 tries left before it stops working.',
    })

    // A code made 16 minutes ago (the store's clock moved back) has expired.
    const past = openHubStore(ctx.folder, HUB_PASSPHRASE, {
      now: () => new Date(Date.now() - 16 * 60 * 1000),
    })
    const old = past.newJoinCode()
    past.close()
    const expired = await join(old)
    expect(expired.status).toBe(403)
    expect(expired.body.error).toBe('code-invalid')
    expect(expired.body.message).toContain('expired')

    // A code that is no code at all is a bad request naming the field.
    const nonsense = await join('hello')
    expect(nonsense.status).toBe(400)
    expect(nonsense.body).toEqual({
      error: 'bad-request',
      message: 'body.code: A join code is 12 letters and digits',
    })
  })

  it('voids the code after 5 wrong tries: the right code no longer works', async () => {
    const code = ctx.hub.newJoinCode()
    const messages: string[] = []
    for (let i = 0; i < 5; i += 1) messages.push((await join(otherCode(code))).body.message)
    expect(messages[3]).toContain('1 try left')
    expect(messages[4]).toContain('after 5 wrong tries it no longer works')
    const right = await join(code)
    expect(right.status).toBe(403)
    expect(right.body.message).toContain('No join code is open')
    expect(ctx.hub.laptops()).toEqual([])
  })

  it('a new code replaces the open one', async () => {
    const first = ctx.hub.newJoinCode()
    const second = ctx.hub.newJoinCode()
    expect((await join(first)).status).toBe(403)
    expect((await join(second)).status).toBe(200)
  })

  it("proves the hub knows the code: the proof matches the hub's certificate and no other", async () => {
    const nonce = newNonce()
    const before = await hubRequest(ctx.hub.url, 'GET', `/v1/hello?nonce=${nonce}`)
    expect(helloResponseSchema.parse(before.body).proof).toBeNull()

    const code = ctx.hub.newJoinCode()
    const hello = await hubRequest(ctx.hub.url, 'GET', `/v1/hello?nonce=${nonce}`)
    const proof = helloResponseSchema.parse(hello.body).proof
    // The laptop recomputes it from the code typed and the certificate it sees.
    expect(proof).toBe(joinProof(code, hello.fingerprint, nonce))
    const anotherCertificate = 'ab'.repeat(32)
    expect(proof).not.toBe(joinProof(code, anotherCertificate, nonce))
    expect(proof).not.toBe(joinProof(code, hello.fingerprint, newNonce()))
    expect(proof).not.toBe(joinProof(otherCode(code), hello.fingerprint, nonce))

    const badNonce = await hubRequest(ctx.hub.url, 'GET', '/v1/hello?nonce=xyz')
    expect(badNonce.status).toBe(400)
    expect(badNonce.body.message).toBe('nonce: Not a nonce')
  })
})

describe("a laptop's key", () => {
  it('unknown or malformed: 401 unauthorised', async () => {
    const { laptopId } = await joinLaptop(ctx.hub, 'Front desk')
    for (const key of [undefined, 'nonsense', `${laptopId}.${'0'.repeat(64)}`]) {
      const answer = await hubRequest(ctx.hub.url, 'GET', '/v1/pull?after=0', { key })
      expect(answer.status, String(key)).toBe(401)
      expect(hubErrorSchema.parse(answer.body).error).toBe('unauthorised')
    }
  })

  it('revoked by the running hub, or from a second handle on its file as the command line does: 403 revoked', async () => {
    const a = await joinLaptop(ctx.hub, 'Room 1')
    const b = await joinLaptop(ctx.hub, 'Room 2')
    expect((await hubRequest(ctx.hub.url, 'GET', '/v1/pull?after=0', { key: a.key })).status).toBe(
      200,
    )

    expect(ctx.hub.revoke('Room 1')).toMatchObject({ ok: true, laptop: { id: a.laptopId } })
    const refusedA = await hubRequest(ctx.hub.url, 'GET', '/v1/pull?after=0', { key: a.key })
    expect(refusedA.status).toBe(403)
    expect(refusedA.body.error).toBe('revoked')
    expect(refusedA.body.message).toContain("removed from the clinic's hub on")

    const cli = openHubStore(ctx.folder, HUB_PASSPHRASE)
    try {
      expect(cli.revoke(b.laptopId)).toMatchObject({ ok: true, laptop: { name: 'Room 2' } })
      expect(cli.revoke('Nobody')).toEqual({ ok: false, refused: 'not-found' })
    } finally {
      cli.close()
    }
    const refusedB = await hubRequest(ctx.hub.url, 'POST', '/v1/push', {
      key: b.key,
      json: { docs: [] },
    })
    expect(refusedB.status).toBe(403)
    expect(refusedB.body.error).toBe('revoked')
    expect(ctx.hub.laptops().every((laptop) => laptop.revokedAt !== null)).toBe(true)
  })

  it('two laptops of the same name: revoking by name is refused as ambiguous, by id works', async () => {
    const first = await joinLaptop(ctx.hub, 'Laptop')
    await joinLaptop(ctx.hub, 'Laptop')
    const byName = ctx.hub.revoke('laptop')
    expect(byName).toMatchObject({ ok: false, refused: 'ambiguous' })
    expect(ctx.hub.revoke(first.laptopId)).toMatchObject({ ok: true })
    // Now only one of that name is still in the clinic.
    expect(ctx.hub.revoke('Laptop')).toMatchObject({ ok: true })
  })
})

import { z } from 'zod'

/**
 * What a laptop and the clinic's hub say to each other (docs/sync.md): HTTPS, JSON bodies, each
 * parsed on arrival with these schemas, on both sides. The hub relays Automerge documents; it
 * never reads a record's content, and a laptop checks every record it receives with the record's
 * own shared schema before it is shown anywhere.
 *
 *   GET  /v1/hello?nonce=…   no key   the hub's id and name, and proof it knows the join code
 *   POST /v1/join            no key   a one-time join code → this laptop's id and key
 *   POST /v1/push            key      whole documents (Automerge `save`), merged into the hub's
 *   GET  /v1/pull?after=&limit=&wait=  key   documents changed after a point, oldest change first
 *   GET  /v1/laptops         key      the clinic's laptops by id and name (whose edit is whose)
 *
 * A key travels as `Authorization: Bearer <laptopId>.<token>`. The hub keeps only the token's
 * SHA-256, so its file does not hold the laptops' keys.
 */
export const HUB_PROTOCOL = 1

/** Automerge's bytes travel as base64 in JSON. */
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64')
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 in hex')

/** The most documents one push or pull carries, and the most bytes a request body may have. */
export const MAX_DOCS_PER_REQUEST = 500
export const MAX_BODY_BYTES = 32 * 1024 * 1024

/**
 * A shared document's id: one record each (a patient, an assessment while a draft, a signed
 * assessment, an addendum, a clinician),
 * the clinic's details, and each laptop's audit trail in chunks (documentIds.ts builds them).
 */
export const docIdSchema = z
  .string()
  .regex(
    /^(?:(?:patient|assessment|signed|addendum|clinician)\/[0-9a-f-]{36}|clinic|audit\/[0-9a-f-]{36}\/\d{1,9})$/,
    'Not a shared document id',
  )
export type DocId = z.infer<typeof docIdSchema>

/** A join code as shown on the hub: 12 letters and digits in three groups (about 60 bits). */
export const joinCodeSchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[0-9A-HJ-NP-Z]{12}$/, 'A join code is 12 letters and digits'))

export const helloResponseSchema = z.object({
  protocol: z.literal(HUB_PROTOCOL),
  hubId: z.uuid(),
  hubName: z.string().max(120),
  /**
   * HMAC-SHA256 over `runners-hip hub|<certificate SHA-256 fingerprint>|<nonce>`, keyed with the
   * 32 bytes of SHA-256 of the open join code (normalised by joinCodeSchema, UTF-8), or null when
   * no code is open. Keyed by the code's hash because the hub keeps only that hash; the laptop
   * hashes the code typed (src/main/hub/joinCode.ts `joinProof` does both steps).
   * The laptop recomputes it with the certificate it sees: a machine in the middle, with its own
   * certificate and without the code, cannot produce it.
   */
  proof: hex64.nullable(),
})
export type HelloResponse = z.infer<typeof helloResponseSchema>

export const helloNonceSchema = z.string().regex(/^[0-9a-f]{32}$/, 'Not a nonce')

export const joinRequestSchema = z.object({
  code: joinCodeSchema,
  laptopName: z.string().trim().min(1).max(80),
})
export const joinResponseSchema = z.object({
  hubId: z.uuid(),
  hubName: z.string().max(120),
  laptopId: z.uuid(),
  /** The laptop's key: 32 random bytes in hex, shown once, kept only as its hash by the hub. */
  token: hex64,
})
export type JoinResponse = z.infer<typeof joinResponseSchema>

export const pushRequestSchema = z.object({
  docs: z.array(z.object({ docId: docIdSchema, bytes: base64.min(1) })).max(MAX_DOCS_PER_REQUEST),
})
export type PushRequest = z.infer<typeof pushRequestSchema>
export const pushResponseSchema = z.object({
  /** Documents the push changed on the hub (a document it already had whole changes nothing). */
  changed: z.number().int().min(0),
  /** The hub's change counter after the push. */
  seq: z.number().int().min(0),
})
export type PushResponse = z.infer<typeof pushResponseSchema>

export const pullQuerySchema = z.object({
  after: z.coerce.number().int().min(0),
  limit: z.coerce.number().int().min(1).max(MAX_DOCS_PER_REQUEST).default(200),
  /** Seconds to hold the request open when nothing is newer (a long poll); 0 answers at once. */
  wait: z.coerce.number().int().min(0).max(60).default(0),
})
export const pullResponseSchema = z.object({
  docs: z.array(z.object({ docId: docIdSchema, seq: z.number().int().min(1), bytes: base64 })),
  /** The highest change number in `docs`, or `after` when there were none. */
  last: z.number().int().min(0),
  /** How many documents changed after `last`: what is still to come (for progress). */
  remaining: z.number().int().min(0),
})
export type PullResponse = z.infer<typeof pullResponseSchema>

export const laptopsResponseSchema = z.object({
  laptops: z.array(
    z.object({
      id: z.uuid(),
      name: z.string().max(80),
      joinedAt: z.iso.datetime(),
      revokedAt: z.iso.datetime().nullable(),
    }),
  ),
})
export type HubLaptops = z.infer<typeof laptopsResponseSchema>['laptops']

/** Why the hub refused a request; `message` is written for the clinician and quotes nothing. */
export const hubErrorKinds = [
  'bad-request',
  'unauthorised',
  'revoked',
  'code-invalid',
  'too-large',
  /**
   * The laptop has received more than the hub holds: the hub was restored from an older copy.
   * The laptop pulls again from 0 and sends every document again, which gives the hub back what
   * it lost.
   */
  'behind',
  'not-found',
  'unavailable',
] as const
export const hubErrorSchema = z.object({
  error: z.enum(hubErrorKinds),
  message: z.string().max(400),
})
export type HubError = z.infer<typeof hubErrorSchema>

/** The text the hello's proof is an HMAC of (the hub and the laptop build it the same way). */
export const hubProofMessage = (fingerprint: string, nonce: string) =>
  `runners-hip hub|${fingerprint}|${nonce}`

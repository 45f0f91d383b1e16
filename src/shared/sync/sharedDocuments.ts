import { z } from 'zod'
import { addendumSchema, assessmentIdSchema } from '../model/assessment/assessment'
import { auditActions, auditRecordTypes } from '../audit/auditEntry'
import { clinicDetailsSchema } from '../model/clinic'
import { clinicianFieldsSchema, clinicianIdSchema } from '../model/clinician'
import { deleteReasonSchema } from '../model/deletion'
import { patientSchema } from '../model/patient'
import type { DocId } from './hubProtocol'

/**
 * What each shared Automerge document holds (docs/sync.md), as the laptop reads it back after a
 * merge: every value that arrives from the hub is parsed with these, which reuse the records' own
 * schemas, before anything is written to this laptop's tables.
 *
 * A document is `{ record, … }`: the record as its repository stores it, field by field, so that
 * edits to different fields merge and two edits of one field are both kept (Automerge conflicts).
 */

const at = z.iso.datetime()
const by = clinicianIdSchema.nullable()

/** Soft deletion, as the record's row states it. */
const deletedSchema = z.object({ at, by, reason: deleteReasonSchema })

export const patientDocumentSchema = z.object({
  record: patientSchema,
  deleted: deletedSchema.optional(),
  archived: z.object({ at, by }).optional(),
})
export type PatientDocument = z.infer<typeof patientDocumentSchema>

/**
 * An assessment while it is a draft, field by field. The record is parsed with the assessment's
 * own schema by the projection (its version may be older); here it is an object with the right
 * id. After signing it only matters if an edit arrives from a laptop that had not seen the
 * signature (a late edit): `lateEditsReviewed` lists those its author has dealt with.
 */
export const assessmentDocumentSchema = z.object({
  record: z.looseObject({ id: assessmentIdSchema, patientId: z.uuid() }),
  deleted: deletedSchema.optional(),
  lateEditsReviewed: z
    .record(
      z.string().regex(/^[0-9a-f]{64}$/),
      z.object({ at, by, decision: z.enum(['addendum', 'set-aside']) }),
    )
    .optional(),
})
export type AssessmentDocument = z.infer<typeof assessmentDocumentSchema>

/**
 * A signed assessment: its stored document exactly as signed, one string written once. This is
 * what every laptop stores, whatever its draft's document says. A document of its own, so that a
 * laptop receiving years of signed records reads one value each, not a draft's whole history.
 */
export const signedDocumentSchema = z.object({ document: z.string().min(2) })

/** An addendum: written once, never changed; `follows` is the hash it was chained to. */
export const addendumDocumentSchema = z.object({
  record: addendumSchema.extend({ id: z.uuid(), assessmentId: assessmentIdSchema }),
})
export type AddendumDocument = z.infer<typeof addendumDocumentSchema>

/** A clinician who signs in: on every laptop, with the same passcode (kept as its hash). */
export const clinicianDocumentSchema = z.object({
  record: clinicianFieldsSchema.extend({
    id: clinicianIdSchema,
    passcodeHash: z.string().regex(/^scrypt\$\d+\$\d+\$\d+\$[0-9a-f]+\$[0-9a-f]+$/),
    createdAt: at,
    createdBy: by,
  }),
})
export type ClinicianDocument = z.infer<typeof clinicianDocumentSchema>

export const clinicDocumentSchema = z.object({ record: clinicDetailsSchema })

/**
 * One laptop's audit entries `chunk * 1000` to `chunk * 1000 + 999`, in order, append-only; each
 * entry one JSON string (one value to load, not nine), parsed with `auditEntryRecordSchema`.
 */
export const AUDIT_CHUNK = 1000
export const auditEntryRecordSchema = z.object({
  seq: z.number().int().min(1),
  at,
  clinicianId: z.string().nullable(),
  action: z.enum(auditActions),
  recordType: z.enum(auditRecordTypes),
  recordId: z.string().nullable(),
  detail: z.string().max(2000).nullable(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
})
export const auditDocumentSchema = z.object({ entries: z.array(z.string()) })

/** A shared document's id, and what it names. */
export type DocKind =
  'patient' | 'assessment' | 'signed' | 'addendum' | 'clinician' | 'clinic' | 'audit'
export type ParsedDocId =
  | { kind: 'patient' | 'assessment' | 'signed' | 'addendum' | 'clinician'; id: string }
  | { kind: 'clinic' }
  | { kind: 'audit'; origin: string; chunk: number }

export const docIdOf = {
  patient: (id: string): DocId => `patient/${id}`,
  assessment: (id: string): DocId => `assessment/${id}`,
  signed: (id: string): DocId => `signed/${id}`,
  addendum: (id: string): DocId => `addendum/${id}`,
  clinician: (id: string): DocId => `clinician/${id}`,
  clinic: (): DocId => 'clinic',
  audit: (origin: string, seq: number): DocId => `audit/${origin}/${Math.floor(seq / AUDIT_CHUNK)}`,
}

/** The parts of a document id (already checked with docIdSchema). */
export function parseDocId(docId: DocId): ParsedDocId {
  if (docId === 'clinic') return { kind: 'clinic' }
  const [kind, id, chunk] = docId.split('/') as [string, string, string | undefined]
  if (kind === 'audit') return { kind, origin: id, chunk: Number(chunk) }
  return { kind: kind as 'patient' | 'assessment' | 'signed' | 'addendum' | 'clinician', id }
}

/**
 * The order a batch of arrived documents is written in, so that what a record refers to comes
 * first: clinicians (authors), the clinic, patients, signed assessments, drafts (a late edit is
 * then seen against the signature that arrived with it), then addenda.
 */
export const projectionOrder: Record<DocKind, number> = {
  clinician: 0,
  clinic: 1,
  patient: 2,
  signed: 3,
  assessment: 4,
  addendum: 5,
  audit: 6,
}

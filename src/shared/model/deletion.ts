import { z } from 'zod'

/**
 * Why a patient or a draft is deleted, or a patient's records erased: kept with the record (or
 * with the erasure), never in the audit trail, which holds no free text.
 */
export const deleteReasonSchema = z
  .string()
  .trim()
  .min(1, 'Say why it is being deleted')
  .max(500, 'Keep this under 500 characters')

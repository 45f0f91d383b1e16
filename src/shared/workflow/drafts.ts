import { AppError } from '../api/appError'
import type { Assessment, AssessmentDraft } from '../model/assessment/assessment'
import { pruneEmpty } from '../model/assessment/pruneEmpty'

/**
 * Autosave. Saves arrive in order of `revision`; one that is not newer than what is stored (a
 * late, superseded save) changes nothing rather than overwrite newer typing. A finalised record
 * is never edited.
 */
export function saveDraft(
  current: Assessment,
  draft: AssessmentDraft,
  now: Date,
): { next: Assessment } | { stale: true } {
  if (current.status !== 'draft') {
    throw new AppError(
      'conflict',
      'This assessment is finalised and can no longer be edited; add an addendum instead.',
    )
  }
  if (draft.revision <= current.revision) return { stale: true }
  const { id: _id, ...editable } = draft
  return { next: { ...current, ...pruneEmpty(editable), updatedAt: now.toISOString() } }
}

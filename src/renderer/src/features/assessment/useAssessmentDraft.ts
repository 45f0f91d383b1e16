import { useCallback, useEffect, useRef, useState } from 'react'
import { treatmentPlanSchema } from '@shared/model/assessment/plan'
import type { DraftCopy } from '@shared/model/assessment/draftCopy'
import { hasChangesBeyond, rebaseDraft } from '@shared/workflow/rebaseDraft'
import {
  assessmentSectionsSchema,
  type Assessment,
  type AssessmentSection,
  type AssessmentSections,
} from '@shared/model/assessment/assessment'

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'saving' }
  | { kind: 'pending' }
  /** Where a value fails the schema: step names, or 'plan'. */
  | { kind: 'invalid'; sections: (AssessmentSection | 'plan')[] }
  | { kind: 'failed'; message: string }

export interface DraftDetails {
  date: string
  clinicianName?: string
}

interface WorkingCopy extends DraftDetails {
  revision: number
  sections: AssessmentSections
  /** The treatment plan as edited (validated before it is saved). */
  plan?: unknown
}

const SAVE_DELAY_MS = 400
const RETRY_DELAY_MS = 3000

/**
 * The working copy of a draft assessment and its autosave.
 *
 * Every change is sent at once to main as the draft's write-ahead copy (kept in the encrypted
 * database, so it survives a reload or a crash; nothing of it is kept in the window), then saved
 * after a short pause in typing. A change that fails the schema (say a pain score of 15) stays in
 * the write-ahead copy and on screen, flagged, and is saved once corrected. Changes carry an
 * increasing revision so that main ignores a late save, and drops the copy once a save stores
 * it. On opening, a write-ahead copy newer than the database (`recovered`, read by the screen
 * with the record) wins and is saved.
 *
 * When the stored draft changed under the form (an edit from another laptop of the clinic
 * arrived: main then answers the save as late), the working copy is moved onto the stored draft
 * field by field (rebaseDraft.ts), kept as the write-ahead copy, and `onChangedElsewhere` reloads
 * the screen, which opens with both: nothing typed here is lost, nothing from there overwritten.
 */
export function useAssessmentDraft(
  stored: Assessment,
  recoveredCopy?: DraftCopy,
  onChangedElsewhere?: () => void,
) {
  const id = stored.id
  const editable = stored.status === 'draft'
  const [opening] = useState(() => {
    const recovered =
      editable &&
      recoveredCopy &&
      recoveredCopy.id === id &&
      recoveredCopy.revision > stored.revision
        ? workingCopyOf(recoveredCopy)
        : undefined
    const copy: WorkingCopy = recovered ?? {
      revision: stored.revision,
      sections: {
        history: stored.history,
        outcomes: stored.outcomes,
        exam: stored.exam,
        running: stored.running,
      },
      date: stored.date,
      clinicianName: stored.clinicianName,
      plan: stored.plan,
    }
    return { copy, recovered: recovered !== undefined }
  })
  const working = useRef<WorkingCopy>(opening.copy)
  /** What the database held when this copy last matched it: the base a rebase compares with. */
  const base = useRef<WorkingCopy>(contentOf(stored))
  const [sections, setSections] = useState(opening.copy.sections)
  const [plan, setPlan] = useState(opening.copy.plan)
  const [details, setDetails] = useState<DraftDetails>({
    date: opening.copy.date,
    clinicianName: opening.copy.clinicianName,
  })
  const [state, setState] = useState<SaveState>(
    opening.recovered ? { kind: 'pending' } : { kind: 'saved', at: stored.updatedAt },
  )
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  /** The latest revision the database holds: nothing to save while the working copy is at it. */
  const savedRevision = useRef(stored.revision)
  const inFlight = useRef<Promise<'saved' | 'invalid' | 'failed'> | undefined>(undefined)

  /**
   * A save answered as late: the stored draft moved on. The same save repeated (the first reply
   * was lost) is simply saved; a draft changed elsewhere is rebased and the screen reloaded.
   */
  const rebaseOnStored = useCallback(async (): Promise<'saved' | 'failed'> => {
    const fresh = await window.api.getAssessment({ id })
    if (!fresh.ok) {
      setState({ kind: 'failed', message: fresh.error.message })
      return 'failed'
    }
    const storedNow = contentOf(fresh.value)
    if (fresh.value.status !== 'draft') {
      setState({
        kind: 'failed',
        message:
          'This assessment was signed on another laptop while you were typing: the signed record opens now. Add an addendum for anything it is missing.',
      })
      onChangedElsewhere?.()
      return 'failed'
    }
    // What is typed now (perhaps more than the save that was answered late).
    const { revision: _mine, ...typed } = working.current
    const { revision: _theirs, ...current } = storedNow
    const { revision: _base, ...before } = base.current
    if (!hasChangesBeyond(typed, current)) {
      // The same save repeated: the database has it. Later changes count on from its revision.
      base.current = storedNow
      working.current = { ...working.current, revision: fresh.value.revision }
      savedRevision.current = fresh.value.revision
      setState({ kind: 'saved', at: fresh.value.updatedAt })
      return 'saved'
    }
    const rebased = rebaseDraft(before, typed, current)
    working.current = { ...rebased, revision: fresh.value.revision + 1 }
    keepWriteAhead(id, working.current)
    onChangedElsewhere?.()
    return 'saved'
  }, [id, onChangedElsewhere])

  /** Sends the working copy; 'saved' once the database holds it. */
  const send = useCallback(async (): Promise<'saved' | 'invalid' | 'failed'> => {
    const snapshot = working.current
    const parsed = assessmentSectionsSchema.safeParse(snapshot.sections)
    const plan =
      snapshot.plan === undefined ? undefined : treatmentPlanSchema.safeParse(snapshot.plan)
    if (!parsed.success || plan?.success === false) {
      setState({
        kind: 'invalid',
        sections: [
          ...new Set(parsed.error?.issues.map((i) => i.path[0] as AssessmentSection) ?? []),
          ...(plan?.success === false ? (['plan'] as const) : []),
        ],
      })
      return 'invalid'
    }
    setState({ kind: 'saving' })
    try {
      const result = await window.api.saveAssessmentDraft({
        id,
        revision: snapshot.revision,
        ...parsed.data,
        date: snapshot.date,
        clinicianName: snapshot.clinicianName,
        ...(plan?.success ? { plan: plan.data } : {}),
      })
      if (!result.ok) {
        setState({ kind: 'failed', message: result.error.message })
        return 'failed'
      }
      if (result.value.stale) return await rebaseOnStored()
      base.current = snapshot
      savedRevision.current = Math.max(savedRevision.current, snapshot.revision)
      // Main has dropped the write-ahead copy this save stored.
      if (working.current.revision === snapshot.revision)
        setState({ kind: 'saved', at: result.value.updatedAt })
      return 'saved'
    } catch {
      setState({ kind: 'failed', message: 'The app did not answer.' })
      return 'failed'
    }
  }, [id, rebaseOnStored])

  /** Saves now, one save at a time. */
  const save = useCallback(async () => {
    clearTimeout(timer.current)
    while (inFlight.current) await inFlight.current
    inFlight.current = send()
    const outcome = await inFlight.current
    inFlight.current = undefined
    return outcome
  }, [send])

  /** Saves after `delay`; when the app could not save, tries again every few seconds. */
  const schedule = useCallback(
    (delay: number) => {
      clearTimeout(timer.current)
      const attempt = () => {
        void save().then((outcome) => {
          if (outcome === 'failed') timer.current = setTimeout(attempt, RETRY_DELAY_MS)
        })
      }
      timer.current = setTimeout(attempt, delay)
    },
    [save],
  )

  const change = useCallback(
    (next: Partial<WorkingCopy>) => {
      if (!editable) return
      working.current = { ...working.current, ...next, revision: working.current.revision + 1 }
      keepWriteAhead(id, working.current)
      setState({ kind: 'pending' })
      schedule(SAVE_DELAY_MS)
    },
    [editable, id, schedule],
  )

  const updateSection = useCallback(
    (section: AssessmentSection, values: unknown) => {
      const nextSections = { ...working.current.sections, [section]: values } as AssessmentSections
      change({ sections: nextSections })
      setSections(nextSections)
    },
    [change],
  )

  const updatePlan = useCallback(
    (next: unknown) => {
      change({ plan: next })
      setPlan(next)
    },
    [change],
  )

  const updateDetails = useCallback(
    (next: DraftDetails) => {
      change(next)
      setDetails(next)
    },
    [change],
  )

  useEffect(() => {
    if (opening.recovered) schedule(0)
    const flushOnHide = () => {
      if (document.visibilityState === 'hidden') void save()
    }
    document.addEventListener('visibilitychange', flushOnHide)
    return () => {
      document.removeEventListener('visibilitychange', flushOnHide)
      clearTimeout(timer.current)
    }
  }, [opening.recovered, schedule, save])

  /** Saves now; resolves true once the database has the latest changes. */
  const flush = useCallback(async () => {
    if (!editable) return true
    // An untouched draft has nothing to send (and a new one has no revision to send it under).
    if (!inFlight.current && working.current.revision === savedRevision.current) return true
    return (await save()) === 'saved'
  }, [editable, save])

  return {
    sections,
    details,
    plan,
    state,
    updateSection,
    updateDetails,
    updatePlan,
    flush,
    editable,
  }
}

/** A stored draft's content, as a working copy holds it. */
function contentOf(a: Assessment): WorkingCopy {
  return {
    revision: a.revision,
    sections: { history: a.history, outcomes: a.outcomes, exam: a.exam, running: a.running },
    date: a.date,
    clinicianName: a.clinicianName,
    plan: a.plan,
  }
}

function workingCopyOf(copy: DraftCopy): WorkingCopy {
  return {
    revision: copy.revision,
    // As typed: the form shows what fails the schema, flagged, until it is corrected.
    sections: copy.sections as AssessmentSections,
    date: copy.date,
    clinicianName: copy.clinicianName,
    plan: copy.plan,
  }
}

/**
 * Sends the working copy to main, which keeps it before anything else can happen: calls reach
 * main in the order they are made, ahead of the autosave that follows, and one already sent is
 * answered even when the window reloads. A copy main cannot keep (say, one too large to be a
 * form's values) is left to the autosave, whose state the screen shows.
 */
function keepWriteAhead(id: string, copy: WorkingCopy) {
  window.api
    .keepDraftCopy({
      id,
      revision: copy.revision,
      date: copy.date,
      ...(copy.clinicianName !== undefined ? { clinicianName: copy.clinicianName } : {}),
      sections: copy.sections as DraftCopy['sections'],
      ...(copy.plan !== undefined ? { plan: copy.plan as DraftCopy['plan'] } : {}),
    })
    .catch(() => {})
}

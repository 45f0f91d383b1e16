import { useEffect, useMemo, useRef, useState } from 'react'
import type { FieldValues, UseFormSetValue } from 'react-hook-form'
import {
  assessmentSectionsSchema,
  assessmentTypeLabels,
  type Assessment,
  type AssessmentSection,
} from '@shared/model/assessment/assessment'
import type { RequiredItem } from '@shared/model/assessment/requiredItems'
import { missingItemsFor, rulesContextOf } from '@shared/model/assessment/followUpRequiredItems'
import { assessmentSteps, stepLabels, type AssessmentStep } from '@shared/model/assessment/steps'
import { patientFullName, type Patient } from '@shared/model/patient'
import { formatAge, formatDate } from '../../app/formatting'
import { hrefOf, navigate } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { useShortcut } from '../../app/useShortcut'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { ExamStep } from './exam/ExamStep'
import { hadTrauma, regionsWhereItHurts, type ExamRegion } from '@shared/clinical/examRegions'
import { KeySignsPanel } from './followUp/KeySignsPanel'
import { HistoryStep } from './history/HistoryStep'
import { OutcomesStep } from './outcomes/OutcomesStep'
import { ReviewStep } from './review/ReviewStep'
import { RunningStep } from './running/RunningStep'
import { SaveIndicator } from './SaveIndicator'
import { Stepper } from './Stepper'
import { StepForm } from './StepForm'
import { useAssessmentDraft } from './useAssessmentDraft'
import { ReasoningPanel } from './reasoning/ReasoningPanel'
import { RedFlagBanner } from './reasoning/RedFlagBanner'
import { useReasoning } from './reasoning/useReasoning'
import type { Result } from '@shared/api/result'
import type { DraftCopy } from '@shared/model/assessment/draftCopy'
import type { MedicalClearanceInput } from '@shared/model/assessment/medicalClearance'
import type { ConfirmDiagnosisInput } from '@shared/model/assessment/workingDiagnosis'
import type { PlanSource, TreatmentPlan } from '@shared/model/assessment/plan'
import type { PlanProgression } from '@shared/model/assessment/followUp'
import { decisionOf } from '@shared/model/assessment/currentDecision'
import { changedDemographics, demographicFieldLabels } from '@shared/model/patientDemographics'
import type { RevisionNote } from './reasoning/ConfirmDiagnosis'
import { HandToPatient } from '../patientMode/HandToPatient'

interface AssessmentScreenProps {
  patientId: string
  assessmentId: string
  step: AssessmentStep
}

export function AssessmentScreen({ patientId, assessmentId, step }: AssessmentScreenProps) {
  const patient = useApiQuery(() => window.api.getPatient({ id: patientId }), patientId)
  const opened = useApiQuery(() => openAssessment(assessmentId), assessmentId)
  const assessment = opened.status === 'ok' ? { ...opened, value: opened.value.record } : opened
  const previousId = assessment.status === 'ok' ? assessment.value.previousAssessmentId : undefined
  const previous = useApiQuery(
    () =>
      previousId
        ? window.api.getAssessment({ id: previousId })
        : Promise.resolve({ ok: true as const, value: undefined }),
    previousId ?? 'none',
  )
  if (patient.status === 'error' || assessment.status === 'error') {
    const message =
      patient.status === 'error'
        ? patient.error.message
        : assessment.status === 'error'
          ? assessment.error.message
          : ''
    return <Notice tone="error">{message}</Notice>
  }
  if (patient.status !== 'ok' || assessment.status !== 'ok' || previous.status === 'loading')
    return null
  return (
    <AssessmentWorkspace
      // A signed record's own time never changes: a new addendum shows by their count.
      key={`${assessment.value.id}:${assessment.value.updatedAt}:${assessment.value.addenda.length}`}
      patient={patient.value}
      assessment={assessment.value}
      previous={previous.status === 'ok' ? previous.value : undefined}
      step={step}
      onReload={opened.reload}
      copy={opened.status === 'ok' ? opened.value.copy : undefined}
    />
  )
}

/**
 * The stored record and, for a draft, the write-ahead copy of changes typed but not saved yet
 * (after a reload or a crash), read together so that a reload of the screen reads both again.
 */
async function openAssessment(
  id: string,
): Promise<Result<{ record: Assessment; copy?: DraftCopyRead }>> {
  const record = await window.api.getAssessment({ id })
  if (!record.ok || record.value.status !== 'draft')
    return record.ok ? { ok: true, value: { record: record.value } } : record
  const copy = await window.api.getDraftCopy({ id })
  if (!copy.ok) return copy
  return { ok: true, value: { record: record.value, copy: copy.value } }
}

type DraftCopyRead = { copy?: DraftCopy; unreadable?: true }

interface WorkspaceProps {
  patient: Patient
  assessment: Assessment
  previous?: Assessment
  step: AssessmentStep
  onReload: () => void
  copy?: DraftCopyRead
}

function AssessmentWorkspace({
  patient,
  assessment,
  previous,
  step,
  onReload,
  copy,
}: WorkspaceProps) {
  const draft = useAssessmentDraft(assessment, copy?.copy, onReload)
  const reasoning = useReasoning(draft.sections, draft.details.date, patient)
  const [panelOpen, setPanelOpen] = useState(
    () => localStorage.getItem('runners-hip:reasoning-panel') === 'open',
  )
  const togglePanel = () => {
    localStorage.setItem('runners-hip:reasoning-panel', panelOpen ? 'closed' : 'open')
    setPanelOpen(!panelOpen)
  }
  useShortcut('alt+r', togglePanel)
  const showPanel = panelOpen && step !== 'review'
  // A field to focus once its step is on screen (from the Review step's list of missing items).
  const pendingFocus = useRef<string | undefined>(undefined)
  const missing = useMemo(
    () =>
      draft.editable
        ? missingItemsFor(draft.sections, rulesContextOf(assessment, { sex: patient.sex }))
        : [],
    [draft.editable, draft.sections, patient.sex, assessment],
  )
  const missingCount = draft.editable
    ? Object.fromEntries(
        assessmentSteps.map((s) => [s, missing.filter((m) => m.step === s).length]),
      )
    : undefined
  const routeTo = (to: AssessmentStep) => ({
    name: 'assessment' as const,
    patientId: patient.id,
    assessmentId: assessment.id,
    step: to,
  })
  const goTo = (to: AssessmentStep, fieldPath?: string) => {
    pendingFocus.current = fieldPath
    navigate(routeTo(to))
  }
  assessmentSteps.forEach((s, i) => {
    // Hooks in a fixed-length loop over a constant list: the call order never changes.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    useShortcut(`alt+${i + 1}`, () => goTo(s))
  })

  // Where focus goes when a step opens: the chosen missing item, the heading of the form just
  // saved (the screen reloads the stored record), or the step's first field. Never the body.
  useEffect(() => {
    const focusPath = pendingFocus.current
    pendingFocus.current = undefined
    const savedHeading = headingToFocus
    headingToFocus = undefined
    if (focusPath) focusField(focusPath)
    else if (savedHeading) focusHeading(savedHeading)
    else focusFirstField()
  }, [step])

  const index = assessmentSteps.indexOf(step)
  const previousSections = useMemo(
    () =>
      previous
        ? {
            history: previous.history,
            outcomes: previous.outcomes,
            exam: previous.exam,
            running: previous.running,
          }
        : undefined,
    [previous],
  )
  const readOnly = !draft.editable
  const setValueRef = useRef<UseFormSetValue<FieldValues> | null>(null)
  const { history } = draft.sections
  const lateralHipPain = history.painAreas?.some((a) => a.region === 'lateral-hip') ?? false
  // The outcomes step shows the history's pain scores; the other steps do not depend on it.
  const historyForOutcomes = step === 'outcomes' ? history : undefined
  const painSide = history.painSide
  const hipOaCriteria = reasoning.hipOaCriteria.applies
  // The exam's key tests follow where it hurts; a key string keeps the step from re-rendering
  // on every keystroke of the history.
  const regionsKey = regionsWhereItHurts(history).join(',')
  const trauma = hadTrauma(history)
  // A short follow-up (one started with the signs to retest) asks for less and shows those signs.
  const due = assessment.type === 'follow-up' ? assessment.followUpDue : undefined
  const followUp = due !== undefined
  // The step's fields, rebuilt only when what they show changes, not on every keystroke.
  const stepBody = useMemo(() => {
    switch (step) {
      case 'history':
        return <HistoryStep sex={patient.sex} followUp={followUp} />
      case 'outcomes':
        return (
          <OutcomesStep
            history={historyForOutcomes ?? {}}
            lateralHipPain={lateralHipPain}
            followUp={followUp}
          />
        )
      case 'exam':
        return (
          <>
            {due && <KeySignsPanel signs={due.signs} section="exam" />}
            <ExamStep
              painSide={painSide}
              hipOaCriteria={hipOaCriteria}
              whereItHurts={regionsKey ? (regionsKey.split(',') as ExamRegion[]) : []}
              trauma={trauma}
              sex={patient.sex}
              retest={due?.signs.map((sign) => sign.path)}
            />
          </>
        )
      case 'running':
        return (
          <>
            {due && <KeySignsPanel signs={due.signs} section="running" />}
            <RunningStep />
          </>
        )
      case 'review':
        return null
    }
  }, [
    step,
    patient.sex,
    historyForOutcomes,
    lateralHipPain,
    painSide,
    hipOaCriteria,
    regionsKey,
    trauma,
    due,
    followUp,
  ])

  const finalise = async () => {
    if (!(await draft.flush()))
      return 'Some changes could not be saved yet; see the message at the top.'
    const result = await window.api.finaliseAssessment({ id: assessment.id })
    if (!result.ok) return result.error.message
    onReload()
    return undefined
  }
  /** Runs a change of the record in main; on success the screen reloads the stored record. */
  const change = async (
    run: () => Promise<Result<Assessment>>,
    heading: string | undefined = headingOfActiveForm(),
  ) => {
    const result = await run()
    if (result.ok) headingToFocus = heading
    if (!result.ok) return result.error
    onReload()
    return undefined
  }
  const unsaved = {
    code: 'internal' as const,
    message: 'Some changes could not be saved yet; see the message at the top.',
  }
  const addAddendum = async (text: string) => {
    const error = await change(() => window.api.addAssessmentAddendum({ id: assessment.id, text }))
    return error ? (error.issues?.[0]?.message ?? error.message) : undefined
  }
  const confirmDiagnosis = async (
    input: ConfirmDiagnosisInput,
    planSource: PlanSource = 'keep',
    progression?: PlanProgression,
  ) => {
    // Read before saving the draft: the form may disable its button (and drop focus) meanwhile.
    const heading = headingOfActiveForm()
    if (!(await draft.flush())) return unsaved
    const changed =
      JSON.stringify(assessment.workingDiagnosis?.confirmed) !== JSON.stringify(input.confirmed)
    const replace =
      planSource === 'keep' &&
      assessment.plan !== undefined &&
      changed &&
      window.confirm('Replace the current plan with one proposed for the new diagnosis?')
    return change(
      () =>
        window.api.confirmWorkingDiagnosis({
          id: assessment.id,
          ...input,
          plan: replace ? 'proposal' : planSource,
          ...(progression ? { progression } : {}),
        }),
      heading,
    )
  }
  /** A finalised record: a changed diagnosis (and perhaps a fresh plan) is an addendum. */
  const reviseDiagnosis = (input: ConfirmDiagnosisInput, revision?: RevisionNote) =>
    change(() =>
      window.api.addAssessmentAddendum({
        id: assessment.id,
        text: revision?.note ?? 'Working diagnosis revised.',
        revise: {
          diagnosis: input,
          ...(revision?.proposePlan ? { plan: 'proposal' as const } : {}),
        },
      }),
    )
  /** A doctor's clearance: on a draft directly, on a finalised record as an addendum. */
  const recordClearance = async (clearance: MedicalClearanceInput) => {
    if (draft.editable) {
      if (!(await draft.flush())) return unsaved
      return change(() => window.api.recordMedicalClearance({ id: assessment.id, ...clearance }))
    }
    const flag = reasoning.redFlags.find((f) => f.id === clearance.redFlag)
    return change(() =>
      window.api.addAssessmentAddendum({
        id: assessment.id,
        text: `Doctor's clearance recorded: ${flag?.name ?? clearance.redFlag}, cleared by ${clearance.clearedBy} on ${formatDate(clearance.clearedOn)} (${clearance.excluded}).`,
        revise: {
          clearance,
          ...(decisionOf(assessment).workingDiagnosis ? { plan: 'proposal' as const } : {}),
        },
      }),
    )
  }
  const referWithoutPlan = async (referred: boolean) => {
    if (!(await draft.flush())) return unsaved
    return change(() => window.api.referWithoutPlan({ id: assessment.id, referred }))
  }
  const regeneratePlan = async () => {
    const current = assessment.workingDiagnosis
    if (
      !current ||
      !window.confirm(
        'Replace the plan, and your edits to it, with a new proposal from the diagnosis and findings?',
      )
    )
      return
    await confirmDiagnosis(
      {
        confirmed: current.confirmed,
        ...(current.deferredBecause ? { deferredBecause: current.deferredBecause } : {}),
        ...(current.reason ? { reason: current.reason } : {}),
      },
      'proposal',
    )
  }
  const deleteDraft = async (reason: string) => {
    const result = await window.api.deleteAssessmentDraft({ id: assessment.id, reason })
    if (!result.ok) return result.error.issues?.[0]?.message ?? result.error.message
    navigate({ name: 'patient', patientId: patient.id })
    return undefined
  }
  const changedSinceSigning = assessment.signature
    ? changedDemographics(assessment.signature.patientAtSigning, patient).map(
        (field) => demographicFieldLabels[field],
      )
    : []

  return (
    <div className="assessment">
      <PageHeader
        breadcrumb={
          <>
            <a href={hrefOf({ name: 'patients' })}>Patients</a> /{' '}
            <a href={hrefOf({ name: 'patient', patientId: patient.id })}>
              {patientFullName(patient)}
            </a>
          </>
        }
        title={`${assessmentTypeLabels[assessment.type]} · ${formatDate(draft.details.date)}`}
        subtitle={`${patientFullName(patient)}, ${formatAge(patient.dateOfBirth)}, ${patient.sex}${previous ? ` · compared with ${formatDate(previous.date)}` : ''}`}
        actions={
          readOnly ? (
            <span className="badge badge--finalised">Finalised</span>
          ) : (
            <>
              <HandToPatient
                assessment={assessment}
                sections={draft.sections}
                previous={previous}
                flush={draft.flush}
              />
              <SaveIndicator state={draft.state} />
            </>
          )
        }
      />
      <Stepper current={step} hrefFor={(s) => hrefOf(routeTo(s))} missingCount={missingCount} />
      {copy?.unreadable && draft.state.kind === 'saved' && (
        <Notice tone="error">
          Changes typed before the app last closed could not be read back; the last saved version is
          shown.
        </Notice>
      )}

      {step !== 'review' && (
        <RedFlagBanner
          flags={reasoning.redFlags}
          clearances={decisionOf(assessment).clearances}
          compact
        />
      )}
      <div
        className={
          showPanel ? 'assessment__layout assessment__layout--with-panel' : 'assessment__layout'
        }
      >
        <div className="assessment__body">
          <div className="assessment__step-header">
            <h2 className="assessment__step-title">{stepLabels[step]}</h2>
            {step !== 'review' && (
              <button
                type="button"
                className="button button--small"
                aria-pressed={panelOpen}
                onClick={togglePanel}
              >
                {panelOpen ? 'Hide' : 'Show'} live diagnosis <kbd>Alt R</kbd>
              </button>
            )}
          </div>
          {step === 'review' ? (
            <ReviewStep
              assessment={assessment}
              sections={draft.sections}
              details={draft.details}
              onDetailsChange={draft.updateDetails}
              missing={missing}
              onGoTo={goTo}
              onFinalise={finalise}
              onAddAddendum={addAddendum}
              onDelete={deleteDraft}
              changedSinceSigning={changedSinceSigning}
              reasoning={reasoning}
              onConfirmDiagnosis={(input) => confirmDiagnosis(input)}
              onReviseDiagnosis={reviseDiagnosis}
              onRecordClearance={recordClearance}
              onReferWithoutPlan={referWithoutPlan}
              plan={draft.plan as TreatmentPlan | undefined}
              onPlanChange={draft.updatePlan}
              onRegeneratePlan={() => void regeneratePlan()}
              previousVisit={previous}
              onCarryOnPlan={(last, progression) =>
                confirmDiagnosis(
                  { confirmed: last.confirmed, ...(last.reason ? { reason: last.reason } : {}) },
                  'previous-visit',
                  progression,
                )
              }
              onFlush={draft.flush}
            />
          ) : (
            <>
              <StepForm
                key={step}
                section={step}
                schema={assessmentSectionsSchema.shape[step]}
                initialValues={draft.sections[step]}
                onChange={draft.updateSection}
                previous={previousSections}
                readOnly={readOnly}
                setValueRef={setValueRef}
              >
                {stepBody}
              </StepForm>
              {!readOnly && (
                <MarkRestNotAssessed
                  items={missing.filter((m) => m.step === step)}
                  section={step}
                  setValue={(path, value) =>
                    setValueRef.current?.(path, value, { shouldDirty: true, shouldValidate: true })
                  }
                />
              )}
            </>
          )}
        </div>

        {showPanel && <ReasoningPanel result={reasoning} />}
      </div>
      <nav className="step-nav" aria-label="Previous and next step">
        {index > 0 && (
          <a className="button" href={hrefOf(routeTo(assessmentSteps[index - 1]!))}>
            ← {stepLabels[assessmentSteps[index - 1]!]}
          </a>
        )}
        {index < assessmentSteps.length - 1 && (
          <a
            className="button button--primary step-nav__next"
            href={hrefOf(routeTo(assessmentSteps[index + 1]!))}
          >
            {stepLabels[assessmentSteps[index + 1]!]} →
          </a>
        )}
      </nav>
    </div>
  )
}

/**
 * The heading of the form a clinician just saved from, kept across the reload that follows
 * (the workspace is rebuilt from the stored record), so focus can return to it.
 */
let headingToFocus: string | undefined

function headingOfActiveForm(): string | undefined {
  // The nearest heading above the control used to save: the form's, or its card's.
  let node = document.activeElement?.parentElement
  while (node && !node.classList.contains('assessment__body')) {
    // Not a heading of a closed dialog (the header's hand-over dialog sits in the page).
    const heading = node.querySelector('h3:not(dialog *), h4:not(dialog *), legend:not(dialog *)')
    if (heading?.textContent?.trim()) return heading.textContent.trim()
    node = node.parentElement
  }
  return undefined
}

const focusable = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLElement &&
  !el.matches(':disabled') &&
  el.tabIndex >= 0 &&
  el.getClientRects().length > 0

/** Unfolds the folded exam section an element sits in (its fields are hidden, not removed). */
function reveal(element: Element) {
  const body = element.closest('[hidden]')
  if (!body?.id) return
  document.querySelector<HTMLButtonElement>(`button[aria-controls="${body.id}"]`)?.click()
}

/** Focuses a field by its path; a path may name a group whose controls carry suffixed ids. */
function focusField(path: string) {
  const element =
    document.getElementById(path) ??
    document.querySelector(`[id^="${path}."], [id^="${path}--"], [id^="${path}-"]`)
  if (!element) return focusFirstField()
  reveal(element)
  // After the unfolded section has rendered.
  requestAnimationFrame(() => {
    const candidates = element.matches('input, select, textarea, button')
      ? [element]
      : [...element.querySelectorAll('input, select, textarea, button')]
    const checked = candidates.find((c) => (c as HTMLInputElement).checked)
    const target = [checked, ...candidates].find((c) => focusable(c ?? null)) as
      HTMLElement | undefined
    target?.focus()
    element.scrollIntoView({ block: 'center' })
  })
}

function focusHeading(text: string) {
  const heading =
    [...document.querySelectorAll<HTMLElement>('h2, h3, h4, legend, summary')].find(
      (h) => !h.closest('dialog') && h.textContent?.trim() === text,
    ) ?? document.querySelector<HTMLElement>('.assessment__step-title')
  if (!heading) return
  if (heading.tagName !== 'SUMMARY' && heading.tabIndex < 0) heading.tabIndex = -1
  heading.focus()
}

/** The first control of the step's form (or of the Review step), as a keyboard user expects. */
function focusFirstField() {
  const body = document.querySelector('.assessment__body')
  const controls = body?.querySelectorAll<HTMLElement>(
    '.step-form input, .step-form select, .step-form textarea, .review input, .review select, .review textarea, .review button',
  )
  const first = [...(controls ?? [])].find(focusable)
  // In a radio group the answer given is the stop, as Tab would make it.
  const checked =
    first instanceof HTMLInputElement && first.type === 'radio' && first.name
      ? document.querySelector<HTMLInputElement>(
          `input[type="radio"][name="${first.name}"]:checked`,
        )
      : null
  if (first) (checked ?? first).focus({ preventScroll: true })
  else focusHeading(document.querySelector('.assessment__step-title')?.textContent ?? '')
}

/** Marks every item of this step that is still unrecorded as "not assessed", in one go. */
function MarkRestNotAssessed({
  items,
  section,
  setValue,
}: {
  items: RequiredItem[]
  section: AssessmentSection
  setValue: (path: string, value: unknown) => void
}) {
  const skippable = items.filter((i) => i.notAssessed !== undefined)
  if (items.length === 0)
    return <p className="step-complete">Every required item on this step is recorded.</p>
  return (
    <div className="step-remaining">
      <span>
        {items.length} required {items.length === 1 ? 'item' : 'items'} on this step not recorded
        yet.
      </span>
      {skippable.length > 0 && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            if (
              !window.confirm(
                `Mark ${skippable.length} unrecorded ${skippable.length === 1 ? 'item' : 'items'} on this step as not assessed?`,
              )
            )
              return
            for (const item of skippable) {
              setValue(item.path.slice(section.length + 1), item.notAssessed)
            }
          }}
        >
          Mark the rest not assessed
        </button>
      )}
    </div>
  )
}

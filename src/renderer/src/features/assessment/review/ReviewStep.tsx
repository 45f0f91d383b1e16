import { useState } from 'react'
import { instruments } from '@shared/clinical/outcomeMeasureInfo'
import {
  scoreGroc,
  scoreHagos,
  scoreIhot12,
  scoreLefs,
  scoreVisaG,
} from '@shared/clinical/outcomeScoring'
import { summariseFindings } from '@shared/clinical/findingsSummary'
import type { Assessment, AssessmentSections } from '@shared/model/assessment/assessment'
import type { RequiredItem } from '@shared/model/assessment/requiredItems'
import { stepLabels, sectionSteps, type AssessmentStep } from '@shared/model/assessment/steps'
import type { ApiError } from '@shared/api/result'
import type { ReasoningResult } from '@shared/clinical/reasoning/engine'
import type { TreatmentPlan } from '@shared/model/assessment/plan'
import type { PlanProgression } from '@shared/model/assessment/followUp'
import type { MedicalClearanceInput } from '@shared/model/assessment/medicalClearance'
import {
  workingDiagnosisInWords,
  type ConfirmDiagnosisInput,
  type WorkingDiagnosis,
} from '@shared/model/assessment/workingDiagnosis'
import { planOwningUrgencies } from '@shared/clinical/plan/protectivePlans'
import { decisionOf } from '@shared/model/assessment/currentDecision'
import { signerInWords } from '@shared/model/assessment/signature'
import { missingDecisions } from '@shared/workflow/finalise'
import { formatDateTime } from '../../../app/formatting'
import { Notice } from '../../../components/Notice'
import { ReasonForm } from '../../../components/ReasonForm'
import { psfsText, scoreText } from '../outcomes/scoreText'
import { CarryOnPlan } from '../plan/CarryOnPlan'
import { SinceLastVisitCard } from '../followUp/SinceLastVisitCard'
import { grocInWords } from '../followUp/GrocField'
import { PlanEditor } from '../plan/PlanEditor'
import { ClearanceForm } from '../reasoning/ClearanceForm'
import {
  ConfirmDiagnosis,
  ConfirmedSummary,
  type RevisionNote,
} from '../reasoning/ConfirmDiagnosis'
import { Differential, SuggestedTests } from '../reasoning/Differential'
import { RedFlagBanner } from '../reasoning/RedFlagBanner'
import { ReportButtons } from '../../transfer/ReportButtons'

interface ReviewStepProps {
  assessment: Assessment
  sections: AssessmentSections
  details: { date: string; clinicianName?: string }
  onDetailsChange: (details: { date: string; clinicianName?: string }) => void
  missing: RequiredItem[]
  onGoTo: (step: AssessmentStep, fieldPath?: string) => void
  onFinalise: () => Promise<string | undefined>
  onAddAddendum: (text: string) => Promise<string | undefined>
  /** Deletes the draft softly, with the reason; returns what went wrong, if anything. */
  onDelete: (reason: string) => Promise<string | undefined>
  /** For a signed record: the patient's details (their names) that changed since signing. */
  changedSinceSigning: string[]
  reasoning: ReasoningResult
  onConfirmDiagnosis: (input: ConfirmDiagnosisInput) => Promise<ApiError | undefined>
  /** A finalised record: the diagnosis revised in an addendum. */
  onReviseDiagnosis: (
    input: ConfirmDiagnosisInput,
    revision?: RevisionNote,
  ) => Promise<ApiError | undefined>
  onRecordClearance: (clearance: MedicalClearanceInput) => Promise<ApiError | undefined>
  onReferWithoutPlan: (referred: boolean) => Promise<ApiError | undefined>
  plan?: TreatmentPlan
  onPlanChange: (plan: unknown) => void
  onRegeneratePlan: () => void
  /** The visit this follow-up follows, whose plan can be carried on. */
  previousVisit?: Assessment
  onCarryOnPlan: (
    last: WorkingDiagnosis,
    progression?: PlanProgression,
  ) => Promise<ApiError | undefined>
  /** Saves pending changes; true when the database has them (reports print what is stored). */
  onFlush: () => Promise<boolean>
}

function FindingList({ title, items, empty }: { title: string; items: string[]; empty: string }) {
  return (
    <section className="review-card">
      <h3 className="review-card__title">{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="review-card__list">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** What an addendum changed besides its note, in words. */
function revisionInWords(revised: NonNullable<Assessment['addenda'][number]['revised']>): string {
  return [
    revised.workingDiagnosis &&
      `Working diagnosis revised: ${workingDiagnosisInWords(revised.workingDiagnosis)}.`,
    revised.plan && 'Plan proposed again.',
    revised.clearance &&
      `Clearance recorded: ${revised.clearance.excluded} (${revised.clearance.clearedBy}).`,
  ]
    .filter(Boolean)
    .join(' ')
}

export function ReviewStep(props: ReviewStepProps) {
  const { assessment, sections, details, missing } = props
  const summary = summariseFindings(sections)
  const editable = assessment.status === 'draft'
  const shortFollowUp = assessment.type === 'follow-up' && assessment.followUpDue !== undefined
  const [finaliseError, setFinaliseError] = useState<string>()
  const [finalising, setFinalising] = useState(false)
  const [addendum, setAddendum] = useState('')
  const [addendumError, setAddendumError] = useState<string>()
  const [deleting, setDeleting] = useState(false)

  const hagos = scoreHagos(sections.outcomes.hagos)
  const groc = scoreGroc(sections.outcomes.groc)
  const outcomes = [
    ...(groc.kind === 'score' ? [`Global rating of change ${grocInWords(groc.value)}`] : []),
    `LEFS ${scoreText(scoreLefs(sections.outcomes.lefs), instruments.lefs)}`,
    `iHOT-12 ${scoreText(scoreIhot12(sections.outcomes.ihot12), instruments.ihot12)}`,
    `VISA-G ${scoreText(scoreVisaG(sections.outcomes.visaG), instruments.visaG)}`,
    psfsText(sections.outcomes.psfs),
    `HAGOS ${
      Object.values(hagos).every((s) => s.kind === 'score')
        ? Object.entries(hagos)
            .map(([k, s]) => `${k} ${s.kind === 'score' ? s.value : ''}`)
            .join(', ')
        : scoreText(hagos.pain, instruments.hagos)
    }`,
  ]

  const byStep = sectionSteps.map((step) => ({
    step,
    items: missing.filter((m) => m.step === step),
  }))

  const { reasoning } = props
  // A finalised record shows its decisions as revised by addenda; a draft shows what is edited.
  const decision = decisionOf(assessment)
  const plan = editable ? props.plan : decision.plan
  const flagRaised = reasoning.redFlags.length > 0
  const decisionsMissing = editable ? missingDecisions({ ...assessment, plan }, flagRaised) : []
  const toClear = reasoning.redFlags.filter(
    (f) =>
      planOwningUrgencies.includes(f.urgency) &&
      !decision.clearances.some((c) => c.redFlag === f.id),
  )
  const signature = assessment.signature
  return (
    <div className="review">
      {!editable && (
        <section className="review-card signature-card" aria-labelledby="signature-title">
          <h3 className="review-card__title" id="signature-title">
            {signature ? 'Signed record' : 'Finalised record'}
          </h3>
          {signature ? (
            <p className="signature-line">
              Signed by <strong>{signerInWords(signature.signedBy)}</strong> on{' '}
              {formatDateTime(signature.signedAt)} · SHA-256{' '}
              <code title={signature.sha256}>{signature.sha256.slice(0, 16)}…</code>
            </p>
          ) : (
            <p className="muted">
              Finalised {assessment.finalisedAt ? formatDateTime(assessment.finalisedAt) : ''}{' '}
              before records were signed: locked, with no signature.
            </p>
          )}
          {signature && props.changedSinceSigning.length > 0 && (
            <Notice tone="info" title="Patient details changed since signing">
              Changed since {formatDateTime(signature.signedAt)}:{' '}
              {props.changedSinceSigning.join(', ')}. The record and its reports keep the details as
              they were when it was signed.
            </Notice>
          )}
        </section>
      )}
      <RedFlagBanner flags={reasoning.redFlags} clearances={decision.clearances} />
      {toClear.map((flag) => (
        <section
          key={flag.id}
          className="review-card clearance-card"
          aria-labelledby={`clearance-${flag.id}-title`}
        >
          <h3 className="review-card__title" id={`clearance-${flag.id}-title`}>
            Has a doctor cleared this? {flag.name}
          </h3>
          <p className="muted">
            Until a doctor has assessed it, the plan is the protective plan only: no exercise and no
            running. Record the clearance{editable ? '' : ' (it is added as an addendum)'} and the
            plan for the diagnosis is proposed.
          </p>
          <ClearanceForm flag={flag} today={details.date} onRecord={props.onRecordClearance} />
        </section>
      ))}

      <section className="review-card review-card--details">
        <div className="grid-3">
          <div className="field">
            <label className="field__label" htmlFor="assessment-date">
              Assessment date
            </label>
            <input
              id="assessment-date"
              type="date"
              value={details.date}
              readOnly={!editable}
              onChange={(e) =>
                e.target.value && props.onDetailsChange({ ...details, date: e.target.value })
              }
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="assessment-clinician">
              Clinician
            </label>
            <input
              id="assessment-clinician"
              value={details.clinicianName ?? ''}
              readOnly={!editable}
              autoComplete="off"
              onChange={(e) =>
                props.onDetailsChange({
                  ...details,
                  clinicianName: e.target.value === '' ? undefined : e.target.value,
                })
              }
            />
          </div>
        </div>
      </section>

      <section className="review-card" aria-labelledby="reports-title">
        <h3 className="review-card__title" id="reports-title">
          Reports
        </h3>
        <ReportButtons
          assessmentId={assessment.id}
          patientId={assessment.patientId}
          beforeExport={props.onFlush}
        />
      </section>

      {shortFollowUp && (
        <SinceLastVisitCard
          sections={sections}
          previous={props.previousVisit}
          signs={assessment.followUpDue?.signs ?? []}
        />
      )}

      <h3 className="review-section-title">Findings at a glance</h3>
      <div className="review-grid">
        <FindingList title="History" items={summary.history} empty="Nothing notable recorded." />
        <FindingList title="Outcome measures" items={outcomes} empty="" />
        <FindingList
          title="Physical exam"
          items={summary.exam}
          empty="No abnormal findings recorded."
        />
        <FindingList
          title="Running technique"
          items={summary.running}
          empty="No faults recorded."
        />
      </div>

      <section className="review-card" aria-labelledby="diagnosis-title">
        <h3 className="review-card__title" id="diagnosis-title">
          Working diagnosis
        </h3>
        <p className="decision-support">
          Decision support: ranked from the findings recorded so far, with the evidence for and
          against each. It does not replace your clinical judgement; confirm, change or override it.
        </p>
        {reasoning.notes.map((note) => (
          <Notice key={note} tone="info">
            {note}
          </Notice>
        ))}
        <Differential conditions={reasoning.differential} />
        <h4 className="review-card__subtitle">Suggested next tests</h4>
        <SuggestedTests tests={reasoning.suggestedTests} />
        <h4 className="review-card__subtitle" id="workingDiagnosis" tabIndex={-1}>
          Your decision
        </h4>
        {editable ? (
          <ConfirmDiagnosis
            result={reasoning}
            current={assessment.workingDiagnosis}
            editable
            onConfirm={props.onConfirmDiagnosis}
          />
        ) : (
          <>
            {decision.workingDiagnosis ? (
              <ConfirmedSummary current={decision.workingDiagnosis} />
            ) : (
              <p className="muted">No working diagnosis was confirmed.</p>
            )}
            {decision.revisedAt && (
              <p className="muted">Revised in an addendum, {formatDateTime(decision.revisedAt)}.</p>
            )}
            <details className="revise">
              <summary>Revise the working diagnosis (as an addendum)</summary>
              <ConfirmDiagnosis
                result={reasoning}
                current={decision.workingDiagnosis}
                editable={false}
                revising
                onConfirm={props.onReviseDiagnosis}
              />
            </details>
          </>
        )}
      </section>

      <section className="review-card" aria-labelledby="plan-title">
        <div className="review-card__header">
          <h3 className="review-card__title" id="plan-title">
            Treatment plan
          </h3>
          {editable && props.plan && (
            <button type="button" className="button button--small" onClick={props.onRegeneratePlan}>
              Propose again from the diagnosis
            </button>
          )}
        </div>
        <div id="plan" tabIndex={-1} />
        {plan ? (
          <PlanEditor
            key={plan.generatedAt}
            plan={plan}
            readOnly={!editable}
            onChange={props.onPlanChange}
            followUp={shortFollowUp}
            signedOn={assessment.finalisedAt}
          />
        ) : assessment.referredWithoutPlan ? (
          <p>
            Referred for the red flag: no plan at this visit (
            {formatDateTime(assessment.referredWithoutPlan.at)}).{' '}
            {editable && (
              <button
                type="button"
                className="link-button"
                onClick={() => void props.onReferWithoutPlan(false)}
              >
                Undo
              </button>
            )}
          </p>
        ) : (
          <>
            <p className="muted">
              Confirm a working diagnosis above and a plan will be proposed from it and from the
              findings.
            </p>
            {editable && props.previousVisit && (
              <CarryOnPlan
                previous={props.previousVisit}
                onCarryOn={props.onCarryOnPlan}
                askProgression={shortFollowUp}
              />
            )}
            {editable && flagRaised && (
              <button
                type="button"
                className="button"
                onClick={() => void props.onReferWithoutPlan(true)}
              >
                Referred for the red flag: no plan at this visit
              </button>
            )}
          </>
        )}
      </section>

      {editable && (
        <section className="review-card" aria-labelledby="missing-title">
          <h3 className="review-card__title" id="missing-title">
            {missing.length + decisionsMissing.length === 0
              ? 'Everything required is recorded'
              : `Not recorded yet: ${missing.length + decisionsMissing.length} ${missing.length + decisionsMissing.length === 1 ? 'item' : 'items'}`}
          </h3>
          {decisionsMissing.length > 0 && (
            <div className="missing-group">
              <h4 className="missing-group__title">Your decisions ({decisionsMissing.length})</h4>
              <ul className="missing-list">
                {decisionsMissing.map((d) => (
                  <li key={d.path}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        const target = document.getElementById(d.path)
                        target?.scrollIntoView({ block: 'start' })
                        target?.focus()
                      }}
                    >
                      {d.label}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {missing.length > 0 && (
            <p className="muted">
              Record each item or mark it not assessed. Select an item to go to it.
            </p>
          )}
          {byStep
            .filter((g) => g.items.length > 0)
            .map((g) => (
              <div key={g.step} className="missing-group">
                <h4 className="missing-group__title">
                  {stepLabels[g.step]} ({g.items.length})
                </h4>
                <ul className="missing-list">
                  {g.items.map((item) => (
                    <li key={item.path}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => props.onGoTo(item.step, item.path)}
                      >
                        {item.group}: {item.label}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </section>
      )}

      {editable ? (
        <div className="review-actions">
          {finaliseError && (
            <Notice tone="error" title="Not finalised">
              {finaliseError}
            </Notice>
          )}
          <button
            type="button"
            className="button button--primary"
            disabled={finalising}
            onClick={async () => {
              setFinalising(true)
              setFinaliseError(await props.onFinalise())
              setFinalising(false)
            }}
          >
            {finalising ? 'Finalising…' : 'Finalise assessment'}
          </button>
          <span className="muted">
            Finalising signs and locks the record in your name; later changes are added as dated
            addenda.
          </span>
          {!deleting && (
            <button
              type="button"
              className="button button--danger review-actions__discard"
              onClick={() => setDeleting(true)}
            >
              Delete draft…
            </button>
          )}
          {deleting && (
            <div className="review-actions__delete">
              <ReasonForm
                label="Why is this draft being deleted?"
                hint="Kept with the draft, which leaves the patient's list; the audit trail records who deleted it and when."
                submitLabel="Delete draft"
                onSubmit={props.onDelete}
                onCancel={() => setDeleting(false)}
              />
            </div>
          )}
        </div>
      ) : (
        <section className="review-card" aria-labelledby="addenda-title">
          <h3 className="review-card__title" id="addenda-title">
            Finalised {assessment.finalisedAt ? formatDateTime(assessment.finalisedAt) : ''}
          </h3>
          {assessment.addenda.length > 0 && (
            <ol className="addenda">
              {assessment.addenda.map((a) => (
                <li key={a.id ?? a.at}>
                  <span className="muted">
                    {formatDateTime(a.at)} ·{' '}
                    {a.author ? signerInWords(a.author) : 'author not recorded'}
                  </span>
                  <p className="prewrap">{a.text}</p>
                  {a.revised && <p className="muted">{revisionInWords(a.revised)}</p>}
                </li>
              ))}
            </ol>
          )}
          <div className="field">
            <label className="field__label" htmlFor="addendum">
              Add an addendum
            </label>
            <textarea
              id="addendum"
              rows={3}
              value={addendum}
              onChange={(e) => setAddendum(e.target.value)}
              aria-describedby={addendumError ? 'addendum-error' : undefined}
            />
            {addendumError && (
              <p className="field__error" id="addendum-error">
                {addendumError}
              </p>
            )}
          </div>
          <button
            type="button"
            className="button"
            onClick={async () => {
              const error = await props.onAddAddendum(addendum)
              setAddendumError(error)
              if (!error) setAddendum('')
            }}
          >
            Add addendum
          </button>
        </section>
      )}
    </div>
  )
}

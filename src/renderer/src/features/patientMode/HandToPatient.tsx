import './patientMode.css'
import { useRef, useState } from 'react'
import { instruments } from '@shared/clinical/outcomeMeasureInfo'
import type { Assessment, AssessmentSections } from '@shared/model/assessment/assessment'
import type { PatientQuestionnaire } from '@shared/model/patientMode'
import {
  carriedPsfsActivities,
  defaultQuestionnaires,
  isPaperForm,
  isRecorded,
  questionnairesOffered,
} from '@shared/workflow/patientMode'
import { Notice } from '../../components/Notice'
import { useSession } from '../session/sessionContext'

/**
 * "Hand to patient" on a draft: the clinician ticks the questionnaires (those not recorded yet
 * are ticked), and the window turns into the patient's questionnaires until their passcode.
 */
export function HandToPatient({
  assessment,
  sections,
  previous,
  flush,
}: {
  assessment: Assessment
  sections: AssessmentSections
  previous?: Assessment
  flush: () => Promise<boolean>
}) {
  const { update } = useSession()
  const dialog = useRef<HTMLDialogElement>(null)
  const offered = questionnairesOffered(assessment.type)
  const [chosen, setChosen] = useState<PatientQuestionnaire[]>([])
  const [error, setError] = useState<string>()
  const open = () => {
    setChosen(defaultQuestionnaires(assessment.type, sections))
    setError(undefined)
    dialog.current?.showModal()
  }
  const handOver = async () => {
    if (!(await flush())) {
      setError('Some changes could not be saved yet; see the message at the top.')
      return
    }
    const carried = carriedPsfsActivities(previous?.outcomes)
    const result = await window.api.handToPatient({
      patientId: assessment.patientId,
      assessmentId: assessment.id,
      questionnaires: offered.filter((q) => chosen.includes(q)),
      ...(chosen.includes('psfs') && carried.length > 0 ? { carriedPsfs: carried } : {}),
    })
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message)
      return
    }
    dialog.current?.close()
    update(result.value)
  }
  const toggle = (q: PatientQuestionnaire, on: boolean) =>
    setChosen(on ? [...chosen, q] : chosen.filter((c) => c !== q))
  return (
    <>
      <button type="button" className="button button--small" onClick={open}>
        Hand to patient
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="hand-over-title">
        <form
          method="dialog"
          className="form"
          onSubmit={(e) => {
            e.preventDefault()
            void handOver()
          }}
        >
          <h2 id="hand-over-title">Hand to the patient</h2>
          <p>
            The patient answers on this computer and sees nothing else of the record. Your passcode
            brings you back here, to the Outcomes step.
          </p>
          {error && <Notice tone="error">{error}</Notice>}
          <fieldset className="choice">
            <legend className="choice__label">Questionnaires to hand over</legend>
            {offered.map((q) => (
              <label key={q} className="choice__option">
                <input
                  type="checkbox"
                  checked={chosen.includes(q)}
                  onChange={(e) => toggle(q, e.target.checked)}
                />
                <span>
                  {instruments[q].name}
                  {isPaperForm(q) && ' — on paper: the patient is told which form to fill in'}
                  {isRecorded(q, sections) && ' (recorded already)'}
                </span>
              </label>
            ))}
          </fieldset>
          <div className="dialog__actions">
            <button type="submit" className="button button--primary" disabled={chosen.length === 0}>
              Hand over now
            </button>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  )
}

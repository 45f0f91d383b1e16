import { useContext } from 'react'
import './followUp.css'
import { useWatch } from 'react-hook-form'
import type { AssessmentSection, AssessmentSections } from '@shared/model/assessment/assessment'
import type { KeySign } from '@shared/model/assessment/followUp'
import { keySignValueText } from '@shared/workflow/keySigns'
import { FieldContext } from '../fields/fieldContext'

/** The field of a key sign: its own id, or its first part (a grade, a test result). */
export function focusKeySign(path: string) {
  const element = [path, `${path}.oxford`, `${path}.result`]
    .map((id) => document.getElementById(id))
    .find((e) => e !== null)
  if (!element) return
  const target = element.matches('input, select, textarea')
    ? element
    : (element.querySelector<HTMLElement>('input:checked, input, select, textarea') ?? element)
  element.scrollIntoView({ block: 'center' })
  target.focus()
}

/**
 * At a follow-up, the signs that were abnormal last visit and belong to this step: last visit's
 * value beside today's, so the clinician retests these first and sees the change at once.
 * The fields themselves stay where they are in the step (each also says "Last time").
 */
export function KeySignsPanel({
  signs,
  section,
}: {
  signs: readonly KeySign[]
  section: AssessmentSection
}) {
  const { previous } = useContext(FieldContext)
  const values = useWatch() as AssessmentSections[typeof section]
  const ofStep = signs.filter((s) => s.path.startsWith(`${section}.`))
  if (ofStep.length === 0) return null
  // The watched values are this step's only; the text function reads whole sections.
  const today = { [section]: values } as unknown as AssessmentSections
  return (
    <section className="key-signs" aria-labelledby="key-signs-title">
      <h3 id="key-signs-title" className="key-signs__title">
        Key signs to retest (abnormal last visit)
      </h3>
      <table className="key-signs__table">
        <thead>
          <tr>
            <th scope="col">Sign</th>
            <th scope="col">Last visit</th>
            <th scope="col">Today</th>
          </tr>
        </thead>
        <tbody>
          {ofStep.map((sign) => {
            const now = keySignValueText(today, sign.path)
            return (
              <tr key={sign.path}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => focusKeySign(sign.path)}
                  >
                    {sign.label}
                  </button>
                </th>
                <td>{previous ? (keySignValueText(previous, sign.path) ?? '—') : '—'}</td>
                <td className={now ? undefined : 'key-signs__todo'}>{now ?? 'to retest'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

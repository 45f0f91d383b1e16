import { scoreGroc } from '@shared/clinical/outcomeScoring'
import type { AssessmentSections } from '@shared/model/assessment/assessment'
import { adherenceLabels, type KeySign } from '@shared/model/assessment/followUp'
import { NOT_ASSESSED } from '@shared/model/assessment/recordedValues'
import { keySignValueText } from '@shared/workflow/keySigns'
import { grocInWords } from './GrocField'
import './followUp.css'

const painText = (v: unknown) =>
  typeof v === 'number' ? `${v}/10` : v === NOT_ASSESSED ? 'not assessed' : 'not recorded'

/**
 * The Review step of a follow-up opens with the re-assessment note as it will be signed: the
 * patient's account, the global rating of change, pain, adherence, and each key sign last
 * visit and today.
 */
export function SinceLastVisitCard({
  sections,
  previous,
  signs,
}: {
  sections: AssessmentSections
  previous?: AssessmentSections
  signs: readonly KeySign[]
}) {
  const since = sections.history.sinceLastVisit
  const groc = scoreGroc(sections.outcomes.groc)
  const adherence = since?.adherence
  return (
    <section className="review-card since-last-visit" aria-labelledby="since-title">
      <h3 className="review-card__title" id="since-title">
        Since last visit
      </h3>
      <dl>
        <dt>In the patient’s words</dt>
        <dd>{since?.subjectiveChange ?? 'not recorded'}</dd>
        <dt>Global rating of change</dt>
        <dd>
          {groc.kind === 'score'
            ? grocInWords(groc.value)
            : groc.kind === 'not-assessed'
              ? 'not asked'
              : 'not recorded'}
        </dd>
        <dt>Pain now</dt>
        <dd>
          {painText(sections.history.pain?.now)}
          {previous ? ` (last visit ${painText(previous.history.pain?.now)})` : ''}
        </dd>
        <dt>Home programme done</dt>
        <dd>
          {adherence === undefined
            ? 'not recorded'
            : adherence === NOT_ASSESSED
              ? 'not asked'
              : adherenceLabels[adherence]}
          {since?.adherenceNotes ? `: ${since.adherenceNotes}` : ''}
        </dd>
      </dl>
      {signs.length > 0 && (
        <table className="key-signs__table">
          <caption className="visually-hidden">Key signs retested</caption>
          <thead>
            <tr>
              <th scope="col">Key sign retested</th>
              <th scope="col">Last visit</th>
              <th scope="col">Today</th>
            </tr>
          </thead>
          <tbody>
            {signs.map((s) => (
              <tr key={s.path}>
                <th scope="row">{s.label}</th>
                <td>{previous ? (keySignValueText(previous, s.path) ?? '—') : '—'}</td>
                <td>{keySignValueText(sections, s.path) ?? 'not recorded'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

import type { ReferralLetter } from '@shared/model/referralLetter'
import { recipientInOneLine } from '@shared/model/referralContact'
import { formatDateTime } from '../../app/formatting'
import { hrefOf } from '../../app/router'

/** The letters sent for an assessment, newest first, each to reopen. */
export function LettersSentList({
  letters,
  patientId,
  assessmentId,
}: {
  letters: ReferralLetter[]
  patientId: string
  assessmentId: string
}) {
  return (
    <section className="section" aria-labelledby="letters-sent">
      <h2 id="letters-sent" className="section__title">
        Letters sent
      </h2>
      {letters.length === 0 ? (
        <p className="muted">None yet for this assessment.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Written</th>
              <th scope="col">To</th>
              <th scope="col">By</th>
              <th scope="col">Question</th>
            </tr>
          </thead>
          <tbody>
            {letters.map((l) => (
              <tr key={l.id}>
                <td>
                  <a href={hrefOf({ name: 'letter', patientId, assessmentId, letterId: l.id })}>
                    {formatDateTime(l.writtenAt)}
                  </a>
                </td>
                <td>{recipientInOneLine(l.recipient)}</td>
                <td>{l.author.name}</td>
                <td>{l.question.length > 90 ? `${l.question.slice(0, 90)}…` : l.question}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

import type { RedFlagStatement } from '@shared/workflow/referralLetter'
import { Notice } from '../../components/Notice'

/** What the letter will say of the red flags: a raised one first and prominently. */
export function RedFlagScreenNotice({ statement }: { statement: RedFlagStatement }) {
  if (statement.kind === 'raised')
    return (
      <Notice
        tone="error"
        title={statement.flags.length === 1 ? 'Red flag raised' : 'Red flags raised'}
      >
        <ul className="plain-list">
          {statement.flags.map((f) => (
            <li key={f.id}>
              <strong>{f.name}</strong>: {f.urgencyLabel}
            </li>
          ))}
        </ul>
        The letter prints {statement.flags.length === 1 ? 'it' : 'them'} first, with the urgency.
      </Notice>
    )
  return (
    <Notice tone={statement.kind === 'negative' ? 'success' : 'info'} title="Red-flag screen">
      The letter says: “{statement.text}.”
    </Notice>
  )
}

import { useFieldArray, useFormContext } from 'react-hook-form'
import { referralUrgencies, referralUrgencyLabels } from '@shared/model/assessment/plan'
import { ItemActions } from './ItemActions'

/** The plan's referrals, first and in red: urgency, to whom, why and when; each box grows with its text. */
export function Referrals({ readOnly }: { readOnly: boolean }) {
  const { control, register } = useFormContext()
  const { fields, append, remove } = useFieldArray({ control, name: 'referrals' })
  return (
    <section className="plan-block plan-block--referrals" aria-labelledby="plan-referrals">
      <h4 id="plan-referrals" className="plan-block__title">
        Referral{fields.length === 1 ? '' : 's'} first
      </h4>
      {fields.length === 0 && <p className="muted">No referral needed.</p>}
      {fields.map((f, i) => (
        <div key={f.id} className="referral-row">
          <select
            aria-label={`Referral ${i + 1}: urgency`}
            disabled={readOnly}
            {...register(`referrals.${i}.urgency`)}
          >
            {referralUrgencies.map((u) => (
              <option key={u} value={u}>
                {referralUrgencyLabels[u]}
              </option>
            ))}
          </select>
          <textarea
            aria-label={`Referral ${i + 1}: to`}
            className="autogrow"
            rows={1}
            readOnly={readOnly}
            {...register(`referrals.${i}.to`)}
          />
          <textarea
            aria-label={`Referral ${i + 1}: reason`}
            className="autogrow"
            rows={2}
            readOnly={readOnly}
            {...register(`referrals.${i}.reason`)}
          />
          <textarea
            aria-label={`Referral ${i + 1}: when`}
            className="autogrow"
            rows={1}
            readOnly={readOnly}
            placeholder="When"
            {...register(`referrals.${i}.when`)}
          />
          {!readOnly && (
            <ItemActions
              index={i}
              count={fields.length}
              labels={{ remove: `Remove referral ${i + 1}` }}
              onRemove={remove}
            />
          )}
        </div>
      ))}
      {!readOnly && (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            append({ urgency: 'routine', to: 'GP', reason: 'Reason for referral', when: 'Now' })
          }
        >
          Add a referral
        </button>
      )}
      <label className="tick">
        <input type="checkbox" disabled={readOnly} {...register('loadingOnHold')} />
        <span>No loading programme until the patient is medically cleared</span>
      </label>
    </section>
  )
}

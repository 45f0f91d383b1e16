import { useEffect, useRef } from 'react'
import type { PatientMatch } from '@shared/api/contract'
import { formatDate } from '../../app/formatting'
import { hrefOf } from '../../app/router'

/**
 * Before a new patient is saved: the patients already on file with the same name and date of
 * birth (accents and case aside), each a link to open, and a way to save the new one anyway
 * (two people can share both). Rendered inside the patient form, above its buttons. Takes the focus when it appears so it is read before anything
 * else.
 */
export function DuplicateWarning({
  matches,
  onSaveAnyway,
}: {
  matches: PatientMatch[]
  /** Called as the form is submitted again by this warning's button. */
  onSaveAnyway: () => void
}) {
  const box = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    heading.current?.focus({ preventScroll: true })
    box.current?.scrollIntoView({ block: 'center' })
  }, [])
  const one = matches.length === 1
  return (
    <div className="notice notice--info duplicate-warning" role="alert" ref={box}>
      <p className="notice__title" ref={heading} tabIndex={-1}>
        {one
          ? 'A patient with this name and date of birth is already on file'
          : `${matches.length} patients with this name and date of birth are already on file`}
      </p>
      <ul>
        {matches.map((m) => (
          <li key={m.id}>
            <a href={hrefOf({ name: 'patient', patientId: m.id })}>
              Open {m.givenName} {m.familyName}
            </a>
            , born {formatDate(m.dateOfBirth)}
            {m.recordNumber && `, record ${m.recordNumber}`}
            {m.lastVisit ? `, last visit ${formatDate(m.lastVisit)}` : ', no visit yet'}
            {m.archivedAt && ' (archived: open them to bring them back)'}
          </li>
        ))}
      </ul>
      <p>
        If this is someone else who shares the name and date of birth, save them as a new patient.
      </p>
      {/* Inside the patient form: it saves what the form holds now. */}
      <button type="submit" className="button" onClick={onSaveAnyway}>
        Save as a new patient anyway
      </button>
    </div>
  )
}

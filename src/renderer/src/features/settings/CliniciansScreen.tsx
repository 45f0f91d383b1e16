import { useState } from 'react'
import {
  lockAfterMinutesSchema,
  professionLabels,
  type NewClinician,
} from '@shared/model/clinician'
import { controlProps, Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { ClinicianForm } from '../session/ClinicianForm'
import { useSession } from '../session/sessionContext'

/** Who can sign in on this computer, adding a colleague, and how soon the app locks itself. */
export function CliniciansScreen() {
  const { state, update } = useSession()
  const [added, setAdded] = useState<string>()
  const add = async (clinician: NewClinician) => {
    setAdded(undefined)
    const result = await window.api.createClinician(clinician)
    if (!result.ok) return result.error
    update(result.value)
    setAdded(clinician.name)
    return undefined
  }
  return (
    <>
      <PageHeader
        title="Clinicians"
        subtitle="Each person signs in with their own passcode; every record says who wrote it."
      />
      <section className="section" aria-labelledby="clinicians-list">
        <h2 id="clinicians-list" className="section__title">
          Who can sign in
        </h2>
        <ul className="plain-list">
          {state.clinicians.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> · {professionLabels[c.profession]}
              {c.registrationNumber ? ` · ${c.registrationNumber}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="clinician-add">
        <h2 id="clinician-add" className="section__title">
          Add a colleague
        </h2>
        {added && <Notice tone="success">{added} can now sign in.</Notice>}
        <ClinicianForm submitLabel="Add clinician" onSubmit={add} />
      </section>
      <LockTime />
    </>
  )
}

function LockTime() {
  const { state, update } = useSession()
  const [minutes, setMinutes] = useState(String(state.lockAfterMinutes))
  const [error, setError] = useState<string>()
  const [saved, setSaved] = useState(false)
  const save = async () => {
    setSaved(false)
    const parsed = lockAfterMinutesSchema.safeParse(Number(minutes))
    if (!parsed.success || minutes.trim() === '') {
      setError(parsed.error?.issues[0]?.message ?? 'Enter a number of minutes')
      return
    }
    const result = await window.api.setLockAfterMinutes({ minutes: parsed.data })
    if (!result.ok) return setError(result.error.message)
    setError(undefined)
    update(result.value)
    setSaved(true)
  }
  const hint = 'On this computer only. The app also locks at once with Ctrl+L.'
  return (
    <section className="section" aria-labelledby="lock-time">
      <h2 id="lock-time" className="section__title">
        Locking
      </h2>
      {saved && <Notice tone="success">Saved.</Notice>}
      <Field id="lock-after" label="Lock after this many idle minutes" error={error} hint={hint}>
        <input
          {...controlProps('lock-after', error, hint)}
          type="number"
          min={1}
          max={120}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </Field>
      <button type="button" className="button" onClick={() => void save()}>
        Save
      </button>
    </section>
  )
}

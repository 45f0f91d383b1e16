import { useEffect, useRef, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { useReadOnly } from '../fields/fieldContext'

const COUNT_SECONDS = 30

/** Steps per minute from taps: (taps − 1) intervals over the time between first and last tap. */
export function cadenceFromTaps(tapTimesMs: readonly number[]): number | undefined {
  if (tapTimesMs.length < 5) return undefined
  const elapsed = (tapTimesMs.at(-1)! - tapTimesMs[0]!) / 1000
  return elapsed > 0 ? Math.round(((tapTimesMs.length - 1) / elapsed) * 60) : undefined
}

/**
 * Two ways to measure cadence without a device: tap a key with every foot strike, or count
 * steps during a 30-second timer (× 2).
 */
export function CadenceHelper() {
  const { setValue } = useFormContext()
  const readOnly = useReadOnly()
  const [taps, setTaps] = useState<number[]>([])
  const [secondsLeft, setSecondsLeft] = useState<number>()
  const [counted, setCounted] = useState('')
  const timer = useRef<ReturnType<typeof setInterval>>(undefined)
  useEffect(() => () => clearInterval(timer.current), [])
  if (readOnly) return null

  const fromTaps = cadenceFromTaps(taps)
  const use = (spm: number) =>
    setValue('cadenceSpm', spm, { shouldDirty: true, shouldValidate: true })
  const startTimer = () => {
    clearInterval(timer.current)
    setSecondsLeft(COUNT_SECONDS)
    timer.current = setInterval(() => {
      setSecondsLeft((s) => {
        if (s === undefined || s <= 1) {
          clearInterval(timer.current)
          return 0
        }
        return s - 1
      })
    }, 1000)
  }

  return (
    <div className="cadence-helper">
      <div className="cadence-helper__mode">
        <p className="subgroup__title">Tap with each foot strike</p>
        <button
          type="button"
          className="button tap-button"
          onClick={() => setTaps((t) => [...t, performance.now()])}
        >
          Tap ({taps.length})
        </button>
        <span className="cadence-helper__result" role="status">
          {fromTaps ? `${fromTaps} steps/min` : taps.length > 0 ? 'Keep tapping…' : ''}
        </span>
        {fromTaps !== undefined && (
          <button type="button" className="button button--small" onClick={() => use(fromTaps)}>
            Use {fromTaps}
          </button>
        )}
        {taps.length > 0 && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setTaps([])}
          >
            Reset
          </button>
        )}
      </div>
      <div className="cadence-helper__mode">
        <p className="subgroup__title">Count steps for {COUNT_SECONDS} s</p>
        <button type="button" className="button button--small" onClick={startTimer}>
          {secondsLeft === undefined ? 'Start timer' : 'Restart'}
        </button>
        <span className="cadence-helper__result" role="timer" aria-live="polite">
          {secondsLeft === undefined
            ? ''
            : secondsLeft > 0
              ? `${secondsLeft} s`
              : 'Time! Enter the count'}
        </span>
        <label className="visually-hidden" htmlFor="steps-counted">
          Steps counted in {COUNT_SECONDS} seconds
        </label>
        <input
          id="steps-counted"
          className="cadence-helper__count"
          type="number"
          min={0}
          placeholder="Steps"
          value={counted}
          onChange={(e) => setCounted(e.target.value)}
        />
        {Number(counted) > 0 && (
          <button
            type="button"
            className="button button--small"
            onClick={() => use(Number(counted) * 2)}
          >
            Use {Number(counted) * 2}
          </button>
        )}
      </div>
    </div>
  )
}

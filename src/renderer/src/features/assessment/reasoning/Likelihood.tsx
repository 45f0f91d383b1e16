import { useState } from 'react'
import {
  independentLikelihoodNote,
  likelihoodLegend,
  likelihoodOf,
} from '@shared/clinical/presentation/likelihood'

const NUMBERS_KEY = 'runners-hip:likelihood-numbers'

/**
 * Whether the clinician has asked for the numbers beside the words, remembered between sessions
 * like the live panel's state. The words come first because the engine's numbers are not
 * calibrated probabilities (docs/clinical-reasoning.md, "How likelihood is shown").
 */
export function useLikelihoodNumbers(): [shown: boolean, toggle: () => void] {
  const [shown, setShown] = useState(() => localStorage.getItem(NUMBERS_KEY) === 'shown')
  const toggle = () => {
    localStorage.setItem(NUMBERS_KEY, shown ? 'hidden' : 'shown')
    setShown(!shown)
  }
  return [shown, toggle]
}

/** A condition's likelihood in words ("Likely"), with the number ("72%") when asked for. */
export function Likelihood({
  probability,
  showNumber,
}: {
  probability: number
  showNumber: boolean
}) {
  const { band, word, number } = likelihoodOf(probability)
  return (
    <span className={`likelihood likelihood--${band}`}>
      {word}
      {showNumber && <span className="likelihood__number"> {number}</span>}
    </span>
  )
}

/** A bar in three steps, one per word: it shows the band, not a finer number. */
export function LikelihoodBar({ probability }: { probability: number }) {
  return (
    <span className="likelihood-bar" aria-hidden="true">
      <span className="likelihood-bar__fill" data-band={likelihoodOf(probability).band} />
    </span>
  )
}

/**
 * The caveat every differential carries (the likelihoods do not add up to 100 %), and the
 * keyboard-operable switch that shows or hides the numbers.
 */
export function LikelihoodNote({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  return (
    <div className="likelihood-note">
      <p>
        {independentLikelihoodNote}
        {shown && ` ${likelihoodLegend}`}
      </p>
      <button type="button" className="button button--small" onClick={onToggle}>
        {shown ? 'Hide the numbers' : 'Show the numbers'}
      </button>
    </div>
  )
}

import { assessmentSteps, stepLabels, type AssessmentStep } from '@shared/model/assessment/steps'

interface StepperProps {
  current: AssessmentStep
  hrefFor: (step: AssessmentStep) => string
  /** Items still to record per step (drafts only). */
  missingCount?: Partial<Record<AssessmentStep, number>>
}

/** The steps, in order but free to visit in any order; Alt+1…5 jumps to one. */
export function Stepper({ current, hrefFor, missingCount }: StepperProps) {
  return (
    <nav className="stepper" aria-label="Assessment steps">
      <ol>
        {assessmentSteps.map((step, index) => {
          const missing = missingCount?.[step]
          return (
            <li key={step}>
              <a
                href={hrefFor(step)}
                className="stepper__step"
                aria-current={step === current ? 'step' : undefined}
              >
                <span className="stepper__number">{index + 1}</span>
                <span className="stepper__label">{stepLabels[step]}</span>
                {missing !== undefined && step !== 'review' && (
                  <span
                    className={
                      missing === 0 ? 'stepper__badge stepper__badge--done' : 'stepper__badge'
                    }
                  >
                    {missing === 0 ? '✓' : missing}
                    <span className="visually-hidden">
                      {missing === 0 ? ' complete' : ' items to record'}
                    </span>
                  </span>
                )}
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

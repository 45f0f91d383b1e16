import {
  examRegionKeyTests,
  examRegions,
  regionsOfBodyAreaCitation,
  type ExamRegion,
} from '@shared/clinical/examRegions'
import { CitationNote } from '../../../components/CitationNote'

/**
 * Which regions' key tests the exam shows first: those where it hurts (from the body chart),
 * required for finalising, and any other the clinician adds with one click (shown, optional).
 */
export function RegionChooser({
  whereItHurts,
  shown,
  onChange,
}: {
  whereItHurts: readonly ExamRegion[]
  shown: readonly ExamRegion[]
  onChange: (regions: ExamRegion[]) => void
}) {
  return (
    <div className="region-chooser" role="group" aria-label="Key tests by region">
      <span className="region-chooser__label">
        Key tests for{' '}
        <CitationNote
          citation={regionsOfBodyAreaCitation}
          label="The regions come from the body chart in the history: lateral hip and lateral thigh → lateral; groin → groin and hip joint; buttock, sitting bone, posterior thigh and lower back → posterior; deep pain or the C-sign → hip joint."
        />
        :
      </span>
      {examRegions.map((region) => {
        const on = shown.includes(region)
        const required = whereItHurts.includes(region)
        return (
          <button
            key={region}
            type="button"
            className={`button button--small region-chooser__region${required ? ' region-chooser__region--required' : ''}`}
            aria-pressed={on}
            disabled={required}
            title={required ? 'Where it hurts: required' : undefined}
            onClick={() =>
              onChange(on ? shown.filter((r) => r !== region) : [...shown, region].sort(byOrder))
            }
          >
            {examRegionKeyTests[region].label}
            {required ? ' (where it hurts)' : ''}
          </button>
        )
      })}
    </div>
  )
}

const byOrder = (a: ExamRegion, b: ExamRegion) => examRegions.indexOf(a) - examRegions.indexOf(b)

/** Why these tests, with sources, one click away. */
export function RegionReasons({ regions }: { regions: readonly ExamRegion[] }) {
  if (regions.length === 0)
    return (
      <p className="field__hint">
        Mark where it hurts on the body chart (History) to see the key tests for that region, or
        choose a region above.
      </p>
    )
  return (
    <ul className="region-reasons">
      {regions.map((r) => (
        <li key={r}>
          <strong>{examRegionKeyTests[r].label}:</strong> {examRegionKeyTests[r].why}{' '}
          <CitationNote
            citation={examRegionKeyTests[r].citation}
            label={`Sources for the ${examRegionKeyTests[r].label.toLowerCase()} key tests`}
          />
        </li>
      ))}
    </ul>
  )
}

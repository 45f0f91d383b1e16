import { Fragment } from 'react'
import { useWatch } from 'react-hook-form'
import { romFlags, sideDifference, typicalMinimum } from '@shared/clinical/romAssessment'
import { romNorms } from '@shared/clinical/romNorms'
import {
  romMotionLabels,
  romMotions,
  rotationPositionLabels,
  rotationPositions,
  type PhysicalExam,
} from '@shared/model/assessment/physicalExam'
import { ChoiceField, optionsFrom } from '../fields/ChoiceField'
import { MeasurementField } from '../fields/MeasurementField'
import { CheckboxField } from '../fields/SmallFields'
import { CitationNote } from '../../../components/CitationNote'

// Left then right, each with its end-of-range pain box, in the order the table header lists them.
const sides = [
  { side: 'left', painKey: 'painLeft' },
  { side: 'right', painKey: 'painRight' },
] as const

/**
 * Hip range of motion both sides, with the typical range, the side difference and any flags; the
 * hip-OA criteria thresholds only when `hipOaCriteria` says they concern this patient.
 */
export function RomTable({ hipOaCriteria }: { hipOaCriteria: boolean }) {
  const rom = useWatch({ name: 'rom' }) as PhysicalExam['rom']
  const position = rom?.rotationPosition
  return (
    <>
      <ChoiceField
        name="rom.rotationPosition"
        label="Position for rotation"
        options={optionsFrom(rotationPositions, rotationPositionLabels)}
        help="Rotation differs by position: measure the same way each visit."
        compact
        hideLabel
      />
      <table className="table table--compact rom">
        <thead>
          <tr>
            <th scope="col">Motion (degrees)</th>
            <th scope="col">Left</th>
            <th scope="col" className="rom__pain">
              Pain L
            </th>
            <th scope="col">Right</th>
            <th scope="col" className="rom__pain">
              Pain R
            </th>
            <th scope="col">Difference</th>
            <th scope="col">Typical</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {romMotions.map((motion) => {
            const entry = rom?.motions?.[motion]
            const flags = romFlags(motion, entry?.left, entry?.right, position, hipOaCriteria)
            const difference = sideDifference(entry?.left, entry?.right)
            const label = romMotionLabels[motion]
            return (
              <tr key={motion} className={flags.length > 0 ? 'row--flagged' : undefined}>
                <th scope="row">{label}</th>
                {sides.map(({ side, painKey }) => (
                  <Fragment key={side}>
                    <td>
                      <MeasurementField
                        name={`rom.motions.${motion}.${side}`}
                        label={`${label}, ${side}`}
                        min={-30}
                        max={180}
                        step={1}
                        allowNotAssessed
                        hideLabel
                      />
                    </td>
                    <td className="rom__pain">
                      <CheckboxField
                        name={`rom.motions.${motion}.${painKey}`}
                        label={`${label}, ${side}: painful at end of range`}
                        hideLabel
                      />
                    </td>
                  </Fragment>
                ))}
                <td className="numeric">{difference === undefined ? '—' : `${difference}°`}</td>
                <td className="muted">
                  ≥ {typicalMinimum(motion, position)}°{' '}
                  <CitationNote
                    citation={romNorms[motion].citation}
                    label={romNorms[motion].typicalLabel}
                  />
                </td>
                <td>
                  {flags.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul className="flags">
                      {flags.map((f) => (
                        <li key={f.text} className={`flag flag--${f.kind}`}>
                          {f.text} <CitationNote citation={f.citation} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}

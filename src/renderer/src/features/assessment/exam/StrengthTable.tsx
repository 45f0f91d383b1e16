import { useWatch } from 'react-hook-form'
import {
  adductorAbductorBalance,
  forcePerKg,
  limbSymmetryIndex,
} from '@shared/clinical/strengthAnalysis'
import { adductorAbductorRatio, limbSymmetry } from '@shared/clinical/strengthNorms'
import {
  oxfordOptions,
  strengthGroupLabels,
  strengthGroups,
  type PhysicalExam,
} from '@shared/model/assessment/physicalExam'
import type { PainSide } from '@shared/model/assessment/recordedValues'
import { MeasurementField } from '../fields/MeasurementField'
import { CheckboxField, SelectField } from '../fields/SmallFields'
import { CitationNote } from '../../../components/CitationNote'

/** Strength per muscle group and side: Oxford grade and/or dynamometer force, with symmetry. */
export function StrengthTable({ painSide }: { painSide: PainSide | 'not-assessed' | undefined }) {
  const strength = useWatch({ name: 'strength' }) as PhysicalExam['strength']
  const bodyMassKg = useWatch({ name: 'bodyMassKg' }) as number | undefined
  const perKg = (n: number | undefined) => {
    const value = forcePerKg(n, bodyMassKg)
    return value === undefined ? '' : `${value} N/kg`
  }
  const involved = painSide === 'left' || painSide === 'right' ? painSide : undefined
  const balance = involved
    ? adductorAbductorBalance(
        strength?.hipAdductors?.[involved]?.forceN,
        strength?.hipAbductors?.[involved]?.forceN,
      )
    : undefined
  return (
    <>
      {!bodyMassKg && (
        <p className="field__hint">Record body mass under Observation to see force per kg.</p>
      )}
      <table className="table table--compact strength">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Muscle group
            </th>
            <th scope="colgroup" colSpan={3}>
              Left
            </th>
            <th scope="colgroup" colSpan={3}>
              Right
            </th>
            <th scope="col" rowSpan={2}>
              Symmetry{' '}
              <CitationNote citation={limbSymmetry.citation} label={limbSymmetry.explanation} />
            </th>
          </tr>
          <tr>
            <th scope="col">Oxford</th>
            <th scope="col">Force (N)</th>
            <th scope="col">Pain</th>
            <th scope="col">Oxford</th>
            <th scope="col">Force (N)</th>
            <th scope="col">Pain</th>
          </tr>
        </thead>
        <tbody>
          {strengthGroups.map((group) => {
            const label = strengthGroupLabels[group]
            const entry = strength?.[group]
            const symmetry = limbSymmetryIndex(entry?.left?.forceN, entry?.right?.forceN, painSide)
            return (
              <tr key={group} className={symmetry?.deficit ? 'row--flagged' : undefined}>
                <th scope="row">{label}</th>
                {(['left', 'right'] as const).map((side) => (
                  <SideCells
                    key={side}
                    group={group}
                    side={side}
                    label={label}
                    perKg={perKg(entry?.[side]?.forceN)}
                  />
                ))}
                <td>
                  {symmetry ? (
                    <span className={symmetry.deficit ? 'flag flag--side-difference' : ''}>
                      {symmetry.percent}%
                      {symmetry.deficit ? ` (< ${limbSymmetry.deficitBelowPercent}%)` : ''}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="field__hint">
        Symmetry ={' '}
        {involved
          ? `${involved} (painful) ÷ other side`
          : 'weaker ÷ stronger side (painful side not recorded)'}{' '}
        × 100, from dynamometer force.
      </p>
      {balance && (
        <p className={balance.atRisk ? 'flag flag--side-difference' : 'muted'}>
          Adductor : abductor ratio on the painful side {balance.ratio.toFixed(2)}
          {balance.atRisk ? ` (below ${adductorAbductorRatio.riskBelow.toFixed(2)})` : ''}{' '}
          <CitationNote
            citation={adductorAbductorRatio.citation}
            label={adductorAbductorRatio.explanation}
          />
        </p>
      )}
    </>
  )
}

function SideCells({
  group,
  side,
  label,
  perKg,
}: {
  group: string
  side: 'left' | 'right'
  label: string
  perKg: string
}) {
  const sideLabel = side === 'left' ? 'left' : 'right'
  return (
    <>
      <td>
        <SelectField
          name={`strength.${group}.${side}.oxford`}
          label={`${label}, ${sideLabel}: Oxford grade`}
          options={oxfordOptions}
          placeholder="—"
          hideLabel
        />
      </td>
      <td>
        <MeasurementField
          name={`strength.${group}.${side}.forceN`}
          label={`${label}, ${sideLabel}: force in newtons`}
          min={0}
          max={2000}
          hideLabel
          after={perKg ? <span className="muted per-kg">{perKg}</span> : undefined}
        />
      </td>
      <td>
        <CheckboxField
          name={`strength.${group}.${side}.pain`}
          label={`${label}, ${sideLabel}: painful`}
          hideLabel
        />
      </td>
    </>
  )
}

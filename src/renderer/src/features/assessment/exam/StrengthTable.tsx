import { useWatch } from 'react-hook-form'
import {
  adductorAbductorBalance,
  compareTorqueWithNorm,
  forcePerKg,
  limbSymmetryIndex,
  torqueNm,
  torquePercentBwHeight,
  torquePerKg,
} from '@shared/clinical/strengthAnalysis'
import {
  adductorAbductorRatio,
  hipAbductorTorqueNorms,
  leverArmCitation,
  leverArmNote,
  limbSymmetry,
} from '@shared/clinical/strengthNorms'
import {
  oxfordOptions,
  strengthGroupLabels,
  strengthGroups,
  type PhysicalExam,
} from '@shared/model/assessment/physicalExam'
import type { PainSide } from '@shared/model/assessment/recordedValues'
import type { Sex } from '@shared/model/patient'
import { MeasurementField } from '../fields/MeasurementField'
import { CheckboxField, SelectField } from '../fields/SmallFields'
import { CitationNote } from '../../../components/CitationNote'

/**
 * Strength per muscle group and side: Oxford grade and/or dynamometer force, with force per kg,
 * torque (Nm and Nm/kg, from the lever arm entered per group) and limb symmetry; the hip
 * abductors' torque beside the sourced norm (%BW·h) when height and sex are known.
 */
export function StrengthTable({
  painSide,
  sex,
}: {
  painSide: PainSide | 'not-assessed' | undefined
  sex?: Sex
}) {
  const strength = useWatch({ name: 'strength' }) as PhysicalExam['strength']
  const [bodyMassKg, heightCm] = useWatch({ name: ['bodyMassKg', 'heightCm'] }) as [
    number | undefined,
    number | undefined,
  ]
  const derived = (n: number | undefined, leverArmM: number | undefined) => {
    const parts = [
      forcePerKg(n, bodyMassKg) !== undefined ? `${forcePerKg(n, bodyMassKg)} N/kg` : '',
      torqueNm(n, leverArmM) !== undefined ? `${torqueNm(n, leverArmM)} Nm` : '',
      torquePerKg(n, leverArmM, bodyMassKg) !== undefined
        ? `${torquePerKg(n, leverArmM, bodyMassKg)} Nm/kg`
        : '',
    ].filter(Boolean)
    return parts.join(' · ')
  }
  const abductors = strength?.hipAbductors
  const abductorNorms = (['left', 'right'] as const).flatMap((side) => {
    const c = compareTorqueWithNorm(
      'hipAbductors',
      sex,
      torquePercentBwHeight(abductors?.[side]?.forceN, abductors?.leverArmM, bodyMassKg, heightCm),
    )
    return c ? [{ side, ...c }] : []
  })
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
              Lever arm (m) <CitationNote citation={leverArmCitation} label={leverArmNote} />
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
                    perKg={derived(entry?.[side]?.forceN, entry?.leverArmM)}
                  />
                ))}
                <td>
                  <MeasurementField
                    name={`strength.${group}.leverArmM`}
                    label={`${label}: lever arm in metres`}
                    min={0.05}
                    max={1.2}
                    step={0.01}
                    hideLabel
                  />
                </td>
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
        × 100, from dynamometer force. With a lever arm, torque = force × lever arm.
      </p>
      {abductorNorms.length > 0 && (
        <p className="muted torque-norms">
          Hip abductor torque:{' '}
          {abductorNorms
            .map(
              (n) =>
                `${n.side} ${n.percentBwHeight} ${hipAbductorTorqueNorms.unit}${n.atOrBelowInjured ? ' (at or below the injured-limb mean)' : ''}`,
            )
            .join('; ')}
          . Healthy runners {abductorNorms[0]!.healthy}, injured limb in ITBS{' '}
          {abductorNorms[0]!.injured} ({sex === 'female' ? 'women' : 'men'}).{' '}
          <CitationNote
            citation={hipAbductorTorqueNorms.citation}
            label={hipAbductorTorqueNorms.explanation}
          />
        </p>
      )}
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

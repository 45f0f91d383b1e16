import { useMemo, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import {
  afterTrauma,
  examRegionKeyTests,
  keyPalpationSites,
  keySpecialTests,
  type ExamRegion,
} from '@shared/clinical/examRegions'
import {
  palpationSites,
  strengthGroupLabels,
  trendelenburgGaitLabels,
  trendelenburgGaits,
  weightBearingLabels,
  weightBearingStatuses,
} from '@shared/model/assessment/physicalExam'
import type { PainSide } from '@shared/model/assessment/recordedValues'
import type { Sex } from '@shared/model/patient'
import { ChoiceField, optionsFrom, YesNoField } from '../fields/ChoiceField'
import { MeasurementField } from '../fields/MeasurementField'
import { TextField } from '../fields/TextFields'
import { StepSection } from '../StepForm'
import { ExamJumpLinks, FoldingSection as ExamSection, holdsValue } from '../FoldingSection'
import { RegionChooser, RegionReasons } from './KeyTests'
import { PalpationTable } from './PalpationTable'
import { RomTable } from './RomTable'
import { SpecialTestsTable } from './SpecialTestsTable'
import { StrengthTable } from './StrengthTable'

const stanceSideOptions = [
  { value: 'left', label: 'Left stance' },
  { value: 'right', label: 'Right stance' },
  { value: 'both', label: 'Both' },
]

const sectionLinks = [
  { id: 'key-tests', title: 'Key tests' },
  { id: 'observation', title: 'Observation' },
  { id: 'rom', title: 'Range of motion' },
  { id: 'strength', title: 'Strength' },
  { id: 'palpation', title: 'Palpation' },
  { id: 'special-tests', title: 'Special tests' },
  { id: 'exam-notes', title: 'Notes' },
]

/** As holdsValue, but a test left "not tested" is not a finding worth unfolding for. */
const holdsResult = (tests: Record<string, { result?: string } | undefined> | undefined) =>
  Object.values(tests ?? {}).some((t) => t?.result === 'positive' || t?.result === 'negative')

export function ExamStep({
  painSide,
  hipOaCriteria,
  whereItHurts,
  trauma,
  sex,
  retest = [],
}: {
  painSide: PainSide | 'not-assessed' | undefined
  /** Whether the hip-OA criteria concern this patient (the engine's hipOaCriteria.applies). */
  hipOaCriteria: boolean
  /** The regions where it hurts (history): their key tests are required. */
  whereItHurts: readonly ExamRegion[]
  /** A fall or a blow: the fracture rule-out test is required too. */
  trauma: boolean
  /** For the sex-specific torque norms. */
  sex?: Sex
  /** At a short follow-up, the paths of the signs to retest: their sections start unfolded. */
  retest?: readonly string[]
}) {
  const [shown, setShown] = useState<ExamRegion[]>(() => [...whereItHurts])
  const regions = useMemo(
    () => [...new Set([...whereItHurts, ...shown])] as ExamRegion[],
    [whereItHurts, shown],
  )
  const keyTests = useMemo(
    () => [...new Set([...keySpecialTests(regions), ...(trauma ? afterTrauma.specialTests : [])])],
    [regions, trauma],
  )
  const keySites = useMemo(() => keyPalpationSites(regions), [regions])
  const otherSites = palpationSites.map((s) => s.id).filter((id) => !keySites.includes(id))
  const keyStrength = [...new Set(regions.flatMap((r) => examRegionKeyTests[r].strength))]
  const keyRom = regions.some((r) => examRegionKeyTests[r].rom.length > 0)
  // What the step opened with decides which sections start unfolded; read once.
  const { getValues } = useFormContext()
  const [initial] = useState(() => getValues() as Record<string, Record<string, unknown>>)
  const otherPalpation = otherSites.some((id) => holdsValue(initial.palpation?.[id]))
  const retests = (prefix: string) => retest.some((path) => path.startsWith(prefix))
  const otherTests =
    holdsResult(
      Object.fromEntries(
        Object.entries(initial.specialTests ?? {}).filter(
          ([id]) => !keyTests.includes(id as never),
        ),
      ) as never,
    ) ||
    retest.some(
      (path) =>
        path.startsWith('exam.specialTests.') && !keyTests.includes(path.split('.')[2] as never),
    )
  return (
    <>
      <ExamJumpLinks sections={sectionLinks} />
      <StepSection title="Key tests" id="key-tests">
        <RegionChooser whereItHurts={whereItHurts} shown={regions} onChange={setShown} />
        <RegionReasons regions={regions} />
        {keySites.length > 0 && <PalpationTable sites={keySites} />}
        {keyTests.length > 0 && (
          <SpecialTestsTable
            only={keyTests}
            title={`Key tests: ${regions.map((r) => examRegionKeyTests[r].label).join(', ')}`}
          />
        )}
        {(keyStrength.length > 0 || keyRom) && (
          <p className="field__hint">
            Also key here:{' '}
            {[
              ...keyStrength.map((g) => `${strengthGroupLabels[g].toLowerCase()} strength`),
              ...(keyRom ? ['internal rotation range'] : []),
            ].join(' and ')}{' '}
            (both sides), below.
          </p>
        )}
      </StepSection>

      <StepSection title="Observation and gait" id="observation">
        <div className="grid-4">
          <MeasurementField
            name="bodyMassKg"
            label="Body mass"
            unit="kg"
            min={10}
            max={300}
            help="Used for dynamometer force per kg."
          />
          <MeasurementField name="heightCm" label="Height" unit="cm" min={50} max={250} />
        </div>
        <div className="grid-2">
          <ChoiceField
            name="observation.weightBearing"
            label="Weight bearing"
            options={optionsFrom(weightBearingStatuses, weightBearingLabels)}
            notAssessedLabel="Not assessed"
            alertValue="unable"
          />
          <YesNoField name="observation.antalgicGait" label="Antalgic gait (limp)" />
          <ChoiceField
            name="observation.trendelenburgGait"
            label="Trendelenburg gait"
            options={optionsFrom(trendelenburgGaits, trendelenburgGaitLabels)}
            notAssessedLabel="Not assessed"
          />
          <ChoiceField
            name="observation.trendelenburgStanceSide"
            label="Seen in stance on"
            options={stanceSideOptions}
            compact
          />
        </div>
        <div className="subgroup">
          <p className="subgroup__title">Single-leg squat</p>
          <div className="grid-4">
            <ChoiceField
              name="observation.singleLegSquat.side"
              label="Leg tested"
              options={[
                { value: 'left', label: 'Left' },
                { value: 'right', label: 'Right' },
              ]}
              compact
            />
            <YesNoField name="observation.singleLegSquat.pelvicDrop" label="Pelvic drop" />
            <YesNoField name="observation.singleLegSquat.kneeValgus" label="Knee valgus" />
            <YesNoField name="observation.singleLegSquat.trunkLean" label="Trunk lean" />
            <YesNoField name="observation.singleLegSquat.pain" label="Reproduces pain" />
          </div>
        </div>
        <p className="field__hint">
          Pain on hopping is recorded with the special tests (single-leg hop).
        </p>
        <TextField name="observation.notes" label="Observation notes" multiline />
      </StepSection>

      <ExamSection
        title="Range of motion"
        id="rom"
        defaultOpen={keyRom || holdsValue(initial.rom?.motions) || retests('exam.rom.')}
        summary={keyRom ? 'Internal rotation is a key test here' : 'Optional'}
      >
        <RomTable hipOaCriteria={hipOaCriteria} />
      </ExamSection>

      <ExamSection
        title="Strength"
        id="strength"
        defaultOpen={
          keyStrength.length > 0 || holdsValue(initial.strength) || retests('exam.strength.')
        }
        summary={
          keyStrength.length > 0
            ? `${keyStrength.map((g) => strengthGroupLabels[g]).join(', ')}: key here`
            : 'Optional'
        }
      >
        <StrengthTable painSide={painSide} sex={sex} />
      </ExamSection>

      <ExamSection
        title="Palpation: other sites"
        id="palpation"
        defaultOpen={otherPalpation || retests('exam.palpation.')}
        summary={`${otherSites.length} sites, optional`}
      >
        <PalpationTable sites={otherSites} />
      </ExamSection>

      <ExamSection
        title="Special tests: all others"
        id="special-tests"
        defaultOpen={otherTests}
        summary="Grouped by region, optional"
      >
        <SpecialTestsTable exclude={keyTests} />
      </ExamSection>

      <ExamSection
        title="Exam notes"
        id="exam-notes"
        defaultOpen={holdsValue(initial.notes)}
        summary="Optional"
      >
        <TextField name="notes" label="Other findings" multiline />
      </ExamSection>
    </>
  )
}

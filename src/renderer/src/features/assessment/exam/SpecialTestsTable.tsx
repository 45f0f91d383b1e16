import { useFormContext, useWatch } from 'react-hook-form'
import {
  specialTestCaveat,
  specialTestGroups,
  specialTests,
  type SpecialTestInfo,
} from '@shared/clinical/specialTests'
import { roundRatio } from '@shared/clinical/presentation/likelihood'
import { evidenceLabels, sources } from '@shared/clinical/sources'
import type { SpecialTestEntry, SpecialTestId } from '@shared/model/assessment/physicalExam'
import { ChoiceField } from '../fields/ChoiceField'
import { useFieldId, usePreviousValue, useReadOnly } from '../fields/fieldContext'
import { PreviousValue } from '../fields/PreviousValue'

const resultOptions = [
  { value: 'positive', label: 'Positive' },
  { value: 'negative', label: 'Negative' },
  { value: 'not-tested', label: 'Not tested' },
]
const sideOptions = [
  { value: 'left', label: 'L' },
  { value: 'right', label: 'R' },
  { value: 'both', label: 'Both' },
]

const percent = (n: number | undefined) => (n === undefined ? '—' : `${Math.round(n * 100)}%`)
// Rounded to what the evidence supports, as everywhere a ratio is shown (the summary keeps the
// source's own wording).
const ratio = (n: number | undefined) => (n === undefined ? '—' : String(roundRatio(n)))

/** How to do the test and its published accuracy, with sources: one click away. */
export function TestInfo({ info }: { info: SpecialTestInfo }) {
  return (
    <details className="test-info">
      <summary aria-label={`How to do ${info.name} and its accuracy`}>
        <span className="info-icon">i</span>
      </summary>
      <div className="test-info__body">
        <p>
          <strong>How:</strong> {info.howTo}
        </p>
        <p>
          <strong>Positive when:</strong> {info.positiveWhen}
        </p>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">For</th>
              <th scope="col">Sn</th>
              <th scope="col">Sp</th>
              <th scope="col">LR+</th>
              <th scope="col">LR−</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {info.accuracy.map((a) => (
              <tr key={`${a.target}-${a.summary}`}>
                <td>
                  {a.target}
                  <span className="cell-hint">{a.summary}</span>
                </td>
                <td>{percent(a.sensitivity)}</td>
                <td>{percent(a.specificity)}</td>
                <td>{ratio(a.lrPositive)}</td>
                <td>{ratio(a.lrNegative)}</td>
                <td>
                  {a.citation.sourceIds.map((id) => sources[id].citation).join('; ')}
                  <span className={`cell-hint evidence evidence--${a.citation.evidence}`}>
                    {evidenceLabels[a.citation.evidence]}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{specialTestCaveat}</p>
      </div>
    </details>
  )
}

function TestRow({ id }: { id: SpecialTestId }) {
  const info = specialTests[id]
  const { register } = useFormContext()
  const result = useWatch({ name: `specialTests.${id}.result` }) as SpecialTestEntry['result']
  const fieldId = useFieldId(`specialTests.${id}.reproduced`)
  const readOnly = useReadOnly()
  const previous = usePreviousValue(`specialTests.${id}`) as SpecialTestEntry | undefined
  const tested = result === 'positive' || result === 'negative'
  return (
    <tr className={result === 'positive' ? 'row--positive' : undefined}>
      <th scope="row">
        <span className="test-name">{info.name}</span> <TestInfo info={info} />
        <PreviousValue
          text={
            previous?.result && previous.result !== 'not-tested'
              ? `${previous.result}${previous.side ? ` (${previous.side})` : ''}`
              : undefined
          }
        />
      </th>
      <td>
        <ChoiceField
          name={`specialTests.${id}.result`}
          label={`${info.name}: result`}
          options={resultOptions}
          compact
          hideLabel
          hidePrevious
        />
      </td>
      <td>
        {tested && (
          <ChoiceField
            name={`specialTests.${id}.side`}
            label={`${info.name}: side`}
            options={sideOptions}
            compact
            hideLabel
            hidePrevious
          />
        )}
      </td>
      <td>
        {tested && (
          <>
            <label className="visually-hidden" htmlFor={fieldId}>
              {info.name}: what it reproduced
            </label>
            {/* A box that grows with its text: a one-line input cut it off. */}
            <textarea
              id={fieldId}
              className="reproduced"
              rows={1}
              placeholder="What it reproduced"
              readOnly={readOnly}
              autoComplete="off"
              {...register(`specialTests.${id}.reproduced`, {
                setValueAs: (v: unknown) => (v === '' ? undefined : v),
              })}
            />
          </>
        )}
      </td>
    </tr>
  )
}

/**
 * Special tests as rows: either the given ones under one heading (the key tests of the regions
 * where it hurts), or every other test of the knowledge base grouped by region.
 */
export function SpecialTestsTable({
  only,
  title,
  exclude = [],
}: {
  only?: readonly SpecialTestId[]
  title?: string
  exclude?: readonly SpecialTestId[]
}) {
  const groups = only
    ? [{ title: title ?? 'Key tests', testIds: [...only] }]
    : specialTestGroups
        .map((g) => ({ ...g, testIds: g.testIds.filter((id) => !exclude.includes(id)) }))
        .filter((g) => g.testIds.length > 0)
  return (
    <table className="table table--compact special-tests">
      <thead>
        <tr>
          <th scope="col">Test</th>
          <th scope="col">Result</th>
          <th scope="col">Side</th>
          <th scope="col">Reproduced</th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.title}>
          <tr className="group-row">
            <th scope="rowgroup" colSpan={4}>
              {group.title}
            </th>
          </tr>
          {group.testIds.map((id) => (
            <TestRow key={id} id={id} />
          ))}
        </tbody>
      ))}
    </table>
  )
}

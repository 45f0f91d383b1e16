import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react'
import {
  bodyRegionLabels,
  bodyRegions,
  type BodyRegion,
} from '@shared/model/assessment/bodyRegions'
import { sideLabels, sides, type Side } from '@shared/model/assessment/recordedValues'
import chartSvg from '../../../../../../resources/body-chart.svg?raw'
import './bodyChart.css'

/** One painful area: a region of the body chart on the patient's left or right. */
export type PainArea = { region: BodyRegion; side: Side }

interface BodyChartProps {
  value: PainArea[]
  onChange: (next: PainArea[]) => void
  /** Prefix for the element ids inside (checkboxes and the artwork's internal ids). */
  idPrefix?: string
}

const isRegion = (v: string | undefined): v is BodyRegion =>
  (bodyRegions as readonly (string | undefined)[]).includes(v)
const isSide = (v: string | undefined): v is Side =>
  (sides as readonly (string | undefined)[]).includes(v)

const areaKey = (region: BodyRegion, side: Side) => `${region}:${side}`

/**
 * Where it hurts: a clickable body chart (front, both sides, back) and, carrying the semantics
 * for keyboard and screen-reader users, a grid of left / right checkboxes per region. Both edit
 * the same list; the picture itself is hidden from assistive technology.
 */
export function BodyChart({ value, onChange, idPrefix }: BodyChartProps) {
  const generatedId = useId()
  const prefix = idPrefix ?? `body-chart-${generatedId.replace(/[^a-zA-Z0-9_-]/g, '')}`
  const figureRef = useRef<HTMLDivElement>(null)
  const [focused, setFocused] = useState<string>()

  // The artwork's clip paths and masks are referenced by id: make them unique per chart.
  const markup = useMemo(
    () => ({ __html: chartSvg.replace(/(id="|#)bc-/g, `$1${prefix}-bc-`) }),
    [prefix],
  )

  const selected = useMemo(
    () => new Set(value.map((area) => areaKey(area.region, area.side))),
    [value],
  )

  const toggle = (region: BodyRegion, side: Side) => {
    const isSelected = selected.has(areaKey(region, side))
    onChange(
      isSelected
        ? value.filter((area) => !(area.region === region && area.side === side))
        : [...value, { region, side }],
    )
  }

  const onChartClick = (event: MouseEvent<HTMLDivElement>) => {
    const shape = (event.target as Element).closest<SVGElement>('[data-region][data-side]')
    if (!shape) return
    const { region, side } = shape.dataset
    if (isRegion(region) && isSide(side)) toggle(region, side)
  }

  // Mirror the value (and the focused checkbox) onto the shapes of the inlined artwork.
  useEffect(() => {
    const shapes = figureRef.current?.querySelectorAll<SVGElement>('[data-region][data-side]')
    shapes?.forEach((shape) => {
      const key = `${shape.dataset.region}:${shape.dataset.side}`
      shape.toggleAttribute('data-selected', selected.has(key))
      shape.toggleAttribute('data-focused', focused === key)
    })
  }, [selected, focused, markup])

  return (
    <div className="body-chart">
      <div className="body-chart__layout">
        <div className="body-chart__chart">
          <div
            ref={figureRef}
            className="body-chart__figure"
            aria-hidden="true"
            onClick={onChartClick}
            dangerouslySetInnerHTML={markup}
          />
          <p className="body-chart__hint" aria-hidden="true">
            Click an area to mark it as painful; click again to clear it.
          </p>
        </div>

        <table className="body-chart__table" id={`${prefix}-areas`}>
          <caption className="visually-hidden">Painful areas, by side</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              {sides.map((side) => (
                <th key={side} scope="col" className="body-chart__side">
                  {sideLabels[side]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bodyRegions.map((region) => (
              <tr key={region}>
                <th scope="row">{bodyRegionLabels[region]}</th>
                {sides.map((side) => {
                  const key = areaKey(region, side)
                  return (
                    <td key={side} className="body-chart__side">
                      <input
                        type="checkbox"
                        id={`${prefix}-${region}-${side}`}
                        aria-label={`${bodyRegionLabels[region]}, ${side}`}
                        checked={selected.has(key)}
                        onChange={() => toggle(region, side)}
                        onFocus={() => setFocused(key)}
                        onBlur={() =>
                          setFocused((current) => (current === key ? undefined : current))
                        }
                      />
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

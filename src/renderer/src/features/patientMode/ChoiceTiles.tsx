/**
 * A question's answers as large tiles: native radio buttons underneath, so a patient can click
 * or tap a tile, or use Tab and the arrow keys, and a screen reader reads a plain radio group.
 */
export function ChoiceTiles<T extends number>({
  name,
  legend,
  options,
  value,
  onChange,
  layout = 'row',
  showLegend = false,
}: {
  name: string
  legend: string
  /** Shown above the tiles (when several groups share a question); else for screen readers. */
  showLegend?: boolean
  options: readonly { value: T; label: string; detail?: string }[]
  value: T | undefined
  onChange: (value: T) => void
  /** 'row' for a 0-10 scale, 'list' for worded answers one under another. */
  layout?: 'row' | 'list'
}) {
  return (
    <fieldset className={`pm-tiles pm-tiles--${layout}`}>
      <legend className={showLegend ? 'pm-tiles__legend' : 'visually-hidden'}>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="pm-tile">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span className="pm-tile__label">{o.label}</span>
          {o.detail && <span className="pm-tile__detail">{o.detail}</span>}
        </label>
      ))}
    </fieldset>
  )
}

const zeroToTen = Array.from({ length: 11 }, (_, i) => ({ value: i, label: String(i) }))

/** A 0-10 rating with its two ends said in words under the scale. */
export function ZeroToTen({
  name,
  legend,
  low,
  high,
  value,
  onChange,
}: {
  name: string
  legend: string
  low: string
  high: string
  value: number | undefined
  onChange: (value: number) => void
}) {
  return (
    <div className="pm-scale">
      <ChoiceTiles
        name={name}
        legend={legend}
        options={zeroToTen}
        value={value}
        onChange={onChange}
      />
      <div className="pm-scale__ends" aria-hidden="true">
        <span>{low}</span>
        <span>{high}</span>
      </div>
      <p className="visually-hidden">
        {low}; {high}.
      </p>
    </div>
  )
}

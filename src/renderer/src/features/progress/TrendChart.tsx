import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatDate } from '../../app/formatting'

export interface TrendSeries {
  id: string
  label: string
}

interface TrendChartProps {
  title: string
  unit: string
  series: TrendSeries[]
  /** One row per visit: its date and a value per series id (absent when not measured). */
  rows: ({ date: string } & Record<string, number | string | undefined>)[]
  /** The y axis: fixed ends, or functions of the data's ends (chartAxes.ts). */
  domain?: [number | ((low: number) => number), number | ((high: number) => number)]
  /** The y axis's labelled values, when the scale has landmarks (e.g. 0 = no change). */
  ticks?: number[]
}

const colours = ['#0f6b73', '#c2410c', '#6d28d9', '#0369a1', '#a16207', '#be185d']

/** A labelled line chart of one group of measures over all visits. */
export function TrendChart({ title, unit, series, rows, domain, ticks }: TrendChartProps) {
  const present = series.filter((s) => rows.some((r) => typeof r[s.id] === 'number'))
  if (present.length === 0) return null
  return (
    <figure className="trend-chart" aria-label={`${title} over time`}>
      <figcaption className="trend-chart__title">
        {title} <span className="muted">({unit})</span>
      </figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#e3e7ec" />
          <XAxis dataKey="date" tickFormatter={(d: string) => formatDate(d)} fontSize={12} />
          <YAxis
            domain={domain ?? ['auto', 'auto']}
            {...(ticks ? { ticks } : {})}
            fontSize={12}
            width={44}
            label={{ value: unit, angle: -90, position: 'insideLeft', fontSize: 12 }}
          />
          <Tooltip
            labelFormatter={(d) => formatDate(String(d))}
            formatter={(value) => [`${value} ${unit}`]}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {present.map((s, i) => (
            <Line
              key={s.id}
              type="monotone"
              dataKey={s.id}
              name={s.label}
              stroke={colours[i % colours.length]}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  )
}

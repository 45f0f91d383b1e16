import { exerciseLogWeeks } from '../../shared/clinical/plan/exerciseLog'
import { runningAdviceForRunner } from '../../shared/clinical/plan/runningAdviceForRunner'
import { exerciseDrawings } from '../../shared/figures/exerciseFigures'
import type { PlanExercise } from '../../shared/model/assessment/plan'
import { formatDate, html, type SafeHtml } from './html'
import type { ReportData } from './reportData'

/**
 * The parts of the patient handout added for runners at home: the start → end drawings of each
 * exercise, the running advice in plain words and the exercise log until the review.
 */

/** The two drawings of a library exercise, start → end; nothing for a free-text exercise. */
export function exerciseFigures(e: PlanExercise): SafeHtml | undefined {
  const drawings = exerciseDrawings(e.exerciseId, e.name)
  if (!drawings) return undefined
  // The SVG is written by this code base from pose data (no patient data); it goes in as a data:
  // URL image, which the reports' Content-Security-Policy allows and `html` escapes as text.
  const src = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
  const wide = drawings.viewBox.width > drawings.viewBox.height * 1.3
  return html`<div class="figures ${wide ? 'wide' : 'tall'}">
    <figure>
      <img src="${src(drawings.start)}" alt="${e.name}: start position" />
      <figcaption>Start</figcaption>
    </figure>
    <span class="then" aria-hidden="true">${wide ? '↓' : '→'}</span>
    <figure>
      <img src="${src(drawings.end)}" alt="${e.name}: end position" />
      <figcaption>End</figcaption>
    </figure>
  </div>`
}

/** "Your running": how much to run, the pain rule, the cues, in plain words. */
export function runningAdviceSection(data: ReportData): SafeHtml | undefined {
  const running = data.assessment.running
  const points = runningAdviceForRunner({
    plan: data.assessment.plan,
    cadenceSpm:
      running?.status === 'recorded' && typeof running.cadenceSpm === 'number'
        ? running.cadenceSpm
        : undefined,
    stopRunning: data.activeRedFlags.some((f) => f.stopRunning),
    redFlagPending: data.activeRedFlags.length > 0,
  })
  if (points.length === 0) return undefined
  return html`<section class="advice">
    <h2>Your running</h2>
    <dl>
      ${points.map(
        (p) =>
          html`<dt>${p.title}</dt>
            <dd>${p.text}</dd>`,
      )}
    </dl>
  </section>`
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const dayLabel = (iso: string) =>
  `${weekdays[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${Number(iso.slice(8, 10))}`

/** The log: one table a week until the review, a tick box a day per exercise and a pain row. */
export function exerciseLogSection(data: ReportData, shown: PlanExercise[]): SafeHtml | undefined {
  if (shown.length === 0) return undefined
  const weeks = exerciseLogWeeks(data.assessment.date, data.assessment.plan?.reviewDate)
  return html`<section class="log">
    <h2>Your exercise log</h2>
    <p class="how">
      Tick the day when you do an exercise. Each evening, write your pain from 0 (none) to 10 (the
      worst you can imagine). Bring this sheet to your next appointment.
    </p>
    ${weeks.map(
      (w) =>
        html`<table class="week">
          <caption>
            Week ${w.number}: ${formatDate(w.days[0])} to ${formatDate(w.days[6])}
          </caption>
          <thead>
            <tr>
              <th>Exercise</th>
              ${w.days.map((d) => html`<th class="day">${dayLabel(d)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${shown.map(
              (e) =>
                html`<tr>
                  <td>${e.name}</td>
                  ${w.days.map(() => html`<td class="tick"></td>`)}
                </tr>`,
            )}
            <tr>
              <td><strong>Pain (0–10)</strong></td>
              ${w.days.map(() => html`<td class="tick"></td>`)}
            </tr>
          </tbody>
        </table>`,
    )}
  </section>`
}

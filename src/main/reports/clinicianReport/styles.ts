/** The clinician report's stylesheet (on top of the common one in ../html). */

import { css } from '../html'

export const stylesheet = css`
  .app-line {
    display: flex;
    justify-content: space-between;
    font-size: 8.5pt;
    color: #555;
    border-bottom: 0.6pt solid #cfd6dc;
    padding-bottom: 3pt;
    margin-bottom: 8pt;
  }
  .title-row {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 10pt;
    margin-bottom: 6pt;
  }
  .status {
    font-size: 9pt;
    font-weight: 600;
    padding: 2pt 7pt;
    border-radius: 3pt;
    border: 0.8pt solid #2e6b3a;
    color: #2e6b3a;
    white-space: nowrap;
  }
  .status.draft {
    border: 1.5pt solid #b00020;
    color: #fff;
    background: #b00020;
    font-size: 12pt;
    letter-spacing: 0.08em;
  }
  .signature-line {
    margin: 0 0 4pt;
    font-size: 9pt;
  }
  .signature-line .hash {
    font-family: 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace;
    font-size: 8.5pt;
  }
  .changed-note {
    margin: 0 0 6pt;
    padding: 3pt 6pt;
    border-left: 2.5pt solid #a15c00;
    background: #fff8ec;
    font-size: 9pt;
  }
  .draft-note {
    color: #b00020;
    font-weight: 600;
    margin: 0 0 6pt;
  }
  .id-grid {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 14pt;
    border: 0.8pt solid #b8c6d1;
    border-radius: 3pt;
    padding: 5pt 8pt;
    background: #f7f9fb;
  }
  .id-grid table {
    margin: 0;
  }
  .id-grid td {
    border: none;
    padding: 1pt 4pt 1pt 0;
  }
  .id-grid td:first-child {
    color: #555;
    width: 38%;
  }
  .red-flags {
    border: 1.6pt solid #b00020;
    border-radius: 3pt;
    padding: 6pt 9pt 4pt;
    margin-top: 10pt;
    background: #fff5f6;
  }
  .red-flags h2 {
    color: #b00020;
    border-bottom-color: #b00020;
    margin-top: 0;
  }
  .flag {
    margin-bottom: 5pt;
    break-inside: avoid;
  }
  .flag-name {
    font-weight: 700;
    font-size: 10.5pt;
  }
  .urgency {
    display: inline-block;
    font-size: 8pt;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: #fff;
    background: #b00020;
    border-radius: 2pt;
    padding: 0.5pt 4pt;
    margin-right: 4pt;
    vertical-align: 1pt;
    white-space: nowrap;
  }
  .urgency.routine,
  .urgency.soon {
    background: #8a5a00;
  }
  .two-col {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 14pt;
  }
  .two-col > .block,
  .keep-block {
    break-inside: avoid;
  }
  table.pairs td:nth-child(odd) {
    width: 37%;
    color: #333;
  }
  table.pairs td:nth-child(even) {
    width: 13%;
  }
  table.pairs td:nth-child(3) {
    border-left: 0.6pt solid #cfd6dc;
  }
  td.span-note {
    text-align: center;
  }
  th.group {
    text-align: center;
    border-bottom: 0.6pt solid #8fa3b3;
  }
  .phase-head {
    break-inside: avoid;
  }
  .phase-head .two-col ul {
    font-size: 9pt;
  }
  .phase-head h4 {
    font-size: 9pt;
    margin: 2pt 0 1pt;
    color: #444;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .plan-list li {
    font-size: 9.5pt;
  }
  table.fields td:first-child {
    width: 48%;
    color: #333;
  }
  table.fields.wide td:first-child {
    width: 37%;
  }
  .nr {
    color: #9a5b00;
    font-style: italic;
  }
  .na {
    color: #666;
    font-style: italic;
  }
  .yes {
    font-weight: 700;
  }
  .pos {
    font-weight: 700;
    color: #8a1020;
  }
  .caption {
    font-size: 8.5pt;
    color: #555;
    margin: -2pt 0 6pt;
  }
  .candidate {
    border-left: 2.5pt solid #8fa3b3;
    padding: 1pt 0 1pt 7pt;
    margin: 0 0 6pt;
    break-inside: avoid;
  }
  .candidate .name {
    font-weight: 700;
  }
  .decision-support {
    font-size: 8.5pt;
    color: #555;
    font-style: italic;
  }
  .confirmed {
    font-size: 11pt;
    font-weight: 700;
  }
  .hold {
    border: 1pt solid #b00020;
    color: #8a1020;
    padding: 3pt 6pt;
    font-weight: 600;
    margin: 4pt 0 6pt;
  }
  .phase {
    break-inside: auto;
  }
  .phase h3 {
    margin-top: 8pt;
  }
  .phase h3 .current {
    font-size: 8.5pt;
    font-weight: 600;
    padding: 1pt 5pt;
    border: 0.6pt solid #1b5e8c;
    border-radius: 3pt;
    color: #1b5e8c;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    vertical-align: 1pt;
  }
  .closing {
    margin-top: 16pt;
    padding-top: 5pt;
    border-top: 0.6pt solid #cfd6dc;
    font-size: 9pt;
    color: #333;
  }
  .addendum {
    margin-bottom: 5pt;
  }
  /* The one-page summary, then the detail from a new page. */
  .summary-page {
    break-after: page;
  }
  table.summary {
    font-size: 10pt;
  }
  table.summary th {
    width: 22%;
    background: #eef3f7;
    vertical-align: top;
  }
  table.summary td {
    padding: 5pt 7pt;
  }
  .summary-flags {
    color: #b00020;
    border-left: 3pt solid #b00020;
    padding-left: 6pt;
  }
`

/** The referral letter's stylesheet (on top of the common one in ../html). */

import { css } from '../html'

// Trimmed to fit one A4 page where the content allows: narrower margins, tighter headings and
// lists; the content itself is never cut.
export const stylesheet = css`
  @page {
    margin: 13mm 16mm 15mm 16mm;
  }
  body.letter {
    font-size: 9.8pt;
    line-height: 1.32;
  }
  .letter li {
    margin-bottom: 0.5pt;
  }
  .letter p {
    margin-bottom: 4pt;
  }
  .red-flags {
    border: 2pt solid #b00020;
    background: #fff3f4;
    padding: 5pt 9pt;
    margin: 0 0 8pt;
    break-inside: avoid;
  }
  .red-flags .label {
    color: #b00020;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    font-size: 9.5pt;
  }
  .screen {
    font-weight: 700;
    margin: 0 0 8pt;
  }
  .screen--negative {
    color: #1b5e20;
  }
  .own-words {
    white-space: pre-line;
  }
  .recipient {
    line-height: 1.3;
  }
  .letterhead {
    display: flex;
    justify-content: space-between;
    align-items: flex-end;
    border-bottom: 1.2pt solid #0b3d5c;
    padding-bottom: 3pt;
    margin-bottom: 8pt;
  }
  .letterhead .from {
    font-weight: 700;
    color: #0b3d5c;
    font-size: 12pt;
  }
  .letterhead .from span {
    display: block;
    font-weight: 400;
    font-size: 9pt;
    color: #444;
  }
  .addressing {
    display: flex;
    justify-content: space-between;
    gap: 20pt;
    margin-bottom: 6pt;
  }
  .urgency-banner {
    display: inline-block;
    color: #fff;
    background: #b00020;
    font-weight: 700;
    letter-spacing: 0.04em;
    padding: 2pt 8pt;
    border-radius: 2pt;
    font-size: 10pt;
    text-transform: uppercase;
  }
  .urgency-banner.routine {
    background: #0b3d5c;
  }
  .re {
    border: 0.8pt solid #b8c6d1;
    background: #f7f9fb;
    padding: 3pt 8pt;
    margin: 0 0 7pt;
  }
  .re td {
    border: none;
    padding: 0.5pt 6pt 0.5pt 0;
    font-size: 10pt;
  }
  .re td:first-child {
    color: #555;
    width: 22%;
  }
  .letter h2 {
    font-size: 10.5pt;
    margin-top: 7pt;
    margin-bottom: 3pt;
  }
  .letter ul {
    margin-bottom: 4pt;
  }
  .flag-line {
    margin-bottom: 4pt;
  }
  .question {
    border: 1.5pt solid #0b3d5c;
    border-radius: 3pt;
    padding: 4pt 10pt;
    margin: 6pt 0 6pt;
    font-size: 10.5pt;
    break-inside: avoid;
  }
  .question .label {
    display: block;
    font-size: 9pt;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: #0b3d5c;
    font-weight: 700;
    margin-bottom: 2pt;
  }
  .question p {
    margin: 0 0 2pt;
    font-weight: 600;
  }
  .signature {
    margin-top: 8pt;
    break-inside: avoid;
  }
  .signature .space {
    height: 20pt;
  }
  .findings-grid {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 16pt;
  }
  .findings-grid h3 {
    font-size: 9.8pt;
    margin-top: 3pt;
    margin-bottom: 1pt;
  }
  .diagnosis {
    font-weight: 700;
    font-size: 11pt;
  }
`

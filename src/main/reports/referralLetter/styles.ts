/** The referral letter's stylesheet (on top of the common one in ../html). */

import { css } from '../html'

// Trimmed to fit one A4 page where the content allows: narrower margins, tighter headings and
// lists; the content itself is never cut.
export const stylesheet = css`
  @page {
    margin: 11mm 15mm 13mm 15mm;
  }
  body.letter {
    font-size: 9.4pt;
    line-height: 1.28;
  }
  .findings-columns,
  .advised {
    column-count: 2;
    column-gap: 16pt;
  }
  .findings-columns > div {
    display: contents;
  }
  .findings-columns h3 {
    font-size: 9.6pt;
    margin-top: 3pt;
    margin-bottom: 1pt;
  }
  .findings-columns li,
  .advised li {
    break-inside: avoid;
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
    display: grid;
    grid-template-columns: 1fr 1.35fr;
    gap: 16pt;
    margin-bottom: 8pt;
  }
  .addressing .urgency {
    text-align: right;
    margin-bottom: 3pt;
  }
  .runin {
    margin-bottom: 3pt;
  }
  .runin strong {
    color: #0b3d5c;
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
    padding: 2pt 7pt;
    margin: 0;
  }
  .re td {
    border: none;
    padding: 0.5pt 6pt 0.5pt 0;
    font-size: 10pt;
  }
  .re td:first-child {
    color: #555;
    width: 26%;
    white-space: nowrap;
  }
  .letter h2 {
    font-size: 10.2pt;
    margin-top: 5pt;
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
  /* The closing line beside the signature: the letter's last few lines side by side. */
  .closing {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 16pt;
    margin-top: 4pt;
    break-inside: avoid;
  }
  .signature {
    break-inside: avoid;
  }
  /* Sent as a PDF: no room kept for a wet signature. */
  .signature .space {
    height: 2pt;
  }
  .signature p {
    margin-bottom: 2pt;
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

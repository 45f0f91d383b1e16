import { css } from './html'

/**
 * The patient handout's print stylesheet: large type, the exercise blocks with their drawings
 * beside the words, the running advice and the exercise log tables sized for A4.
 */
export const handoutStylesheet = css`
  body.handout {
    font-size: 14pt;
    line-height: 1.3;
  }
  .handout h1 {
    font-size: 24pt;
    margin-bottom: 2pt;
  }
  .handout h2 {
    font-size: 20pt;
    margin-top: 9pt;
    margin-bottom: 3pt;
    padding-bottom: 1pt;
  }
  .handout h3 {
    font-size: 16pt;
    margin: 0 0 1pt;
    color: #0b3d5c;
  }
  .handout p {
    margin: 0 0 3pt;
  }
  .handout .for {
    font-size: 14pt;
    color: #333;
    margin-bottom: 4pt;
  }
  .handout .stage {
    font-size: 14pt;
    color: #333;
    margin: 0 0 4pt;
  }
  .handout .exercise {
    margin: 0 0 6pt;
    padding: 0 0 4pt 9pt;
    border-left: 3pt solid #0b3d5c;
    break-inside: avoid;
  }
  .handout .dose {
    font-weight: 700;
  }
  .handout .label {
    font-weight: 700;
  }
  .handout .stop-box {
    border: 2.5pt solid #b00020;
    border-radius: 4pt;
    padding: 4pt 10pt 4pt;
    margin-top: 9pt;
    break-inside: avoid;
  }
  .handout .stop-box h2 {
    color: #b00020;
    border: none;
    margin-top: 0;
  }
  .handout .stop-box .now li {
    font-weight: 600;
  }
  .handout .stop-box .call {
    margin: 2pt 0 4pt;
  }
  .handout .stop-box h2 + ul {
    margin-bottom: 4pt;
  }
  .handout .stop-box.urgent {
    background: #fff3f4;
    margin-top: 6pt;
  }
  .handout ul {
    padding-left: 18pt;
    margin-bottom: 2pt;
  }
  .handout li {
    margin-bottom: 2pt;
  }
  .handout .review {
    margin-top: 8pt;
    font-size: 14pt;
  }

  .handout .exercise-body {
    display: flex;
    gap: 8pt;
    align-items: flex-start;
  }
  .handout .figures {
    flex: 0 0 74mm;
    display: flex;
    align-items: center;
    gap: 1pt;
    margin-top: 2pt;
  }
  /* Lying exercises are wide: start above end. Standing ones are tall: start beside end. */
  .handout .figures.wide {
    flex-direction: column;
  }
  .handout .figures figure {
    margin: 0;
    flex: 1 1 0;
    min-width: 0;
    text-align: center;
  }
  .handout .figures.wide figure {
    width: 100%;
  }
  .handout .figures img {
    display: block;
    margin: 0 auto;
    max-width: 100%;
  }
  .handout .figures.wide img {
    width: 100%;
    height: auto;
    max-height: 30mm;
    object-fit: contain;
  }
  .handout .figures.tall img {
    height: 44mm;
    width: 100%;
    object-fit: contain;
  }
  .handout .figures figcaption {
    font-size: 10pt;
    color: #444;
  }
  .handout .figures .then {
    font-size: 16pt;
    line-height: 1;
    color: #d9480f;
    font-weight: 700;
  }
  .handout .exercise-text {
    flex: 1 1 auto;
    min-width: 0;
  }
  .handout .advice dt {
    font-weight: 700;
    margin-top: 3pt;
  }
  .handout .advice dd {
    margin: 0 0 2pt;
  }
  .handout .log {
    break-before: page;
    page-break-before: always;
  }
  .handout .log p.how {
    font-size: 12pt;
  }
  .handout table.week {
    font-size: 11pt;
    margin: 2pt 0 8pt;
    break-inside: avoid;
    page-break-inside: avoid;
    table-layout: fixed;
  }
  .handout table.week caption {
    text-align: left;
    font-weight: 700;
    font-size: 12pt;
    padding-bottom: 2pt;
  }
  .handout table.week th,
  .handout table.week td {
    border: 0.8pt solid #8fa3b3;
    padding: 2pt 3pt;
    height: 17pt;
  }
  .handout table.week th.day,
  .handout table.week td.tick {
    width: 15mm;
    text-align: center;
  }
  .handout table.week th.day {
    font-size: 9.5pt;
    font-weight: 600;
  }
`

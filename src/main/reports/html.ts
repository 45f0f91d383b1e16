/**
 * A tiny, safe HTML toolkit for the printable reports.
 *
 * Patient data goes into these documents, so nothing is ever concatenated by hand: every value
 * interpolated into the `html` template is escaped, unless it is itself the result of `html`.
 * There is deliberately no "raw" escape hatch; the only unescaped text is the template literals
 * written in this code base and the constant stylesheets built with `css` (which takes no
 * interpolations at all). Text that ends up inside CSS (the page footer) goes through
 * `cssString`, which escapes everything but letters, digits and spaces.
 *
 * The documents are complete HTML files with a strict Content-Security-Policy: no script, no
 * external resource, inline styles only, images only as data: URLs.
 */

/** HTML produced by the `html` template: safe to insert as is. */
class SafeHtml {
  readonly #value: string
  constructor(value: string) {
    this.#value = value
  }
  toString(): string {
    return this.#value
  }
}
export type { SafeHtml }

/** CSS written in this code base (no interpolation possible). */
class CssText {
  readonly #value: string
  constructor(value: string) {
    this.#value = value
  }
  toString(): string {
    return this.#value
  }
}
export type { CssText }

/** What may be interpolated into `html`: text and numbers are escaped, arrays are joined. */
export type HtmlValue =
  SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[]

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
}

/** Escapes text for use in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => htmlEscapes[c] ?? c)
}

function renderValue(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString()
  if (value === null || value === undefined || value === false || value === true) return ''
  if (Array.isArray(value)) return value.map(renderValue).join('')
  return escapeHtml(String(value))
}

/**
 * The template tag every report fragment is written with: `html`<td>${patient.givenName}</td>``.
 * `null`, `undefined` and booleans render nothing, so `${cond && html`…`}` works.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? ''
  values.forEach((value, i) => {
    out += renderValue(value) + (strings[i + 1] ?? '')
  })
  return new SafeHtml(out)
}

/** Joins fragments (or text, escaped) with a separator. */
export function joinHtml(items: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = renderValue(separator)
  return new SafeHtml(items.map(renderValue).join(sep))
}

/** Text with line breaks kept (free-text notes). */
export function multiline(text: string): SafeHtml {
  return joinHtml(text.split(/\r?\n/), html`<br />`)
}

/** A constant stylesheet. Interpolation is impossible by type: patient data never reaches CSS here. */
export function css(strings: TemplateStringsArray, ...values: never[]): CssText {
  if (values.length > 0) throw new Error('css`` takes no interpolations')
  return new CssText(strings.raw.join(''))
}

/**
 * Text as a quoted CSS string: every character other than a letter, digit or space becomes a
 * hex escape, so no quote, backslash, new line or `</style>` can break out of it.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text)
    .map((c) => (/^[A-Za-z0-9 ]$/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `))
    .join('')
  return `"${escaped}"`
}

// ---------------------------------------------------------------------------------------------
// Dates (en-GB style: 12 Mar 1981)

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A calendar date (`YYYY-MM-DD`, or the date part of an ISO date-time) as "12 Mar 1981". */
export function formatDate(isoDate: string | undefined): string {
  if (!isoDate) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  const month = m ? months[Number(m[2]) - 1] : undefined
  if (!m || !month) return isoDate
  return `${Number(m[3])} ${month} ${m[1]}`
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The local calendar day of an instant, as `YYYY-MM-DD`. */
export function localDate(isoDateTime: string): string {
  const d = new Date(isoDateTime)
  if (Number.isNaN(d.getTime())) return isoDateTime.slice(0, 10)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** An instant (ISO date-time) in local time, as "2 Nov 2026, 10:05". */
export function formatDateTime(isoDateTime: string | undefined): string {
  if (!isoDateTime) return ''
  const d = new Date(isoDateTime)
  if (Number.isNaN(d.getTime())) return isoDateTime
  return `${formatDate(localDate(isoDateTime))}, ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

// ---------------------------------------------------------------------------------------------
// The document

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** The print stylesheet shared by all three documents. */
export const baseStylesheet = css`
  @page {
    size: A4;
    margin: 18mm 18mm 18mm 18mm;
    @bottom-right {
      content: 'Page ' counter(page) ' of ' counter(pages);
      font-family: Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, 'DejaVu Sans', sans-serif;
      font-size: 8pt;
      color: #555;
      vertical-align: middle;
      white-space: nowrap;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  html {
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  body {
    margin: 0;
    font-family: Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, 'DejaVu Sans', sans-serif;
    font-size: 10pt;
    line-height: 1.4;
    color: #1a1a1a;
  }
  h1,
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.2;
    break-after: avoid;
    page-break-after: avoid;
  }
  h1 {
    font-size: 18pt;
    font-weight: 700;
    color: #0b3d5c;
  }
  h2 {
    font-size: 12.5pt;
    color: #0b3d5c;
    margin-top: 14pt;
    padding-bottom: 2pt;
    border-bottom: 1.2pt solid #0b3d5c;
    margin-bottom: 5pt;
  }
  h3 {
    font-size: 10.5pt;
    margin-top: 9pt;
    margin-bottom: 3pt;
    color: #222;
  }
  p {
    margin: 0 0 5pt;
  }
  ul,
  ol {
    margin: 0 0 5pt;
    padding-left: 14pt;
  }
  li {
    margin: 0 0 2pt;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin: 2pt 0 6pt;
    font-size: 9pt;
  }
  thead {
    display: table-header-group;
  }
  tr {
    break-inside: avoid;
    page-break-inside: avoid;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 2.5pt 5pt;
    border-bottom: 0.6pt solid #cfd6dc;
  }
  th {
    font-weight: 600;
    background: #eef3f7;
    border-bottom: 0.9pt solid #8fa3b3;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .muted {
    color: #666;
  }
  .small {
    font-size: 8.5pt;
  }
  .nowrap {
    white-space: nowrap;
  }
  .keep {
    break-inside: avoid;
    page-break-inside: avoid;
  }
`

export interface DocumentOptions {
  /** The document title (also the PDF title). */
  title: string
  /** The footer line, on every page: patient name, date of birth and report date. */
  footer: string
  /** A short header line on every page after the first (e.g. the report name). */
  runningHeader?: string
  body: SafeHtml
  /** The document's own constant stylesheet, after the shared one. */
  stylesheet?: CssText
  /** Class on <body>, e.g. for the large-type handout. */
  bodyClass?: string
}

/** A complete HTML document, ready for printToPDF / page.pdf. */
export function htmlDocument(options: DocumentOptions): string {
  const pageBoxes =
    `@page { @bottom-left { content: ${cssString(options.footer)}; ` +
    `font-family: Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, 'DejaVu Sans', sans-serif; ` +
    `font-size: 8pt; color: #555; vertical-align: middle; } }` +
    (options.runningHeader
      ? `@page { @top-right { content: ${cssString(options.runningHeader)}; ` +
        `font-family: Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, 'DejaVu Sans', sans-serif; ` +
        `font-size: 8pt; color: #555; vertical-align: bottom; padding-bottom: 4mm; } } ` +
        `@page :first { @top-right { content: none; } }`
      : '')
  const styles = `${baseStylesheet.toString()}\n${options.stylesheet?.toString() ?? ''}\n${pageBoxes}`
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(options.title)}</title>
<style>${styles}</style>
</head>
<body${options.bodyClass ? ` class="${escapeHtml(options.bodyClass)}"` : ''}>
${options.body.toString()}
</body>
</html>
`
}

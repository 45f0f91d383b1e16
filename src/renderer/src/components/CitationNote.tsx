import { evidenceLabels, sources, type Citation } from '@shared/clinical/sources'

/**
 * A small "source" disclosure: the citation(s) behind a number, and how well checked it is.
 * Native <details>, so it opens with Enter or Space and needs no script.
 */
export function CitationNote({ citation, label }: { citation: Citation; label?: string }) {
  return (
    <details className="citation">
      <summary aria-label={`Source${label ? ` for ${label}` : ''}`}>
        <span className="info-icon">i</span>
      </summary>
      <div className="citation__body">
        {label && <p className="citation__label">{label}</p>}
        {citation.note && <p>{citation.note}</p>}
        <ul>
          {citation.sourceIds.map((id) => (
            <li key={id}>{sources[id].citation}</li>
          ))}
        </ul>
        <p className={`evidence evidence--${citation.evidence}`}>
          {evidenceLabels[citation.evidence]}
        </p>
      </div>
    </details>
  )
}

import { useState, type ReactNode } from 'react'
import { useFormContext } from 'react-hook-form'

/** Whether anything under `value` was recorded (a folded section must not hide a finding). */
export const holdsValue = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  (typeof value !== 'object' || Object.values(value).some(holdsValue))

/**
 * A section of a step that folds away: the exam was 5,157 px tall with every part open. Its
 * fields stay in the form (hidden, not removed), so a folded section keeps what was recorded and
 * opens again with one click. Sections that hold required items, or any recorded value (of the
 * step's fields named in `holds`), start open.
 */
export function FoldingSection({
  title,
  id,
  defaultOpen = false,
  holds = [],
  summary,
  children,
}: {
  title: string
  id: string
  defaultOpen?: boolean
  /** Field names of the step whose recorded values keep the section open. */
  holds?: string[]
  /** A short line shown beside the title, e.g. what is required here. */
  summary?: ReactNode
  children: ReactNode
}) {
  const { getValues } = useFormContext()
  const [open, setOpen] = useState(
    () => defaultOpen || holds.some((name) => holdsValue(getValues(name))),
  )
  return (
    <section className="step-section exam-section" aria-labelledby={`${id}-title`} id={id}>
      <header className="step-section__header">
        <h3 className="step-section__title" id={`${id}-title`}>
          <button
            type="button"
            className="exam-section__toggle"
            aria-expanded={open}
            aria-controls={`${id}-body`}
            data-expand-section
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true" className="exam-section__chevron">
              {open ? '▾' : '▸'}
            </span>
            {title}
          </button>
        </h3>
        {summary && <span className="muted exam-section__summary">{summary}</span>}
      </header>
      <div id={`${id}-body`} hidden={!open} className="exam-section__body">
        {children}
      </div>
    </section>
  )
}

/** Links to each section of the exam, so a clinician jumps instead of scrolling. */
export function ExamJumpLinks({ sections }: { sections: { id: string; title: string }[] }) {
  return (
    <nav className="jump-links" aria-label="Exam sections">
      <span className="jump-links__label">Go to:</span>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              onClick={(event) => {
                // The app routes by the hash: scroll to the section instead of navigating.
                event.preventDefault()
                const section = document.getElementById(s.id)
                const toggle = section?.querySelector<HTMLButtonElement>(
                  'button[aria-expanded="false"][data-expand-section]',
                )
                toggle?.click()
                section?.scrollIntoView({ block: 'start' })
                section?.querySelector<HTMLElement>('h3 button, h3')?.focus()
              }}
            >
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

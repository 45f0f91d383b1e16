import type { ReactNode } from 'react'

/**
 * A screen shown before the records are open or while the app is locked: the app's name, a
 * title and what to do, on its own, with no patient data anywhere on it.
 */
export function GateScreen({
  title,
  wide = false,
  children,
}: {
  title: string
  /** Room for a table (the backups a problem screen offers). */
  wide?: boolean
  children: ReactNode
}) {
  return (
    <main className="gate" aria-labelledby="gate-title">
      <div className={wide ? 'gate__panel gate__panel--wide' : 'gate__panel'}>
        <p className="gate__app">Runner’s Hip</p>
        <h1 className="gate__title" id="gate-title">
          {title}
        </h1>
        {children}
      </div>
    </main>
  )
}

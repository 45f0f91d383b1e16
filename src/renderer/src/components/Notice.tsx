import type { ReactNode } from 'react'

interface NoticeProps {
  tone: 'error' | 'info' | 'success'
  title?: string
  children: ReactNode
}

/** A message in the page flow; errors are announced to screen readers as they appear. */
export function Notice({ tone, title, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="notice__title">{title}</p>}
      <div>{children}</div>
    </div>
  )
}

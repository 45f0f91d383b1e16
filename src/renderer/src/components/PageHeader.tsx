import type { ReactNode } from 'react'

interface PageHeaderProps {
  title: ReactNode
  /** Small line above the title: where this page sits. */
  breadcrumb?: ReactNode
  subtitle?: ReactNode
  actions?: ReactNode
}

export function PageHeader({ title, breadcrumb, subtitle, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div>
        {breadcrumb && (
          <nav className="page-header__breadcrumb" aria-label="Breadcrumb">
            {breadcrumb}
          </nav>
        )}
        <h1 className="page-header__title">{title}</h1>
        {subtitle && <p className="page-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  )
}

import type { ReactNode } from 'react'
import { hrefOf, type Route } from '../app/router'
import { useSession } from '../features/session/sessionContext'
import { StartupBanners } from '../features/startup/StartupBanners'
import { SyncStatusLine } from '../features/sync/SyncStatusLine'
import { useSyncStatus } from '../features/sync/useSyncStatus'
import { whereRecordsAre } from '@shared/sync/syncStatusText'

interface AppShellProps {
  route: Route
  children: ReactNode
}

const isPatientsArea = (route: Route) => route.name.startsWith('patient')

export function AppShell({ route, children }: AppShellProps) {
  const { state, lock } = useSession()
  const clinician = state.signedIn!
  const sync = useSyncStatus()
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="16" cy="16" r="15" />
            <path d="M10 22c3-1 4-4 5-7s3-5 7-5" />
            <circle cx="21.5" cy="9.5" r="2.2" />
          </svg>
          <div>
            <div className="brand__name">Runner&rsquo;s Hip</div>
            <div className="brand__tag">Clinical assessment</div>
          </div>
        </div>
        <nav aria-label="Main">
          <ul className="nav">
            <li>
              <a
                className="nav__link"
                href={hrefOf({ name: 'home' })}
                aria-current={route.name === 'home' ? 'page' : undefined}
              >
                Caseload
              </a>
            </li>
            <li>
              <a
                className="nav__link"
                href={hrefOf({ name: 'patients' })}
                aria-current={isPatientsArea(route) ? 'page' : undefined}
              >
                Patients
              </a>
            </li>
            <li>
              <a
                className="nav__link"
                href={hrefOf({ name: 'data' })}
                aria-current={route.name === 'data' ? 'page' : undefined}
              >
                Import and export
              </a>
            </li>
            <li>
              <a
                className="nav__link"
                href={hrefOf({ name: 'clinic' })}
                aria-current={
                  route.name === 'clinic' ||
                  route.name === 'letter-recipients' ||
                  route.name === 'clinic-hub' ||
                  route.name === 'sync-conflicts'
                    ? 'page'
                    : undefined
                }
              >
                Clinic details
              </a>
            </li>
            <li>
              <a
                className="nav__link"
                href={hrefOf({ name: 'clinicians' })}
                aria-current={route.name === 'clinicians' ? 'page' : undefined}
              >
                Clinicians
              </a>
            </li>
            <li>
              <a
                className="nav__link"
                href={hrefOf({ name: 'backups' })}
                aria-current={route.name === 'backups' ? 'page' : undefined}
              >
                Backups
              </a>
            </li>
            <li>
              <a
                className="nav__link"
                href={hrefOf({ name: 'audit' })}
                aria-current={route.name === 'audit' ? 'page' : undefined}
              >
                Audit trail
              </a>
            </li>
            <li>
              <a className="nav__link nav__link--secondary" href={hrefOf({ name: 'patient-new' })}>
                New patient <kbd>Ctrl N</kbd>
              </a>
            </li>
          </ul>
        </nav>
        <SyncStatusLine />
        <div className="sidebar__session">
          <p>
            Signed in: <strong>{clinician.name}</strong>
          </p>
          <button type="button" className="button button--small" onClick={lock}>
            Lock <kbd>Ctrl L</kbd>
          </button>
        </div>
        <p className="sidebar__footer">{whereRecordsAre(sync)}</p>
      </aside>
      <main id="main" className="workspace" tabIndex={-1}>
        <StartupBanners />
        {children}
      </main>
    </div>
  )
}

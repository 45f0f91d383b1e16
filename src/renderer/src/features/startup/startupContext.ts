import { createContext, useContext } from 'react'
import type { StartupState } from '@shared/api/startup'

type Ready = Extract<StartupState, { state: 'ready' }>

/**
 * What the open app knows of how its records were opened: read-only (every change refused, a
 * banner says so), notices found while opening, and a way for a screen that reopened the records
 * (a restore) to hand the gate the new state. The gate provides it; screens read it.
 */
export interface StartupInfo {
  readOnly?: Ready['readOnly']
  notices: string[]
  /** A message to show once after the records were reopened (e.g. "The backup was restored"). */
  flash?: string
  /** The records were closed and opened again: show the new state, remount every screen. */
  reopened: (state: StartupState, flash?: string) => void
  dismissFlash: () => void
  /** The notices have been read: they are not shown again until the records are reopened. */
  dismissNotices: () => void
}

export const StartupContext = createContext<StartupInfo>({
  notices: [],
  reopened: () => {},
  dismissFlash: () => {},
  dismissNotices: () => {},
})

export const useStartup = () => useContext(StartupContext)

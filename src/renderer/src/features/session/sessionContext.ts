import { createContext, useContext } from 'react'
import type { Clinician, SessionState } from '@shared/model/clinician'

export interface SessionContextValue {
  state: SessionState
  /** Locks the app now (the Lock button, Ctrl+L). */
  lock: () => void
  /** Main's answer after a change made elsewhere (e.g. the lock time saved). */
  update: (state: SessionState) => void
}

export const SessionContext = createContext<SessionContextValue | undefined>(undefined)

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside the session gate')
  return session
}

/** The clinician signed in now (the gate renders the app only when there is one). */
export const useSignedInClinician = (): Clinician => useSession().state.signedIn!

import { Fragment, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { StartupState } from '@shared/api/startup'
import { GateScreen } from '../../components/GateScreen'
import { Notice } from '../../components/Notice'
import { PassphraseForm } from './PassphraseForm'
import { ProblemScreen } from './ProblemScreen'
import { StartupContext, type StartupInfo } from './startupContext'

/**
 * What stands between starting the app and the clinic's records: the passphrase, where one is
 * needed, or a problem explained with its ways forward. The app itself (`children`, and whatever
 * gate comes after this one, such as signing in) only mounts once the records are open; it is
 * mounted afresh whenever they are reopened (after a restore), so no screen shows the records
 * that were replaced.
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<StartupState>()
  const [error, setError] = useState<string>()
  const [generation, setGeneration] = useState(0)
  const [flash, setFlash] = useState<string>()
  const [noticesRead, setNoticesRead] = useState(false)
  useEffect(() => {
    void window.api.getStartupState({}).then((result) => {
      if (result.ok) setState(result.value)
      else setError(result.error.message)
    })
  }, [])
  const reopened = useCallback((next: StartupState, message?: string) => {
    setState(next)
    setFlash(message)
    setNoticesRead(false)
    setGeneration((g) => g + 1)
  }, [])
  const dismissFlash = useCallback(() => setFlash(undefined), [])
  const dismissNotices = useCallback(() => setNoticesRead(true), [])
  const info = useMemo<StartupInfo>(
    () => ({
      ...(state?.state === 'ready' && state.readOnly ? { readOnly: state.readOnly } : {}),
      notices: state?.state === 'ready' && !noticesRead ? (state.notices ?? []) : [],
      ...(flash ? { flash } : {}),
      reopened,
      dismissFlash,
      dismissNotices,
    }),
    [state, flash, noticesRead, reopened, dismissFlash, dismissNotices],
  )
  if (error) {
    return (
      <GateScreen title="The app could not start">
        <Notice tone="error">{error}</Notice>
      </GateScreen>
    )
  }
  if (!state) return null
  if (state.state === 'ready')
    return (
      <StartupContext.Provider value={info}>
        <Fragment key={generation}>{children}</Fragment>
      </StartupContext.Provider>
    )
  if (state.state === 'needs-passphrase')
    return <PassphraseForm choosing={state.choosing} onOpened={setState} />
  return <ProblemScreen key={state.problem.kind} problem={state.problem} onState={setState} />
}

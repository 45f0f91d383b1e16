import { useEffect, useState, type ReactNode } from 'react'
import type { StartupState } from '@shared/api/startup'
import { GateScreen } from '../../components/GateScreen'
import { Notice } from '../../components/Notice'
import { PassphraseForm } from './PassphraseForm'

/**
 * What stands between starting the app and the clinic's records: the passphrase, where one is
 * needed, or a problem explained with the way forward. The app itself only mounts once the
 * records are open.
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<StartupState>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    void window.api.getStartupState({}).then((result) => {
      if (result.ok) setState(result.value)
      else setError(result.error.message)
    })
  }, [])
  if (error) {
    return (
      <GateScreen title="The app could not start">
        <Notice tone="error">{error}</Notice>
      </GateScreen>
    )
  }
  if (!state) return null
  if (state.state === 'ready') return children
  if (state.state === 'needs-passphrase')
    return <PassphraseForm choosing={state.choosing} onOpened={setState} />
  return (
    <GateScreen title={state.problem.title}>
      <Notice tone="error">{state.problem.message}</Notice>
    </GateScreen>
  )
}

import { useState } from 'react'
import type { BackupInfo } from '@shared/api/backups'
import type { Result } from '@shared/api/result'
import type { StartupProblem, StartupState } from '@shared/api/startup'
import { useApiQuery } from '../../app/useApiQuery'
import { Field, controlProps } from '../../components/Field'
import { GateScreen } from '../../components/GateScreen'
import { Notice } from '../../components/Notice'
import { BackupTable } from '../backups/BackupTable'
import { whenMade } from '../backups/backupFormatting'

/** What the screen is asking the user to confirm before it acts. */
type Confirming =
  | { what: 'restore'; backup: BackupInfo }
  | { what: 'restore-file' }
  | { what: 'new-clinic-elsewhere'; folder: string }
  | { what: 'start-new' }

/**
 * A problem that stopped the records from opening: what happened, in plain words, and each way
 * forward that applies — restore a backup, open read-only, another folder, try again, a new clinic
 * in place of a bad file, quit. Nothing on it changes the records without a click, and nothing
 * that replaces them without a confirmation.
 */
export function ProblemScreen({
  problem,
  onState,
}: {
  problem: StartupProblem
  onState: (state: StartupState) => void
}) {
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState<Confirming>()
  const [passphrase, setPassphrase] = useState('')
  const [quitting, setQuitting] = useState(false)
  const offers = (action: StartupProblem['actions'][number]) => problem.actions.includes(action)
  const backups = useApiQuery(
    () =>
      offers('restore')
        ? window.api.listStartupBackups({})
        : Promise.resolve<Result<BackupInfo[]>>({ ok: true, value: [] }),
    problem.kind,
  )

  /** Runs a call; a new state is handed to the gate, an error is shown here. */
  async function act<T>(call: () => Promise<Result<T>>, then?: (value: T) => void) {
    setError(undefined)
    setBusy(true)
    try {
      const result = await call()
      if (!result.ok) {
        setError(result.error.issues?.[0]?.message ?? result.error.message)
        return
      }
      then?.(result.value)
    } finally {
      setBusy(false)
    }
  }

  const withPassphrase = problem.restoreNeedsPassphrase ? { passphrase } : {}
  const restore = (backup: BackupInfo) =>
    act(
      () => window.api.restoreAtStartup({ fileName: backup.fileName, ...withPassphrase }),
      onState,
    )
  const restoreFromFile = () =>
    act(() => window.api.restoreAtStartup({ fromFile: true, ...withPassphrase }), onState)
  const chooseFolder = () =>
    act(
      () => window.api.chooseDataFolder({}),
      (chosen) => {
        if (!chosen.chosen) return
        if (chosen.hasRecords)
          void act(() => window.api.useChosenFolder({ startNew: false }), onState)
        else setConfirming({ what: 'new-clinic-elsewhere', folder: chosen.folder })
      },
    )

  if (quitting) {
    return (
      <GateScreen title="Closing Runner’s Hip">
        <p>Nothing was changed.</p>
      </GateScreen>
    )
  }

  if (confirming) {
    const cancel = () => setConfirming(undefined)
    const confirmation = {
      restore: {
        title: 'Restore this backup?',
        text:
          confirming.what === 'restore'
            ? `The records will be replaced by the backup made ${whenMade(confirming.backup)}. The file that is there now is not deleted: it is kept beside the restored one, renamed. Anything entered after that backup was made is not in it.`
            : '',
        button: 'Restore this backup',
        run: () => confirming.what === 'restore' && restore(confirming.backup),
      },
      'restore-file': {
        title: 'Restore from a file?',
        text: 'Choose a backup file of this clinic (an exported copy). It is checked before anything is replaced; the file that is there now is kept beside the restored one, renamed.',
        button: 'Choose the file…',
        run: restoreFromFile,
      },
      'new-clinic-elsewhere': {
        title: 'Start a new clinic in that folder?',
        text:
          confirming.what === 'new-clinic-elsewhere'
            ? `There are no clinic records in ${confirming.folder}. A new, empty clinic will be set up there, and used from now on. The records in ${problem.folder} are left exactly as they are.`
            : '',
        button: 'Start a new clinic there',
        run: () => act(() => window.api.useChosenFolder({ startNew: true }), onState),
      },
      'start-new': {
        title: 'Start a new, empty clinic here?',
        text: `A new clinic with no patients will be set up in ${problem.folder}. The file that is there now is not deleted: it is kept beside the new one, renamed, in case it can be recovered later.`,
        button: 'Start a new, empty clinic',
        run: () => act(() => window.api.startNewClinic({}), onState),
      },
    }[confirming.what]
    return (
      <GateScreen title={confirmation.title}>
        <p>{confirmation.text}</p>
        {error && <Notice tone="error">{error}</Notice>}
        <div className="gate__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void confirmation.run()}
          >
            {busy ? 'Working…' : confirmation.button}
          </button>
          <button type="button" className="button" disabled={busy} onClick={cancel}>
            Cancel
          </button>
        </div>
      </GateScreen>
    )
  }

  return (
    <GateScreen title={problem.title} wide={offers('restore')}>
      <Notice tone="error">{problem.message}</Notice>
      <p className="gate__folder">
        Records folder: <span className="gate__path">{problem.folder}</span>
      </p>
      {error && <Notice tone="error">{error}</Notice>}

      {offers('restore') && (
        <section className="gate__section" aria-labelledby="restore-heading">
          <h2 className="gate__subtitle" id="restore-heading">
            Restore a backup
          </h2>
          {problem.restoreNeedsPassphrase && (
            <Field id="restore-passphrase" label="The clinic’s passphrase">
              <input
                {...controlProps('restore-passphrase', undefined)}
                type="password"
                autoComplete="current-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            </Field>
          )}
          {backups.status === 'ok' && backups.value.length > 0 && (
            <BackupTable
              backups={backups.value}
              caption="Backups of these records, newest first. Each was checked when it was made."
              actions={(b) => (
                <button
                  type="button"
                  // The newest backup is the usual way forward.
                  className={b === backups.value[0] ? 'button button--primary' : 'button'}
                  disabled={busy}
                  onClick={() => setConfirming({ what: 'restore', backup: b })}
                  aria-label={`Restore the backup of ${whenMade(b)}`}
                >
                  Restore
                </button>
              )}
            />
          )}
          {backups.status === 'ok' && backups.value.length === 0 && (
            <p className="muted">There is no backup in this folder.</p>
          )}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setConfirming({ what: 'restore-file' })}
          >
            Restore from a file…
          </button>
        </section>
      )}

      <div className="gate__actions">
        {offers('open-read-only') && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void act(() => window.api.openReadOnly({}), onState)}
          >
            Open read-only
          </button>
        )}
        {offers('retry') && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act(() => window.api.retryStartup({}), onState)}
          >
            Try again
          </button>
        )}
        {offers('start-new') && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setConfirming({ what: 'start-new' })}
          >
            Start a new, empty clinic…
          </button>
        )}
        {offers('choose-folder') && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void chooseFolder()}
          >
            Use another folder…
          </button>
        )}
        {offers('quit') && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void act(
                () => window.api.quitApp({}),
                () => setQuitting(true),
              )
            }
          >
            Quit
          </button>
        )}
      </div>
    </GateScreen>
  )
}

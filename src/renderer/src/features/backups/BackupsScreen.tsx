import { useState } from 'react'
import type { BackupInfo } from '@shared/api/backups'
import type { Result } from '@shared/api/result'
import type { StartupState } from '@shared/api/startup'
import { navigate } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { useStartup } from '../startup/startupContext'
import { BackupTable } from './BackupTable'
import { whenMade } from './backupFormatting'

type Confirming = { what: 'backup'; backup: BackupInfo } | { what: 'file' }

/**
 * The clinic's backups: made on their own (at start, daily, before every update, import and
 * restore) and on request; each checked before it is kept. From here a backup is exported to a
 * folder (still encrypted) or restored, after a confirmation and a backup of the records as they
 * are, so a restore can itself be undone.
 */
export function BackupsScreen() {
  const overview = useApiQuery(() => window.api.listBackups({}), 'backups')
  const { reopened } = useStartup()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<{ title: string; text: string }>()
  const [confirming, setConfirming] = useState<Confirming>()

  async function act<T>(call: () => Promise<Result<T>>, then: (value: T) => void) {
    setError(undefined)
    setDone(undefined)
    setBusy(true)
    try {
      const result = await call()
      if (result.ok) then(result.value)
      else setError(result.error.message)
    } finally {
      setBusy(false)
    }
  }

  const backUpNow = () =>
    act(
      () => window.api.backUpNow({}),
      (made) => {
        setDone({
          title: 'Backup made and checked',
          text: `The backup of ${whenMade(made)} opened with the clinic’s key and passed its integrity check.`,
        })
        overview.reload()
      },
    )

  const exportBackup = (b: BackupInfo) =>
    act(
      () => window.api.exportBackup({ fileName: b.fileName }),
      (saved) => {
        if (!saved.saved) return
        setDone({
          title: `Exported ${saved.fileName}`,
          text: 'The copy is encrypted exactly like the records: it opens only in Runner’s Hip, with this clinic’s key (kept by this computer’s key store) or its passphrase. Keep it somewhere safe, such as an encrypted drive. To restore it: Backups, then “Restore from a file…”, or the same button on the start-up screen if the records ever fail to open.',
        })
      },
    )

  const restored = (what: string) => (state: StartupState) => {
    navigate({ name: 'patients' }, { replace: true })
    reopened(
      state,
      `${what} was restored. The records as they were just before are kept as a backup (“Before a restore”): restore that one to undo this.`,
    )
  }

  if (confirming) {
    const text =
      confirming.what === 'backup'
        ? `The clinic’s records will be replaced by the backup made ${whenMade(confirming.backup)}. Anything entered since then will not be in them. A backup of the records as they are now is made first, so this can be undone.`
        : 'Choose a backup file of this clinic (an exported copy). It is checked before anything is replaced, and a backup of the records as they are now is made first, so this can be undone.'
    const run = () =>
      confirming.what === 'backup'
        ? act(
            () => window.api.restoreBackup({ fileName: confirming.backup.fileName }),
            restored(`The backup of ${whenMade(confirming.backup)}`),
          )
        : act(() => window.api.restoreBackup({ fromFile: true }), restored('The backup file'))
    return (
      <>
        <PageHeader title="Backups" />
        <section className="card backup-confirm" aria-labelledby="confirm-heading">
          <h2 id="confirm-heading" className="card__title">
            {confirming.what === 'backup' ? 'Restore this backup?' : 'Restore from a file?'}
          </h2>
          <p>{text}</p>
          {error && <Notice tone="error">{error}</Notice>}
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void run()}
            >
              {busy
                ? 'Restoring…'
                : confirming.what === 'backup'
                  ? 'Restore this backup'
                  : 'Choose the file…'}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                setError(undefined)
                setConfirming(undefined)
              }}
            >
              Cancel
            </button>
          </div>
        </section>
      </>
    )
  }

  return (
    <>
      <PageHeader
        title="Backups"
        subtitle="Checked copies of the clinic’s records, encrypted like them, kept on this computer."
        actions={
          overview.status === 'ok' &&
          overview.value.canWrite && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void backUpNow()}
            >
              {busy ? 'Backing up…' : 'Back up now'}
            </button>
          )
        }
      />
      {overview.status === 'error' && <Notice tone="error">{overview.error.message}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      {done && (
        <Notice tone="success" title={done.title}>
          {done.text}
        </Notice>
      )}
      {overview.status === 'ok' && (
        <>
          {overview.value.lastFailure && (
            <Notice tone="error" title="The last backup failed">
              {overview.value.lastFailure.message}
            </Notice>
          )}
          {!overview.value.canWrite && (
            <Notice tone="info" title="Read-only">
              While the records are open read-only, no backup can be made or restored; they can be
              exported.
            </Notice>
          )}
          <section className="card backup-rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading" className="card__title">
              When backups are made, and which are kept
            </h2>
            <p className="muted">
              A backup is made each time the app starts, once a day while it runs, and before every
              update of the records for a new version, every import and every restore. Each is
              opened and checked before it is kept; one that fails its check is never listed, and
              never replaces a good one. Kept: the latest of each of the last 7 days the app was
              used, the latest of each of the 4 weeks before them, and those made on request or
              before an update, an import or a restore for 30 days (the most recent of each kind
              always).
            </p>
            <p className="muted">
              Folder: <span className="gate__path">{overview.value.folder}</span>
            </p>
          </section>
          {overview.value.backups.length === 0 ? (
            <Notice tone="info">No backup yet.</Notice>
          ) : (
            <BackupTable
              backups={overview.value.backups}
              caption={`${overview.value.backups.length} ${
                overview.value.backups.length === 1 ? 'backup' : 'backups'
              }, newest first`}
              actions={(b) => (
                <>
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void exportBackup(b)}
                    aria-label={`Export the backup of ${whenMade(b)}`}
                  >
                    Export…
                  </button>
                  {overview.value.canWrite && (
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() => setConfirming({ what: 'backup', backup: b })}
                      aria-label={`Restore the backup of ${whenMade(b)}`}
                    >
                      Restore…
                    </button>
                  )}
                </>
              )}
            />
          )}
          {overview.value.canWrite && (
            <p>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => setConfirming({ what: 'file' })}
              >
                Restore from a file…
              </button>
            </p>
          )}
        </>
      )}
    </>
  )
}

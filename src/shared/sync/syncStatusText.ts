import type { ChangeAfterSigning, SyncStatus } from '../api/sync'

/**
 * The words of the sync status line and the Clinic hub screen, as pure functions so that what a
 * clinician reads is tested without a window. The status line announces `headline` only (a
 * screen reader hears "Offline" once, not every count as it changes); `detail` is shown beside it.
 */
export interface SyncStatusLine {
  headline: string
  detail?: string
  tone: 'quiet' | 'ok' | 'busy' | 'warning' | 'error'
  /** A first copy of the clinic coming in: shown as a progress bar. */
  progress?: { value: number; max: number }
}

const count = new Intl.NumberFormat('en-GB')

const changes = (n: number) => `${count.format(n)} ${n === 1 ? 'change' : 'changes'}`

/** `10:42` today, `29 Nov, 10:42` another day, in the clinician's time zone unless told. */
export function syncTimeText(iso: string, now: Date, timeZone?: string): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const zone = timeZone ? { timeZone } : {}
  const day = new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', ...zone })
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', ...zone })
  if (day.format(at) === day.format(now)) return time.format(at)
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', ...zone })
  return `${date.format(at)}, ${time.format(at)}`
}

/** What the status line says: `when` turns the last sync's ISO time into words (syncTimeText). */
export function syncStatusLine(status: SyncStatus, when: (iso: string) => string): SyncStatusLine {
  const last = status.lastSyncedAt ? `last synced ${when(status.lastSyncedAt)}` : undefined
  const hub = status.hub?.name ?? 'the clinic’s hub'
  switch (status.state) {
    case 'not-joined':
      return { headline: 'This laptop only', tone: 'quiet' }
    case 'in-step':
      return {
        headline: `In step with ${hub}`,
        ...(status.lastSyncedAt ? { detail: `synced ${when(status.lastSyncedAt)}` } : {}),
        tone: 'ok',
      }
    case 'syncing': {
      const receiving = status.receiving
      if (receiving && receiving.total > 0)
        return {
          headline: 'Receiving the clinic’s records',
          detail: `${count.format(receiving.received)} of ${count.format(receiving.total)}`,
          tone: 'busy',
          progress: { value: Math.min(receiving.received, receiving.total), max: receiving.total },
        }
      if (status.waiting > 0)
        return { headline: `Sending ${changes(status.waiting)}…`, tone: 'busy' }
      return { headline: `Syncing with ${hub}…`, tone: 'busy' }
    }
    case 'offline': {
      const waits =
        status.waiting === 0
          ? 'nothing waits'
          : `${changes(status.waiting)} ${status.waiting === 1 ? 'waits' : 'wait'}`
      return {
        headline: 'Offline',
        detail: [waits, last].filter(Boolean).join('; '),
        tone: 'warning',
      }
    }
    case 'refused':
      return {
        headline: status.problem ? `Refused by the hub: ${status.problem}` : 'Refused by the hub',
        ...(status.waiting > 0 ? { detail: `${changes(status.waiting)} wait here` } : {}),
        tone: 'error',
      }
  }
}

/** Conflicts and late edits to signed records together: what waits for a clinician's decision. */
export function toDecideText(status: Pick<SyncStatus, 'conflicts' | 'changesAfterSigning'>) {
  const n = status.conflicts + status.changesAfterSigning
  if (n === 0) return undefined
  return `${count.format(n)} ${n === 1 ? 'conflict' : 'conflicts'} to decide`
}

/**
 * A certificate fingerprint (64 hex digits) in groups of four, upper case, so that two people
 * can read it aloud to each other and compare it with the hub's screen.
 */
export function fingerprintGroups(fingerprint: string): string[] {
  const hex = fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase()
  return hex.match(/.{1,4}/g) ?? []
}

/**
 * The addendum an author is offered for an edit that arrived after signing: what changed, in
 * plain words, to keep as it is or to reword.
 */
export function changeAfterSigningSummary(change: ChangeAfterSigning): string {
  const lines = change.fields.map(
    (f) => `- ${f.label}: “${f.signed || '(empty)'}” → “${f.arrived || '(empty)'}”`,
  )
  return [
    `Edited on ${change.laptop} before the signature reached it; accepted after review:`,
    ...lines,
  ].join('\n')
}

/** The sidebar's note on where the records are: true of this laptop whether joined or not. */
export function whereRecordsAre(status: Pick<SyncStatus, 'state'> | undefined): string {
  return !status || status.state === 'not-joined'
    ? 'Works offline. Patient records are stored only on this computer, encrypted.'
    : 'Works offline. Patient records are encrypted on this computer and shared with the clinic’s hub.'
}

/**
 * The Clinic hub screen's "Now": the state in a sentence. Its other rows give the last sync and
 * the changes waiting, and a refusal its own notice, so they are not repeated here.
 */
export function hubNowText(status: SyncStatus): string {
  switch (status.state) {
    case 'not-joined':
      return 'Not joined: the records are on this laptop only'
    case 'in-step':
      return 'In step: the hub has every change made here, and this laptop every change on the hub'
    case 'syncing': {
      const line = syncStatusLine(status, () => '')
      return line.progress ? `${line.headline}: ${line.detail ?? ''}` : line.headline
    }
    case 'offline':
      return 'Offline: the hub cannot be reached. Work goes on here; changes wait until it can.'
    case 'refused':
      return 'Refused: the hub no longer accepts this laptop'
  }
}

/** A message from lower down ("this laptop was removed…") as a sentence of its own. */
export const asSentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

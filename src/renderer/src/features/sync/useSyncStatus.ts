import { useEffect, useSyncExternalStore } from 'react'
import type { SyncStatus } from '@shared/api/sync'
import { useSession } from '../session/sessionContext'

/** How often the status line asks main (main answers from memory: cheap). */
export const SYNC_POLL_MS = 2_000

/**
 * One poll of main's sync status for the whole window, shared by the status line and the Clinic
 * hub screen: it runs while at least one of them is on screen and the app is not locked (main
 * answers nothing then). An answer that fails keeps the last one shown: the status line never
 * blanks because one call did not get through.
 */
let latest: SyncStatus | undefined
let timer: ReturnType<typeof setInterval> | undefined
let asking = false
const listeners = new Set<() => void>()

function announce(next: SyncStatus) {
  latest = next
  listeners.forEach((l) => l())
}

async function ask() {
  if (asking) return
  asking = true
  try {
    const result = await window.api.getSyncStatus({})
    if (result.ok) announce(result.value)
  } catch {
    // The window is closing or main is busy: the next poll tries again.
  } finally {
    asking = false
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  if (!timer) {
    void ask()
    timer = setInterval(() => void ask(), SYNC_POLL_MS)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && timer) {
      clearInterval(timer)
      timer = undefined
    }
  }
}

const noSubscription = () => () => {}

/** Asks main now (after a save, a join, a decision) instead of waiting for the next poll. */
export const refreshSyncStatus = (): void => void ask()

/** A status main has just answered with (join, Sync now, leave, a decision): shown at once. */
export const showSyncStatus = (status: SyncStatus): void => announce(status)

/** This laptop's sync status, kept fresh every two seconds; undefined until main first answers. */
export function useSyncStatus(): SyncStatus | undefined {
  const { state } = useSession()
  const active = !state.locked
  const status = useSyncExternalStore(active ? subscribe : noSubscription, () => latest)
  // Back from the lock screen: ask at once rather than show what was true before it.
  useEffect(() => {
    if (active) refreshSyncStatus()
  }, [active])
  return status
}

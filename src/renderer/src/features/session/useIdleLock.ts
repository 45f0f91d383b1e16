import { useEffect, useRef } from 'react'
import type { SessionState } from '@shared/model/clinician'

/** How often the window tells main the clinician is still at the keyboard. */
const TOUCH_EVERY_MS = 30_000
const CHECK_EVERY_MS = 5_000

/**
 * Locks the app after the clinic's idle time without a key press, click or scroll, as main does
 * on its side, and keeps main's idle clock going while the clinician works. A lock that main
 * applied first (its clock, another window) is picked up on the next touch.
 */
export function useIdleLock(state: SessionState | undefined, update: (s: SessionState) => void) {
  const lastActivity = useRef(0)
  const lastTouch = useRef(0)
  const active = !!state?.signedIn && !state.locked
  const lockAfterMs = (state?.lockAfterMinutes ?? 5) * 60_000

  useEffect(() => {
    if (!active) return
    lastActivity.current = Date.now()
    const onActivity = () => {
      lastActivity.current = Date.now()
      if (Date.now() - lastTouch.current < TOUCH_EVERY_MS) return
      lastTouch.current = Date.now()
      void window.api.touchSession({}).then((result) => {
        if (result.ok && result.value.locked) update(result.value)
      })
    }
    const check = setInterval(() => {
      if (Date.now() - lastActivity.current < lockAfterMs) return
      void window.api.lockSession({}).then((result) => result.ok && update(result.value))
    }, CHECK_EVERY_MS)
    const events = ['keydown', 'pointerdown', 'wheel'] as const
    events.forEach((e) => window.addEventListener(e, onActivity, { passive: true }))
    return () => {
      clearInterval(check)
      events.forEach((e) => window.removeEventListener(e, onActivity))
    }
  }, [active, lockAfterMs, update])
}

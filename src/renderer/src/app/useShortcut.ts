import { useEffect, useRef } from 'react'

/**
 * A keyboard shortcut such as `mod+s` (Ctrl on Windows/Linux, Cmd on macOS), `alt+2` or `/`.
 * Shortcuts without a modifier are ignored while typing in a field; with one, they work anywhere.
 * Keys are matched by their physical position too, so Alt+2 works where Option+2 types "™".
 */
export function useShortcut(combo: string, action: (event: KeyboardEvent) => void) {
  const latest = useRef(action)
  useEffect(() => {
    latest.current = action
  })
  useEffect(() => {
    const keys = combo.toLowerCase().split('+')
    const key = keys.at(-1) ?? ''
    const wants = {
      mod: keys.includes('mod'),
      alt: keys.includes('alt'),
      shift: keys.includes('shift'),
    }
    const codes = /^[0-9]$/.test(key)
      ? [`Digit${key}`]
      : /^[a-z]$/.test(key)
        ? [`Key${key.toUpperCase()}`]
        : []
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      const sameKey = event.key.toLowerCase() === key || codes.includes(event.code)
      if (
        !sameKey ||
        mod !== wants.mod ||
        event.altKey !== wants.alt ||
        event.shiftKey !== wants.shift
      )
        return
      if (!wants.mod && !wants.alt && isTyping(event.target)) return
      event.preventDefault()
      latest.current(event)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [combo])
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

import { useEffect, useRef } from 'react'

/**
 * A keyboard shortcut such as `mod+s` (Ctrl on Windows/Linux, Cmd on macOS) or `/`.
 * Plain-key shortcuts are ignored while typing in a field.
 */
export function useShortcut(combo: string, action: (event: KeyboardEvent) => void) {
  const latest = useRef(action)
  useEffect(() => {
    latest.current = action
  })
  useEffect(() => {
    const keys = combo.toLowerCase().split('+')
    const key = keys.at(-1)
    const wantsMod = keys.includes('mod')
    const wantsShift = keys.includes('shift')
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      if (event.key.toLowerCase() !== key || mod !== wantsMod || event.shiftKey !== wantsShift)
        return
      if (!wantsMod && isTyping(event.target)) return
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

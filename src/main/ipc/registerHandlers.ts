import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channelNames, ipcChannelOf, type ChannelName } from '../../shared/api/channels'
import type { Result } from '../../shared/api/result'
import { isTrustedSender } from '../security'

const untrusted: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'This request did not come from the app.' },
}

const notOpen: Result<never> = {
  ok: false,
  error: { code: 'conflict', message: 'The clinic’s records are not open yet.' },
}

/** Finds the handler for a call now: the start-up screens' always, the clinic's once open. */
export type HandlerLookup = (
  name: ChannelName,
) => ((input: unknown) => Promise<Result<unknown>>) | undefined

/** Registers every call with Electron's IPC, answering only the app's own frames. */
export function registerHandlers(lookup: HandlerLookup) {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannelOf(name), async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event)) return untrusted
      const handler = lookup(name)
      return handler ? handler(input) : notOpen
    })
  }
}

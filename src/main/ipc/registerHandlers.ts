import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channelNames, ipcChannelOf } from '../../shared/api/channels'
import type { Result } from '../../shared/api/result'
import { isTrustedSender } from '../security'
import type { HandlerTable } from './defineHandlers'

const untrusted: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'This request did not come from the app.' },
}

/** Registers the handler table with Electron's IPC, answering only the app's own frames. */
export function registerHandlers(table: HandlerTable) {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannelOf(name), (event: IpcMainInvokeEvent, input: unknown) =>
      isTrustedSender(event) ? table[name](input) : untrusted,
    )
  }
}

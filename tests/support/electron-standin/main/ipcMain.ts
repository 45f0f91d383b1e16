import { EventEmitter } from 'node:events'
import type { FrameInfo } from '../wire'
import { WebFrameMain, type WebContents } from './windows'

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

/** What a handler receives (docs/api/structures/ipc-main-invoke-event.md). */
export interface IpcMainInvokeEvent {
  type: 'frame'
  processId: number
  frameId: number
  sender: WebContents
  senderFrame: WebFrameMain | null
}

/**
 * Electron's ipcMain (docs/api/ipc-main.md), for `handle`. An invoke reaches the handler with
 * the sending frame as Electron reports it (its URL, and whether it is the top frame); the
 * handler's result is structured-cloned on its way back, and failures reach the page as
 * Electron words them.
 */
export class IpcMain extends EventEmitter {
  private readonly handlers = new Map<string, InvokeHandler>()

  handle(channel: string, listener: InvokeHandler) {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, listener)
  }

  handleOnce(channel: string, listener: InvokeHandler) {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel)
      return listener(event, ...args)
    })
  }

  removeHandler(channel: string) {
    this.handlers.delete(channel)
  }

  channels = () => [...this.handlers.keys()]

  /** An `ipcRenderer.invoke(channel, ...args)` from a frame of `sender`. */
  async invoke(sender: WebContents, frame: FrameInfo, channel: string, args: unknown[]) {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    if (frame.isMainFrame) sender.noteUrl(frame.url)
    const senderFrame = frame.isMainFrame
      ? sender.mainFrame
      : new WebFrameMain(sender, sender.mainFrame, frame.url, frame.name)
    const event: IpcMainInvokeEvent = {
      type: 'frame',
      processId: sender.id,
      frameId: senderFrame.routingId,
      sender,
      senderFrame,
    }
    let result: unknown
    try {
      result = await handler(event, ...structuredClone(args))
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, {
        cause: error,
      })
    }
    return structuredClone(result)
  }
}

export const ipcMain = new IpcMain()

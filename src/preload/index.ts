import { contextBridge, ipcRenderer } from 'electron'
import { channelNames, ipcChannelOf } from '../shared/api/channels'

// Exactly one function per contract call; no generic invoke, no ipcRenderer, no Node.
const api = Object.fromEntries(
  channelNames.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(ipcChannelOf(name), input),
  ]),
)

contextBridge.exposeInMainWorld('api', Object.freeze(api))

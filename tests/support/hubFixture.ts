import { randomBytes } from 'node:crypto'
import { initHub } from '../../src/main/hub/hubStore'
import { startHub, type RunningHub, type StartHubOptions } from '../../src/main/hub/hubServer'
import { hubRequest } from './hubClient'
import { tempFolder } from './tempDatabase'

export const HUB_PASSPHRASE = 'correct horse battery staple'

/** A hub made in a temp folder and started on 127.0.0.1 with a free port. */
export async function aRunningHub(options: Partial<StartHubOptions> = {}) {
  const folder = tempFolder('runners-hip-hub-')
  await initHub(folder.dir, HUB_PASSPHRASE, 'Riverside Physio')
  const logs: string[] = []
  const start = () =>
    startHub({
      folder: folder.dir,
      passphrase: HUB_PASSPHRASE,
      host: '127.0.0.1',
      port: 0,
      log: (line) => logs.push(line),
      ...options,
    })
  const hub: RunningHub = await start()
  return {
    hub,
    folder: folder.dir,
    logs,
    start,
    cleanup: async () => {
      await hub.close()
      folder.cleanup()
    },
  }
}

export const newNonce = () => randomBytes(16).toString('hex')

/** Joins a laptop with a fresh code; returns its key (`<laptopId>.<token>`). */
export async function joinLaptop(hub: RunningHub, laptopName: string) {
  const code = hub.newJoinCode()
  const answer = await hubRequest(hub.url, 'POST', '/v1/join', {
    json: { code, laptopName },
    pinned: hub.fingerprint,
  })
  if (answer.status !== 200) throw new Error(`join failed: ${JSON.stringify(answer.body)}`)
  const body = answer.body as { laptopId: string; token: string }
  return { laptopId: body.laptopId, key: `${body.laptopId}.${body.token}` }
}

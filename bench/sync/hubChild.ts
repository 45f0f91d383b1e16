import { initHub } from '../../src/main/hub/hubStore'
import { startHub } from '../../src/main/hub/hubServer'
import { serveRequests } from './childProcess'

/*
 * The clinic's hub as the bench runs it: a child process of its own (so that its memory is its
 * own), listening on 127.0.0.1 with port 0, its encrypted store in the folder given as argument.
 */
const folder = process.argv[2]!
const passphrase = 'synthetic bench hub passphrase'

async function main() {
  await initHub(folder, passphrase, 'Bench hub')
  const hub = await startHub({ folder, passphrase, host: '127.0.0.1', port: 0 })
  serveRequests({
    code: () => hub.newJoinCode().replace(/-/g, ''),
    stop: async () => {
      await hub.close()
      setImmediate(() => process.exit(0))
      return { maxRssKb: process.resourceUsage().maxRSS }
    },
  })
  process.send!({ ready: true, port: hub.port, fingerprint: hub.fingerprint })
}

main().catch((error: unknown) => {
  console.error(`hub child: ${(error as Error).name}: ${(error as Error).message}`)
  process.exit(1)
})

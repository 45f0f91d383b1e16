import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

/** Each run starts from the built app and from no coverage of an earlier run. */
export default function globalSetup() {
  if (!existsSync(resolve('out/main/index.js')) || !existsSync(resolve('out/renderer/index.html')))
    throw new Error('No built app in out/: run "npm run build" first.')
  const coverage = process.env.RUNNERS_HIP_COVERAGE_DIR
  if (coverage) rmSync(coverage, { recursive: true, force: true })
}

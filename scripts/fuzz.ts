import { fuzzChannel, fuzzedChannels } from '../tests/support/fuzz/handlerFuzz'

/**
 * `npm run fuzz [-- runs [seed]]`: every IPC handler, the start-up screens' included, under
 * 1,000 arbitrary and 1,000 near-valid inputs by default (tests/support/fuzz/handlerFuzz.ts says
 * what must hold for each). Prints a line per handler; fails at the first input that breaks a
 * rule, with fast-check's counterexample and seed to replay it.
 */
async function main(runs: number, seed?: number) {
  const started = Date.now()
  let total = 0
  for (const channel of fuzzedChannels) {
    const r = await fuzzChannel(channel, { runs, ...(seed !== undefined ? { seed } : {}) })
    total += r.arbitrary + r.nearValid
    const codes = Object.entries(r.byCode)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ')
    console.log(
      `${channel.padEnd(24)} ${r.arbitrary} arbitrary + ${r.nearValid} near-valid; refused by its schema: ${r.refusedBySchema}; answers: ${codes}`,
    )
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  console.log(
    `Fuzzing: ${fuzzedChannels.length} handlers, ${total} inputs in ${seconds} s: every one answered with a Result; every input refused by its schema was answered invalid-input and changed nothing; no error quoted patient data.`,
  )
}

const [runs, seed] = process.argv.slice(2).map(Number)
main(runs || 1000, seed).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

import { runCrashTest } from '../tests/support/crash/crashTest'

/**
 * `npm run crash-test [-- kills]`: a writer using the app's handler table is killed with SIGKILL
 * at random moments (200 times by default); after each kill the database must pass its integrity
 * check and hold every write acknowledged before it (tests/support/crash/crashTest.ts).
 */
async function main(kills: number) {
  const started = Date.now()
  const report = await runCrashTest({
    kills,
    onRound: (round, r) => {
      if (round % 20 === 0 || round === kills)
        console.log(
          `${round} kills: ${r.acknowledged} acknowledged writes, ${r.assessments} assessments (${r.finalised} finalised), integrity ok: ${r.problems.length === 0}`,
        )
    },
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  console.log(
    `Crash test: ${report.kills} SIGKILLs in ${seconds} s (${report.killedBeforeReady} before the database was open), ${report.acknowledged} acknowledged writes, every one found and integrity_check ok after each kill: ${report.problems.length === 0 ? 'yes' : 'NO'}`,
  )
  for (const problem of report.problems) console.error(problem)
  if (report.problems.length > 0) process.exit(1)
}

void main(Number(process.argv[2] ?? 200))

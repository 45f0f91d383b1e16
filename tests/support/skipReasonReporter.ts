import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Prints why each skipped test was skipped: a skip must never look like a pass. */
export default class SkipReasonReporter implements Reporter {
  private readonly lines: string[] = []

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status !== 'skipped') return
    const reasons = test.annotations
      .filter((a) => a.type === 'skip')
      .map((a) => a.description ?? 'no reason given')
    this.lines.push(
      `SKIPPED ${test.titlePath().slice(1).join(' › ')}\n        because: ${reasons.join('; ')}`,
    )
  }

  onEnd() {
    if (this.lines.length > 0) console.log(`\n${this.lines.join('\n')}\n`)
  }

  printsToStdio() {
    return false
  }
}

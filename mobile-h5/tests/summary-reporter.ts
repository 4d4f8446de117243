import type { Reporter, SerializedError, TestModule } from 'vitest/node'

/**
 * Ends the run with one plain line, `<label>: N passed, N failed[, N skipped]`, that CI logs can read.
 * A file that failed outside its tests (a hook, an import) counts as one failure.
 */
export class SummaryLine implements Reporter {
  constructor(private readonly label: string) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0
    let failed = unhandledErrors.length
    let skipped = 0
    for (const module of modules) {
      let failedHere = 0
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failedHere++
        else skipped++
      }
      failed += failedHere === 0 && !module.ok() ? 1 : failedHere
    }
    const tail = skipped > 0 ? `, ${skipped} skipped` : ''
    process.stdout.write(`\n${this.label}: ${passed} passed, ${failed} failed${tail}\n`)
  }
}

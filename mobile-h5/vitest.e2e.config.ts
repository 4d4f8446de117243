import { defineConfig } from 'vitest/config'
import { SummaryLine } from './tests/summary-reporter.ts'

// Browser tests against a REAL running server (env BASE_URL, default http://127.0.0.1:8080).
// Vitest sets process.env.BASE_URL to Vite's base ('/') inside the tests, so the server address is
// read here, in the config, and handed over as E2E_BASE_URL.
const serverUrl = process.env.BASE_URL || 'http://127.0.0.1:8080'

export default defineConfig({
  test: {
    env: { E2E_BASE_URL: serverUrl },
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['verbose', new SummaryLine('h5e2e')],
  },
})

import { defineConfig } from 'vitest/config'

// Vitest sets process.env.BASE_URL to Vite's base ('/') inside the tests, so the server address is read here.
const serverUrl = process.env.BASE_URL && /^https?:\/\//.test(process.env.BASE_URL) ? process.env.BASE_URL : 'http://127.0.0.1:8080'

// Browser tests: real headless Chromium against a real server at BASE_URL.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    env: { ONECARD_SERVER_URL: serverUrl },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    expect: { poll: { timeout: 15_000, interval: 100 } },
    reporters: ['verbose'],
  },
})

/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, searchForWorkspaceRoot } from 'vite'
import vue from '@vitejs/plugin-vue'
import pxToViewport from 'postcss-px-to-viewport-8-plugin'
import { SummaryLine } from './tests/summary-reporter.ts'

const openapiDir = fileURLToPath(new URL('../openapi', import.meta.url))

export default defineConfig({
  // The backend serves the built page under /h5/ (and index.html for unknown paths there).
  base: '/h5/',
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Shared contract files (result-codes.json) live beside the app, not inside it.
      '@openapi': openapiDir,
    },
  },
  css: {
    postcss: {
      // Designs (and Vant) are drawn for a 375px-wide phone; px scale with the screen width.
      plugins: [pxToViewport({ viewportWidth: 375, unitPrecision: 5, minPixelValue: 1 })],
    },
  },
  server: {
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), openapiDir] },
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.spec.ts'],
    restoreMocks: true,
    reporters: ['default', new SummaryLine('h5unit')],
  },
})

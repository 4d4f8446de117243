import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Unit tests only: no server, no browser.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      environmentOptions: { happyDOM: { url: 'http://localhost/admin/' } },
      include: ['tests/**/*.spec.ts'],
      // the first test of a file that mounts Element Plus waits for its transform; slow on a busy 2-core machine
      testTimeout: 30_000,
      restoreMocks: true,
      unstubGlobals: true,
      // let Vite transform Element Plus: Node alone loads async-validator (form rules) through the wrong export
      server: { deps: { inline: ['element-plus'] } },
    },
  }),
)

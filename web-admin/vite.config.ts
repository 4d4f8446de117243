import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const openapiDir = fileURLToPath(new URL('../openapi', import.meta.url))

// Served by the OneCard server under /admin/; the dev server proxies the API to it.
export default defineConfig({
  base: '/admin/',
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // the result-code catalogue is shared with the server; read it from its one home
      '@openapi': openapiDir,
    },
  },
  server: {
    fs: { allow: ['.', openapiDir] },
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/element-plus') || id.includes('node_modules/@element-plus')) return 'element-plus'
          if (id.includes('node_modules')) return 'vendor'
          return undefined
        },
      },
    },
  },
})

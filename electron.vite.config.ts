import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

// Main and preload: dependencies listed under "dependencies" (only the native better-sqlite3)
// stay external; everything else (zod, shared code) is bundled. The sandboxed preload must
// require nothing but `electron`, which tests/unit/preloadBundle.test.ts checks on the build.
export default defineConfig({
  main: {
    build: { outDir: 'out/main' },
  },
  preload: {
    build: { outDir: 'out/preload' },
  },
  renderer: {
    // The renderer reaches shared code as a library (`@shared/...`) and main not at all.
    resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
    plugins: [react()],
    build: { outDir: 'out/renderer', minify: true },
  },
})

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

// Main and preload: dependencies listed under "dependencies" (only the native better-sqlite3)
// stay external; everything else (zod, shared code) is bundled. The sandboxed preload must
// require nothing but `electron`, which tests/unit/preloadBundle.test.ts checks on the build.
export default defineConfig({
  // Source maps let coverage of the built bundles (end-to-end tests) point at src/; the
  // installers leave them out (packaging/).
  main: {
    build: { outDir: 'out/main', sourcemap: true },
  },
  preload: {
    build: { outDir: 'out/preload', sourcemap: true },
  },
  renderer: {
    // The renderer reaches shared code as a library (`@shared/...`) and main not at all.
    resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
    plugins: [react()],
    build: { outDir: 'out/renderer', minify: true },
  },
})

import { defineConfig } from 'vite'

// The command-line tools, bundled for Node (shared code and zod included) into out/cli:
// diagnose.cjs (`npm run diagnose`), audit-verify.cjs (`npm run audit:verify`) and hub.cjs (`npm run
// hub`, the clinic hub). better-sqlite3 stays outside the bundle: it loads its native build at run
// time; so do Automerge (it loads its wasm at run time) and selfsigned (the hub's certificate).
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/cli',
    target: 'node20',
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      input: {
        diagnose: 'src/cli/main.ts',
        'audit-verify': 'src/main/cli/auditVerifyMain.ts',
        hub: 'src/main/cli/hubMain.ts',
      },
      external: ['better-sqlite3', '@automerge/automerge', 'selfsigned'],
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
    },
  },
  ssr: { noExternal: true },
  logLevel: 'warn',
})

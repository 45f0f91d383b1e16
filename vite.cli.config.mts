import { defineConfig } from 'vite'

// The command-line tools, bundled for Node (shared code and zod included) into out/cli:
// diagnose.cjs (`npm run diagnose`) and audit-verify.cjs (`npm run audit:verify`).
// better-sqlite3 stays outside the bundle: it loads its native build for Node at run time.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/cli',
    target: 'node20',
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      input: { diagnose: 'src/cli/main.ts', 'audit-verify': 'src/main/cli/auditVerifyMain.ts' },
      external: ['better-sqlite3'],
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
    },
  },
  ssr: { noExternal: true },
  logLevel: 'warn',
})

import { defineConfig } from 'vite'

// The command-line tools, bundled for Node (shared code and zod included) into out/cli.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'out/cli',
    target: 'node20',
    emptyOutDir: true,
    minify: false,
    rolldownOptions: { output: { format: 'cjs', entryFileNames: 'diagnose.cjs' } },
  },
  ssr: { noExternal: true },
  logLevel: 'warn',
})

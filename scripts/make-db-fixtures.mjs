// Writes tests/fixtures/databases/: one real clinic database at every schema version the app has
// shipped, each written by the app's own code at the commit where that version was the newest
// (its migrations, repositories and model, run from `git archive` of that commit), then encrypted
// with the fixed test key in manifest.json. tests/unit/migrationFixtures.test.ts migrates each to
// the latest version and checks the data. Run it when a migration is added:
//
//   node scripts/make-db-fixtures.mjs
//   node scripts/make-db-fixtures.mjs --only latest.sqlite   (one file; the others kept as they are)
//
// Needs git history and node_modules (tsx, better-sqlite3); writes only that folder.
import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const outDir = join(root, 'tests/fixtures/databases')
/** A test key, fixed so the fixtures can be committed; it protects nothing real. */
const TEST_KEY = '5eed'.repeat(16)

/**
 * Each schema version and the commit whose code wrote it. Version 5 twice: written in clear by
 * the version that introduced it, and encrypted at rest by the last version before the backups
 * (0e5cdbe, assessment documents of version 2). `HEAD` is the working tree: the latest version.
 */
const eras = [
  { file: 'v1.sqlite', commit: '792e75f', encryptedByApp: false },
  { file: 'v2.sqlite', commit: 'a018756', encryptedByApp: false },
  { file: 'v3.sqlite', commit: '079c4cc', encryptedByApp: false },
  { file: 'v4.sqlite', commit: '8698a77', encryptedByApp: false },
  { file: 'v5.sqlite', commit: '576b134', encryptedByApp: false },
  { file: 'v5-encrypted-by-app.sqlite', commit: '0e5cdbe', encryptedByApp: true },
  { file: 'v6.sqlite', commit: '100db8e', encryptedByApp: true },
  { file: 'v7.sqlite', commit: '8bccbb6', encryptedByApp: true },
  { file: 'v8.sqlite', commit: 'fb30908', encryptedByApp: true },
  { file: 'v10.sqlite', commit: '38a1942', encryptedByApp: true },
  { file: 'v11.sqlite', commit: '73a6290', encryptedByApp: true },
  { file: 'v14.sqlite', commit: 'af57921', encryptedByApp: true },
  { file: 'latest.sqlite', commit: 'HEAD', encryptedByApp: true },
]

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()

/** That commit's source, tests' support files and vignettes, in a temp folder. */
function extract(commit) {
  const dir = mkdtempSync(join(tmpdir(), `runners-hip-fixture-${commit}-`))
  const paths = [
    'src',
    'tests/support',
    'tests/fixtures/vignettes',
    'package.json',
    'tsconfig.json',
  ]
  const tree = commit === 'HEAD' ? undefined : commit
  if (tree) {
    const present = paths.filter((p) => git('ls-tree', '--name-only', tree, p) !== '')
    const archive = execFileSync('git', ['archive', '--format=tar', tree, ...present], {
      cwd: root,
      maxBuffer: 1 << 28,
    })
    execFileSync('tar', ['-x', '-C', dir], { input: archive })
  } else {
    for (const p of paths) {
      mkdirSync(join(dir, p, '..'), { recursive: true })
      cpSync(join(root, p), join(dir, p), { recursive: true })
    }
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  copyFileSync(join(root, 'scripts/db-fixtures/seedAtCommit.cts'), join(dir, 'seedAtCommit.cts'))
  return dir
}

function encrypt(file) {
  const db = new Database(file)
  db.pragma('journal_mode = DELETE')
  db.exec('VACUUM')
  db.pragma(`cipher = 'sqlcipher'`)
  db.pragma(`rekey = "x'${TEST_KEY}'"`)
  db.close()
}

// --only <file>: write that one again and keep the others (and their manifest entries) as they are.
const onlyAt = process.argv.indexOf('--only')
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined
if (only !== undefined && !eras.some((e) => e.file === only)) {
  console.error(`--only takes one of: ${eras.map((e) => e.file).join(', ')}`)
  process.exit(2)
}
if (!only) rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
const kept = only ? JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')).databases : []
const manifest = { key: { kind: 'raw', hex: TEST_KEY }, databases: [] }
for (const era of eras) {
  const previous = kept.find((d) => d.file === era.file)
  if (only && era.file !== only) {
    if (previous) manifest.databases.push(previous)
    continue
  }
  const dir = extract(era.commit)
  try {
    const out = join(dir, 'fixture.sqlite')
    const resultFile = join(dir, 'result.json')
    execFileSync(
      process.execPath,
      [
        '--require',
        'tsx/cjs',
        'seedAtCommit.cts',
        out,
        era.encryptedByApp ? TEST_KEY : 'plain',
        resultFile,
      ],
      { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] },
    )
    if (!era.encryptedByApp) encrypt(out)
    else {
      // Fold the write-ahead log into the file and leave it in rollback mode, as a copy would be.
      const db = new Database(out)
      db.pragma(`cipher = 'sqlcipher'`)
      db.pragma(`key = "x'${TEST_KEY}'"`)
      db.pragma('journal_mode = DELETE')
      db.exec('VACUUM')
      db.close()
    }
    copyFileSync(out, join(outDir, era.file))
    const result = JSON.parse(readFileSync(resultFile, 'utf8'))
    manifest.databases.push({
      file: era.file,
      commit: era.commit === 'HEAD' ? git('rev-parse', '--short', 'HEAD') : era.commit,
      writtenBy: era.commit === 'HEAD' ? 'the working tree' : `the app's code at ${era.commit}`,
      encryptedBy: era.encryptedByApp ? 'the app' : 'this generator (PRAGMA rekey)',
      ...result,
    })
    console.log(
      `${era.file}: version ${result.schemaVersion}, ${result.patients.length} patients, ${result.assessments.length} assessments, ${result.broken.length} broken`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
// In the repository's own format, so that a regenerated manifest differs only where it changed.
execFileSync(process.execPath, [
  join(root, 'node_modules/prettier/bin/prettier.cjs'),
  '--write',
  join(outDir, 'manifest.json'),
])

// Where the Electron binary is, without `require('electron')`: with electron >= 42 that call
// tries to download the binary on the spot, which fails (slowly) on a machine without internet.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export function electronBinary() {
  const pkg = resolve('node_modules/electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

export function electronVersion() {
  return JSON.parse(readFileSync(resolve('node_modules/electron/package.json'), 'utf8')).version
}

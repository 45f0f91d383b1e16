import type { Migration } from './migration'

/**
 * Version 12 belongs to another branch of issue 12 (developed in parallel). This stand-in, which
 * changes nothing, lets the `letters` branch number its own step 13 as agreed; when the branches
 * are merged, the other branch's 012 replaces this file.
 */
export const migration012Reserved: Migration = {
  version: 12,
  name: 'reserved for another branch',
  up: () => {},
}

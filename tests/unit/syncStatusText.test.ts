import { describe, expect, it } from 'vitest'
import type { ChangeAfterSigning, SyncStatus } from '../../src/shared/api/sync'
import {
  changeAfterSigningSummary,
  asSentence,
  fingerprintGroups,
  hubNowText,
  syncStatusLine,
  syncTimeText,
  toDecideText,
  whereRecordsAre,
} from '../../src/shared/sync/syncStatusText'

const base: SyncStatus = {
  state: 'in-step',
  hub: { address: 'hub.clinic.lan:8443', name: 'Riverside hub', fingerprint: 'ab'.repeat(32) },
  laptop: { id: '0f4d6a3e-7c1b-4e8a-9b61-2d3c4e5f6a7b', name: 'Room 2' },
  lastSyncedAt: '2026-11-30T10:42:00.000Z',
  waiting: 0,
  conflicts: 0,
  changesAfterSigning: 0,
}
const now = new Date('2026-11-30T15:00:00Z')
const when = (iso: string) => syncTimeText(iso, now, 'UTC')
const said = (status: Partial<SyncStatus>) => {
  const line = syncStatusLine({ ...base, ...status }, when)
  return [line.headline, line.detail].filter(Boolean).join(' · ')
}

describe('the sync status line', () => {
  it('says what a clinician needs in each state, in a few words', () => {
    expect(said({ state: 'not-joined' })).toBe('This laptop only')
    expect(said({})).toBe('In step with Riverside hub · synced 10:42')
    expect(said({ state: 'syncing', waiting: 3 })).toBe('Sending 3 changes…')
    expect(said({ state: 'syncing', waiting: 1 })).toBe('Sending 1 change…')
    expect(said({ state: 'syncing', receiving: { received: 1240, total: 10000 } })).toBe(
      'Receiving the clinic’s records · 1,240 of 10,000',
    )
    expect(said({ state: 'offline', waiting: 3 })).toBe(
      'Offline · 3 changes wait; last synced 10:42',
    )
    expect(said({ state: 'offline', waiting: 1, lastSyncedAt: undefined })).toBe(
      'Offline · 1 change waits',
    )
    expect(
      said({ state: 'refused', problem: 'this laptop was removed from the clinic’s hub' }),
    ).toBe('Refused by the hub: this laptop was removed from the clinic’s hub')
  })

  it('shows the first copy of the clinic as a progress bar that never overshoots', () => {
    expect(
      syncStatusLine(
        { ...base, state: 'syncing', receiving: { received: 1240, total: 10000 } },
        when,
      ).progress,
    ).toEqual({ value: 1240, max: 10000 })
    expect(
      syncStatusLine({ ...base, state: 'syncing', receiving: { received: 12, total: 10 } }, when)
        .progress,
    ).toEqual({ value: 10, max: 10 })
  })

  it('counts conflicts and late edits together as what waits for a decision', () => {
    expect(toDecideText({ conflicts: 0, changesAfterSigning: 0 })).toBeUndefined()
    expect(toDecideText({ conflicts: 1, changesAfterSigning: 0 })).toBe('1 conflict to decide')
    expect(toDecideText({ conflicts: 1, changesAfterSigning: 1 })).toBe('2 conflicts to decide')
  })

  it('gives the time alone today and the date with it on another day', () => {
    expect(syncTimeText('2026-11-30T08:05:00Z', now, 'UTC')).toBe('08:05')
    expect(syncTimeText('2026-11-29T23:59:00Z', now, 'UTC')).toBe('29 Nov, 23:59')
    expect(syncTimeText('not a time', now, 'UTC')).toBe('not a time')
  })

  it('says where the records are, joined or not', () => {
    expect(whereRecordsAre({ state: 'not-joined' })).toMatch(/only on this computer/)
    expect(whereRecordsAre({ state: 'offline' })).toMatch(/shared with the clinic’s hub/)
  })
})

describe('the Clinic hub screen', () => {
  it('says where the laptop stands without repeating the rows below it', () => {
    expect(hubNowText(base)).toMatch(/^In step: the hub has every change made here/)
    expect(hubNowText({ ...base, state: 'syncing', receiving: { received: 5, total: 1000 } })).toBe(
      'Receiving the clinic’s records: 5 of 1,000',
    )
    expect(hubNowText({ ...base, state: 'syncing', waiting: 2 })).toBe('Sending 2 changes…')
    expect(hubNowText({ ...base, state: 'offline', waiting: 2 })).not.toMatch(/2|10:42/)
    expect(hubNowText({ ...base, state: 'refused', problem: 'removed' })).not.toContain('removed')
    expect(asSentence('this laptop was removed')).toBe('This laptop was removed')
  })
})

describe('the hub fingerprint', () => {
  it('reads aloud in sixteen groups of four, upper case, whatever separators it came with', () => {
    const hex = '3f9a0c17b2e4d6a8c0e2f4a6b8d0c2e4f6a8b0d2c4e6f8a0b2d4c6e8f0a2b4d6'
    const groups = fingerprintGroups(hex)
    expect(groups).toHaveLength(16)
    expect(groups.slice(0, 3)).toEqual(['3F9A', '0C17', 'B2E4'])
    expect(groups.join('')).toBe(hex.toUpperCase())
    expect(fingerprintGroups(hex.match(/../g)!.join(':'))).toEqual(groups)
  })
})

describe('the addendum offered for an edit that arrived after signing', () => {
  it('names the laptop and each field as signed and as it arrived', () => {
    const change: ChangeAfterSigning = {
      id: '9a7c1e2b-4d3f-4a5b-8c6d-7e8f9a0b1c2d',
      assessmentId: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
      patient: { id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', name: 'Jordan Ellis' },
      date: '2026-11-27',
      author: { id: '5b1e7a52-3c0d-4f7e-8a19-6d2b4c8e0f13', name: 'Alex Morgan' },
      laptop: 'Race laptop',
      arrivedAt: '2026-11-30T10:40:00.000Z',
      fields: [
        { path: 'history.pain.now', label: 'Pain now (0–10)', signed: '6', arrived: '4' },
        { path: 'history.notes', label: 'Notes', signed: '', arrived: 'Ran 5 km' },
      ],
    }
    expect(changeAfterSigningSummary(change)).toBe(
      [
        'Edited on Race laptop before the signature reached it; accepted after review:',
        '- Pain now (0–10): “6” → “4”',
        '- Notes: “(empty)” → “Ran 5 km”',
      ].join('\n'),
    )
  })
})

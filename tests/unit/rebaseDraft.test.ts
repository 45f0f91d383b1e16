import { describe, expect, it } from 'vitest'
import { hasChangesBeyond, rebaseDraft } from '../../src/shared/workflow/rebaseDraft'

/**
 * A form open on one laptop while an edit from another laptop lands in the same draft: the
 * autosave is told it is late, and the form's copy is moved onto the stored draft.
 */
describe('rebasing a draft open in a form onto the stored draft', () => {
  const base = {
    sections: { history: { general: { goals: 'Run again' }, pain: { now: 4 } } },
    date: '2026-11-30',
  }

  it('keeps what was typed here and takes what arrived from the other laptop', () => {
    const mine = {
      sections: { history: { general: { goals: 'Run the Bath half' }, pain: { now: 4 } } },
      date: '2026-11-30',
    }
    const theirs = {
      sections: {
        history: { general: { goals: 'Run again', medications: 'Ibuprofen' }, pain: { now: 6 } },
      },
      date: '2026-11-30',
    }
    expect(rebaseDraft(base, mine, theirs)).toEqual({
      sections: {
        history: {
          general: { goals: 'Run the Bath half', medications: 'Ibuprofen' },
          pain: { now: 6 },
        },
      },
      date: '2026-11-30',
    })
  })

  it('keeps a field cleared here, and one the other laptop cleared stays cleared', () => {
    const mine: object = { sections: { history: { pain: { now: 4 } } }, date: '2026-11-30' }
    const theirs: object = {
      sections: { history: { general: { goals: 'Run again' }, painSide: 'left' } },
      date: '2026-12-01',
    }
    expect(rebaseDraft<object>(base, mine, theirs)).toEqual({
      sections: { history: { painSide: 'left' } },
      date: '2026-12-01',
    })
  })

  it('tells a repeated save (nothing new here) from one with changes beyond the stored draft', () => {
    expect(hasChangesBeyond(base, structuredClone(base))).toBe(false)
    expect(hasChangesBeyond({ ...base, date: '2026-12-02' }, base)).toBe(true)
  })
})

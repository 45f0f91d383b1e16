import { bench, describe } from 'vitest'
import { reason } from '../src/shared/clinical/reasoning/engine'
import { vignetteInput } from '../tests/support/reasoning'
import { vignetteIds } from '../tests/support/vignettes'

// Per-call time of the reasoning engine, which runs in the renderer on every change of an
// assessment. Run with `npm run bench`; the figures are printed, not asserted.
const inputs = vignetteIds().map((id) => vignetteInput(id))

describe('reasoning engine', () => {
  bench('reason(V01): one complete assessment', () => {
    reason(inputs[0]!)
  })
  bench('reason(V03): red flags raised', () => {
    reason(inputs[2]!)
  })
  bench(`reason() over all ${inputs.length} vignettes (per ${inputs.length} calls)`, () => {
    for (const input of inputs) reason(input)
  })
})

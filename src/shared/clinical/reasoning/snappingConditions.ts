import { cite } from '../sources'
import { ageBelow, stated, type ConditionModel } from './conditionModel'

/**
 * Snapping hip, internal (iliopsoas) and external (iliotibial band): the snap itself decides
 * whether either applies; where it is and what reproduces it decides which.
 */

/** Snapping occurs in about 5-10% of people, more often when young; mostly painless. */
const snappingStart = { prior: 0.03, adjustments: [ageBelow(40, 1.3)] } satisfies Pick<
  ConditionModel,
  'prior' | 'adjustments'
>

const cannotBearWeight = stated(
  'cannot-bear-weight',
  0.3,
  undefined,
  'A snapping tendon does not stop weight bearing.',
)

const snapIsTheCondition = stated(
  'snapping',
  8,
  0.05,
  'The condition is the snap: without one it does not apply.',
  cite(['S48'], 'confirmed'),
)

export const internalSnappingHip: ConditionModel = {
  id: 'snapping-hip-internal',
  ...snappingStart,
  evidence: [
    snapIsTheCondition,
    cannotBearWeight,
    stated(
      'snap-anterior',
      4,
      0.3,
      'The iliopsoas tendon flips over the iliopectineal eminence.',
      cite(['S48'], 'confirmed'),
    ),
    stated(
      'snap-heard',
      2,
      undefined,
      'A loud clunk, heard rather than seen.',
      cite(['S48'], 'confirmed'),
    ),
    stated(
      'test-iliopsoas-snap',
      10,
      0.3,
      'FABER back to extension reproduces the snap.',
      cite(['S48'], 'confirmed'),
    ),
    stated('pain-groin', 1.5),
    stated('locking', 0.5, undefined, 'Locking points inside the joint.'),
    stated('snap-lateral', 0.2),
  ],
}

export const externalSnappingHip: ConditionModel = {
  id: 'snapping-hip-external',
  ...snappingStart,
  evidence: [
    snapIsTheCondition,
    cannotBearWeight,
    stated(
      'snap-lateral',
      5,
      0.3,
      'The iliotibial band flips over the greater trochanter.',
      cite(['S48'], 'confirmed'),
    ),
    stated(
      'snap-seen',
      3,
      undefined,
      'External snapping is often visible.',
      cite(['S48'], 'confirmed'),
    ),
    stated(
      'test-iliotibial-snap',
      8,
      0.3,
      'Reproducing the snap in side-lying flexion-extension.',
      cite(['S48'], 'confirmed'),
    ),
    stated('test-ober', 2, undefined, 'A tight iliotibial band.'),
    stated('pain-lateral-hip', 2, 0.5),
    stated('pain-groin', 0.5),
    stated('snap-anterior', 0.2),
  ],
}

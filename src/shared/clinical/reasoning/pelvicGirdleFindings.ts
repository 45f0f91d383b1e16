import {
  anyOf,
  romRestricted,
  tender,
  test,
  type FindingContext,
  type FindingState,
} from './findingContext'
import type { FindingDefinition } from './findingDefinition'

/**
 * Examination findings for the wider differential: the pubic symphysis, the special tests for
 * the sacroiliac joint, the deep gluteal space, the lateral femoral cutaneous nerve, the
 * inguinal canal and hip micro-instability, and restricted abduction (a child's hip).
 */

/**
 * Martin 2014 reports the two piriformis tests together as "either positive" (Sn 91%, Sp 80%):
 * one finding, so the two tests are not counted twice. Absent only when both were negative.
 */
function piriformisTests(ctx: FindingContext): FindingState {
  return anyOf(test(ctx, 'seatedPiriformisStretch'), test(ctx, 'activePiriformis'))
}

export const pelvicGirdleFindings = {
  'abduction-restricted': {
    label: 'Restricted hip abduction',
    toRecord: 'Hip abduction, both sides',
    read: (ctx) => romRestricted(ctx, 'abduction'),
  },
  'tender-pubic-symphysis': {
    label: 'Pubic symphysis tender',
    toRecord: 'Palpation of the pubic symphysis',
    read: (ctx) => tender(ctx, 'pubicSymphysis'),
  },
  'test-sij-cluster': {
    label: 'Sacroiliac provocation cluster positive (3 or more of 5)',
    toRecord: 'Sacroiliac joint provocation cluster',
    read: (ctx) => test(ctx, 'sijProvocationCluster'),
  },
  'test-piriformis': {
    label: 'Seated or active piriformis test reproduces the pain',
    whenAbsent: 'Seated and active piriformis tests negative',
    toRecord: 'Seated piriformis stretch and active piriformis tests',
    read: piriformisTests,
  },
  'test-pelvic-compression-lfcn': {
    label: 'Pelvic compression eases the thigh symptoms',
    whenAbsent: 'Pelvic compression does not ease the thigh symptoms',
    toRecord: 'Pelvic compression test (lateral femoral cutaneous nerve)',
    read: (ctx) => test(ctx, 'pelvicCompressionLfcn'),
  },
  'test-ab-heer': {
    label: 'AB-HEER positive (pain or apprehension)',
    toRecord: 'AB-HEER test',
    read: (ctx) => test(ctx, 'abHeer'),
  },
  'test-inguinal-palpation': {
    label: 'Inguinal canal palpation reproduces the pain',
    toRecord: 'Inguinal canal palpation',
    read: (ctx) => test(ctx, 'inguinalCanalPalpation'),
  },
  'test-abdominal-resistance': {
    label: 'Abdominal resistance test reproduces the pain',
    toRecord: 'Abdominal resistance test',
    read: (ctx) => test(ctx, 'abdominalResistance'),
  },
} as const satisfies Record<string, FindingDefinition>

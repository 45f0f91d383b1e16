/**
 * Regions of the body chart (resources/body-chart.svg and the BodyChart component). Each is
 * recorded with a side; the clinical reasoning reads pain location from these ids.
 */
export const bodyRegions = [
  'lateral-hip',
  'groin',
  'anterior-thigh',
  'buttock',
  'sitting-bone',
  'posterior-thigh',
  'lateral-thigh-knee',
  'lower-back',
] as const
export type BodyRegion = (typeof bodyRegions)[number]

export const bodyRegionLabels: Record<BodyRegion, string> = {
  'lateral-hip': 'Lateral hip / greater trochanter',
  groin: 'Groin',
  'anterior-thigh': 'Anterior thigh',
  buttock: 'Buttock',
  'sitting-bone': 'Sitting bone (ischial tuberosity)',
  'posterior-thigh': 'Posterior thigh',
  'lateral-thigh-knee': 'Lateral thigh and knee',
  'lower-back': 'Lower back',
}

/** Which view of the chart shows each region. */
export const bodyRegionView: Record<BodyRegion, 'front' | 'side' | 'back'> = {
  'lateral-hip': 'side',
  groin: 'front',
  'anterior-thigh': 'front',
  buttock: 'back',
  'sitting-bone': 'back',
  'posterior-thigh': 'back',
  'lateral-thigh-knee': 'side',
  'lower-back': 'back',
}

import type { FigurePair } from './figureSvg'

/**
 * Start and end poses of the hip and gluteal exercises (src/shared/clinical/plan/exercisesHip.ts).
 * Side-lying exercises are seen from the front and a little above, so a knee or leg lifting
 * towards the ceiling shows; the rest from the side.
 */

/** Looking at a side-lying runner's front from above, head on the left of the page. */
const frontAbove = { azimuth: 90, elevation: 35, mirror: true }

export const hipFigures = {
  'isometric-hip-abduction': {
    camera: { azimuth: 0, elevation: 70 },
    start: { position: 'supine', right: { hipAbd: 3 }, left: { hipAbd: 3 } },
    end: { position: 'supine', right: { hipAbd: 10 }, left: { hipAbd: 10 } },
    props: [{ kind: 'belt', from: 'right.knee', to: 'left.knee' }],
    highlight: ['right.thigh', 'left.thigh'],
    arrow: 'right.knee',
  },
  clamshell: {
    camera: frontAbove,
    start: {
      position: 'side-lying',
      neck: 0,
      right: { hipFlex: 45, knee: 90, hipAbd: 0, shoulderFlex: 30, elbow: 60 },
      left: { hipFlex: 45, knee: 90, shoulderFlex: 150, elbow: 140 },
    },
    end: {
      position: 'side-lying',
      right: { hipFlex: 45, knee: 90, hipAbd: 40, hipRot: 35, shoulderFlex: 30, elbow: 60 },
      left: { hipFlex: 45, knee: 90, shoulderFlex: 150, elbow: 140 },
    },
    arrow: 'right.knee',
  },
  'side-lying-hip-abduction': {
    camera: { ...frontAbove, elevation: 20 },
    start: {
      position: 'side-lying',
      right: { hipAbd: 0, shoulderFlex: 30, elbow: 60 },
      left: { hipFlex: 40, knee: 80, shoulderFlex: 150, elbow: 140 },
    },
    end: {
      position: 'side-lying',
      right: { hipAbd: 35, shoulderFlex: 30, elbow: 60 },
      left: { hipFlex: 40, knee: 80, shoulderFlex: 150, elbow: 140 },
    },
    arrow: 'right.ankle',
  },
  'fire-hydrant': {
    camera: { azimuth: -60, elevation: 12 },
    start: { position: 'quadruped' },
    end: { position: 'quadruped', right: { hipAbd: 70 } },
    arrow: 'right.knee',
  },
  'lateral-band-walk': {
    camera: { azimuth: 90, elevation: 10 },
    start: {
      position: 'standing',
      lean: 20,
      right: { hipFlex: 40, knee: 50, ankle: 15, hipAbd: 6, shoulderFlex: 30, elbow: 70 },
      left: { hipFlex: 40, knee: 50, ankle: 15, hipAbd: 6, shoulderFlex: 30, elbow: 70 },
    },
    end: {
      position: 'standing',
      lean: 20,
      right: { hipFlex: 40, knee: 50, ankle: 15, hipAbd: 22, shoulderFlex: 30, elbow: 70 },
      left: { hipFlex: 40, knee: 50, ankle: 15, hipAbd: 6, shoulderFlex: 30, elbow: 70 },
    },
    props: [{ kind: 'band', from: 'right.knee', to: 'left.knee' }],
    arrow: 'right.ankle',
  },
  'side-plank-knees': {
    camera: { azimuth: 75, elevation: 0, mirror: true },
    start: {
      position: 'side-lying',
      tilt: -45,
      right: { knee: 90, hipFlex: -5, hipAbd: 45, elbow: 20 },
      left: { knee: 90, hipFlex: -5, hipAbd: -45, shoulderAbd: 45, elbow: 90 },
    },
    end: {
      position: 'side-lying',
      tilt: -26,
      right: { knee: 90, hipFlex: -5, elbow: 20 },
      left: { knee: 90, hipFlex: -5, shoulderAbd: 64, elbow: 90 },
    },
    highlight: ['trunk'],
    arrow: 'pelvis',
  },
  'glute-bridge': {
    start: {
      position: 'supine',
      right: { hipFlex: 50, knee: 95, ankle: 0 },
      left: { hipFlex: 50, knee: 95, ankle: 0 },
    },
    end: {
      position: 'supine',
      lean: -28,
      right: { hipFlex: 10, knee: 95, ankle: 0 },
      left: { hipFlex: 10, knee: 95, ankle: 0 },
    },
    highlight: ['trunk', 'right.thigh', 'left.thigh'],
    arrow: 'pelvis',
  },
  'single-leg-bridge': {
    start: {
      position: 'supine',
      right: { hipFlex: 50, knee: 95, ankle: 0 },
      left: { hipFlex: 60, knee: 20, ankle: 0 },
    },
    end: {
      position: 'supine',
      lean: -28,
      right: { hipFlex: 10, knee: 95, ankle: 0 },
      left: { hipFlex: 40, knee: 20, ankle: 0 },
    },
    highlight: ['trunk', 'right.thigh'],
    arrow: 'pelvis',
  },
  'single-leg-squat-to-box': {
    start: {
      position: 'standing',
      right: { shoulderFlex: 20, elbow: 30 },
      left: { hipFlex: 30, knee: 40, shoulderFlex: 20, elbow: 30 },
      supported: ['left.ankle', 'left.heel', 'left.toe'],
    },
    end: {
      position: 'standing',
      lean: 35,
      right: { hipFlex: 85, knee: 90, ankle: 30, shoulderFlex: 60, elbow: 20 },
      left: { hipFlex: 90, knee: 40, shoulderFlex: 60, elbow: 20 },
      supported: ['pelvis', 'left.ankle', 'left.heel', 'left.toe'],
    },
    props: [{ kind: 'box', under: 'pelvis', placeBy: 'end', offset: -10 }],
    highlight: ['right.thigh', 'right.shank'],
    arrow: 'pelvis',
  },
  'step-up': {
    start: {
      position: 'standing',
      lean: 10,
      right: { hipFlex: 70, knee: 85, ankle: 15, shoulderFlex: -20 },
      left: { shoulderFlex: 20, elbow: 30, ankle: 5 },
      supported: ['right.ankle', 'right.heel', 'right.toe'],
    },
    end: {
      position: 'standing',
      right: { shoulderFlex: 20, elbow: 30 },
      left: { hipFlex: 10, knee: 60, shoulderFlex: -10 },
      supported: ['left.ankle', 'left.heel', 'left.toe', 'left.knee'],
      lift: 21,
      shift: { x: 20 },
    },
    props: [{ kind: 'step', under: 'right.heel', length: 40, offset: 6 }],
    highlight: ['right.thigh', 'right.shank'],
    arrow: 'pelvis',
  },
  'rear-foot-elevated-split-squat': {
    start: {
      position: 'standing',
      right: { hipFlex: 15, knee: 5, shoulderFlex: 10, elbow: 20 },
      left: { hipFlex: -30, knee: 80, ankle: -50 },
      supported: ['left.ankle', 'left.heel', 'left.toe'],
    },
    end: {
      position: 'standing',
      lean: 10,
      right: { hipFlex: 80, knee: 90, ankle: 20, shoulderFlex: 10, elbow: 20 },
      left: { hipFlex: -10, knee: 110, ankle: -60 },
      supported: ['left.ankle', 'left.heel', 'left.toe', 'left.knee'],
    },
    props: [{ kind: 'bench', under: 'left.toe', length: 40, offset: -8 }],
    highlight: ['right.thigh', 'right.shank'],
    arrow: 'pelvis',
  },
  'runners-calf-raise': {
    start: {
      position: 'standing',
      lean: 8,
      right: { knee: 15, hipFlex: 10, ankle: 10, shoulderFlex: 30, elbow: 80 },
      left: { hipFlex: 0, knee: 50, ankle: -20, shoulderFlex: -25, elbow: 60 },
      supported: ['left.ankle', 'left.toe', 'left.heel'],
    },
    end: {
      position: 'standing',
      lean: 8,
      right: { knee: 15, hipFlex: 10, ankle: -35, shoulderFlex: -30, elbow: 80 },
      left: { hipFlex: 75, knee: 90, ankle: 0, shoulderFlex: 55, elbow: 80 },
      supported: ['left.ankle', 'left.toe', 'left.heel', 'left.knee'],
    },
    props: [{ kind: 'wall', x: 70 }],
    highlight: ['right.shank', 'right.foot', 'left.thigh', 'left.shank'],
    arrow: 'left.knee',
  },
} satisfies Record<string, FigurePair>

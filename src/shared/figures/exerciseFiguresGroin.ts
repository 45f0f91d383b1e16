import { stride, walking } from './exerciseFiguresRunning'
import type { FigurePair } from './figureSvg'

/**
 * Start and end poses of the groin and hip-flexor exercises (exercisesGroin.ts) and the
 * mobility and cross-training exercises (exercisesMobility.ts).
 */

const frontAbove = { azimuth: 90, elevation: 35, mirror: true }
const crookLying = { hipFlex: 50, knee: 95, ankle: 0 }
/** Looking down on a runner lying on their back, so knees moving apart or sideways show. */
const fromAbove = { azimuth: 0, elevation: 60 }

export const groinFigures = {
  'adductor-squeeze': {
    camera: { azimuth: 0, elevation: 25 },
    start: {
      position: 'supine',
      right: { ...crookLying, hipAbd: 6 },
      left: { ...crookLying, hipAbd: 6 },
    },
    end: {
      position: 'supine',
      right: { ...crookLying, hipAbd: 1 },
      left: { ...crookLying, hipAbd: 1 },
    },
    props: [{ kind: 'ball', between: ['right.knee', 'left.knee'] }],
    highlight: ['right.thigh', 'left.thigh'],
    arrow: 'none',
  },
  'side-lying-adduction': {
    camera: { ...frontAbove, elevation: 20 },
    start: {
      position: 'side-lying',
      right: { hipFlex: 80, knee: 90, hipAbd: -5, shoulderFlex: 30, elbow: 60 },
      left: { shoulderFlex: 150, elbow: 140 },
    },
    end: {
      position: 'side-lying',
      right: { hipFlex: 80, knee: 90, hipAbd: -5, shoulderFlex: 30, elbow: 60 },
      left: { hipAbd: -18, shoulderFlex: 150, elbow: 140 },
    },
    arrow: 'left.ankle',
  },
  'copenhagen-adduction': {
    camera: { azimuth: 75, elevation: 0, mirror: true },
    start: {
      position: 'side-lying',
      tilt: -45,
      right: { hipAbd: 92, knee: 90, elbow: 20 },
      left: { hipAbd: -45, knee: 5, shoulderAbd: 45, elbow: 90 },
      supported: ['right.knee', 'right.ankle', 'right.heel', 'right.toe'],
    },
    end: {
      position: 'side-lying',
      tilt: -4,
      right: { hipAbd: 4, knee: 90, elbow: 20 },
      left: { hipAbd: -14, knee: 5, shoulderAbd: 86, elbow: 90 },
      supported: ['right.knee', 'right.ankle', 'right.heel', 'right.toe'],
    },
    props: [{ kind: 'bench', under: 'right.knee', placeBy: 'end', length: 40, width: 30 }],
    highlight: ['trunk', 'left.thigh', 'left.shank', 'left.foot'],
    arrow: 'left.ankle',
  },
  'banded-hip-flexion-hold': {
    start: {
      position: 'standing',
      right: { knee: 5, shoulderFlex: 60, elbow: 20 },
      left: { shoulderFlex: 10 },
    },
    end: {
      position: 'standing',
      right: { hipFlex: 25, knee: 35, shoulderFlex: 60, elbow: 20 },
      left: { shoulderFlex: 10 },
      supported: ['right.ankle', 'right.heel', 'right.toe'],
    },
    props: [
      { kind: 'wall', x: 65 },
      { kind: 'band', from: 'right.ankle', to: [-70, 10, -9] },
    ],
    arrow: 'right.knee',
  },
  'banded-hip-flexion': {
    start: {
      position: 'standing',
      right: { knee: 5, shoulderFlex: 60, elbow: 20 },
      left: { shoulderFlex: 10 },
    },
    end: {
      position: 'standing',
      right: { hipFlex: 90, knee: 90, shoulderFlex: 60, elbow: 20 },
      left: { shoulderFlex: 10 },
      supported: ['right.ankle', 'right.heel', 'right.toe', 'right.knee'],
    },
    props: [
      { kind: 'wall', x: 65 },
      { kind: 'band', from: 'right.ankle', to: [-70, 10, -9] },
    ],
    arrow: 'right.knee',
  },
  'seated-knee-lift': {
    start: {
      position: 'sitting',
      right: { shoulderFlex: 30, elbow: 60 },
      left: { shoulderFlex: 30, elbow: 60 },
      supported: ['pelvis', 'right.hip', 'left.hip'],
    },
    end: {
      position: 'sitting',
      right: { hipFlex: 110, knee: 100, shoulderFlex: 30, elbow: 60 },
      left: { shoulderFlex: 30, elbow: 60 },
      supported: ['pelvis', 'right.hip', 'left.hip', 'right.ankle', 'right.heel', 'right.toe'],
    },
    props: [{ kind: 'chair', under: 'pelvis', offset: -8 }],
    arrow: 'right.knee',
  },
  'psoas-march': {
    start: {
      position: 'supine',
      right: { hipFlex: 90, knee: 90, ankle: 0 },
      left: { hipFlex: 90, knee: 90, ankle: 0 },
    },
    end: {
      position: 'supine',
      right: { hipFlex: 90, knee: 90, ankle: 0 },
      left: { hipFlex: 25, knee: 0, ankle: 0 },
    },
    props: [{ kind: 'band', from: 'right.toe', to: 'left.toe' }],
    arrow: 'left.ankle',
  },
  'hip-flexor-stretch': {
    start: { position: 'half-kneeling', left: { hipFlex: 0 } },
    end: {
      position: 'half-kneeling',
      right: { hipFlex: 65, knee: 120, ankle: 30 },
      left: { hipFlex: -25, knee: 65, ankle: -50 },
    },
    highlight: ['left.thigh', 'trunk'],
    arrow: 'pelvis',
  },
  'controlled-leg-lowering': {
    camera: { azimuth: 0, elevation: 40 },
    start: {
      position: 'supine',
      right: { hipFlex: 60, knee: 100, hipAbd: 40, hipRot: 40 },
    },
    end: { position: 'supine', right: { hipFlex: 0, knee: 0, ankle: -15 } },
    arrow: 'right.knee',
  },
} satisfies Record<string, FigurePair>

export const mobilityFigures = {
  'hamstring-stretch': {
    start: {
      position: 'supine',
      right: { hipFlex: 20, knee: 5, ankle: 0, shoulderFlex: 45, elbow: 20 },
      left: { shoulderFlex: 45, elbow: 20 },
    },
    end: {
      position: 'supine',
      right: { hipFlex: 75, knee: 5, ankle: 0, shoulderFlex: 75, elbow: 20 },
      left: { shoulderFlex: 75, elbow: 20 },
    },
    props: [{ kind: 'strap', from: 'right.hand', to: 'right.toe' }],
    highlight: ['right.thigh', 'right.shank', 'right.foot'],
    arrow: 'right.ankle',
  },
  'low-back-hip-twist': {
    camera: fromAbove,
    start: { position: 'supine', right: crookLying, left: crookLying },
    end: {
      position: 'supine',
      right: { ...crookLying, hipAbd: 45 },
      left: { ...crookLying, hipAbd: -45 },
    },
    arrow: 'right.knee',
  },
  'hip-rotation-range': {
    camera: { azimuth: 90, elevation: 10 },
    start: { position: 'sitting', supported: ['pelvis', 'right.hip', 'left.hip'] },
    end: {
      position: 'sitting',
      right: { hipRot: -35 },
      supported: ['pelvis', 'right.hip', 'left.hip', 'right.toe', 'right.heel', 'right.ankle'],
    },
    props: [{ kind: 'chair', under: 'pelvis', offset: -8 }],
    arrow: 'right.ankle',
  },
  'hip-flexion-range': {
    start: { position: 'supine' },
    end: { position: 'supine', right: { hipFlex: 100, knee: 125, ankle: 0 } },
    arrow: 'right.heel',
  },
  'lumbar-mobility': {
    camera: fromAbove,
    start: {
      position: 'supine',
      right: { ...crookLying, hipAbd: -20 },
      left: { ...crookLying, hipAbd: 20 },
    },
    end: {
      position: 'supine',
      right: { ...crookLying, hipAbd: 20 },
      left: { ...crookLying, hipAbd: -20 },
    },
    arrow: 'right.knee',
  },
  'sciatic-nerve-slider': {
    start: {
      position: 'sitting',
      neck: 35,
      right: { shoulderFlex: 20, elbow: 60 },
      left: { shoulderFlex: 20, elbow: 60 },
      supported: ['pelvis', 'right.hip', 'left.hip'],
    },
    end: {
      position: 'sitting',
      neck: -30,
      right: { knee: 10, ankle: 10, shoulderFlex: 20, elbow: 60 },
      left: { shoulderFlex: 20, elbow: 60 },
      supported: ['pelvis', 'right.hip', 'left.hip', 'right.ankle', 'right.heel', 'right.toe'],
    },
    props: [{ kind: 'chair', under: 'pelvis', offset: -8 }],
    highlight: ['right.shank', 'right.foot', 'head'],
    arrow: 'right.ankle',
  },
  'stationary-bike': {
    start: {
      position: 'sitting',
      lean: 30,
      lift: 22,
      right: { hipFlex: 55, knee: 30, ankle: -10, shoulderFlex: 65, elbow: 20 },
      left: { hipFlex: 110, knee: 115, ankle: 0, shoulderFlex: 65, elbow: 20 },
    },
    end: {
      position: 'sitting',
      lean: 30,
      lift: 22,
      right: { hipFlex: 110, knee: 115, ankle: 0, shoulderFlex: 65, elbow: 20 },
      left: { hipFlex: 55, knee: 30, ankle: -10, shoulderFlex: 65, elbow: 20 },
    },
    props: [{ kind: 'bike' }],
    arrow: 'right.knee',
  },
  'pool-running': {
    start: { ...stride(0.3), lean: 0, lift: 30 },
    end: { ...stride(0.3, 'left'), lean: 0, lift: 30 },
    props: [{ kind: 'water', level: 150 }],
    arrow: 'right.ankle',
  },
  'walk-run-programme': {
    start: walking,
    end: { ...stride(0.5), shift: { x: 45 } },
    highlight: ['right.thigh', 'right.shank', 'left.thigh', 'left.shank'],
    arrow: 'pelvis',
  },
} satisfies Record<string, FigurePair>

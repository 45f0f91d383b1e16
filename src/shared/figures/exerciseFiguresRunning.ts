import type { Pose } from './figureModel'
import type { FigurePair } from './figureSvg'

/**
 * Start and end poses of the hamstring exercises (exercisesHamstring.ts) and the running and
 * agility drills (exercisesRunningDrills.ts).
 */

/** A running stride, right leg swinging through; `effort` 0 (jog) to 1 (fast stride). */
export function stride(effort: number, side: 'right' | 'left' = 'right'): Pose {
  const swing = { hipFlex: 30 + 35 * effort, knee: 70 + 30 * effort, ankle: 5 }
  const push = { hipFlex: -10 - 12 * effort, knee: 15 + 10 * effort, ankle: -25 }
  const armForward = { shoulderFlex: 30 + 25 * effort, elbow: 90 }
  const armBack = { shoulderFlex: -25 - 20 * effort, elbow: 85 }
  const other = side === 'right' ? 'left' : 'right'
  return {
    position: 'standing',
    lean: 6 + 6 * effort,
    [side]: { ...swing, ...armBack },
    [other]: { ...push, ...armForward },
  }
}

/** Walking: a heel landing in front, the other foot pushing off behind. */
export const walking: Pose = {
  position: 'standing',
  right: { hipFlex: 22, knee: 5, ankle: 5, shoulderFlex: -15, elbow: 15 },
  left: { hipFlex: -12, knee: 10, ankle: -15, shoulderFlex: 18, elbow: 15 },
}

const frontView = { azimuth: 90, elevation: 8 }
const crouch = { hipFlex: 35, knee: 45, ankle: 15, shoulderFlex: 25, elbow: 80 }
const singleLegStance = { hipFlex: 5, knee: 10, shoulderFlex: 5, elbow: 10 }

export const hamstringFigures = {
  'isometric-hamstring-bridge-hold': {
    start: {
      position: 'supine',
      right: { hipFlex: 45, knee: 75, ankle: 10 },
      left: { hipFlex: 45, knee: 75, ankle: 10 },
    },
    end: {
      position: 'supine',
      lean: -14,
      right: { hipFlex: 30, knee: 75, ankle: 10 },
      left: { hipFlex: 30, knee: 75, ankle: 10 },
    },
    highlight: ['trunk', 'right.thigh', 'right.shank'],
    arrow: 'pelvis',
  },
  'hamstring-curl-slider': {
    start: {
      position: 'supine',
      lean: -28,
      right: { hipFlex: 10, knee: 95, ankle: 0 },
      left: { hipFlex: 10, knee: 95, ankle: 0 },
    },
    end: {
      position: 'supine',
      lean: -10,
      right: { hipFlex: 2, knee: 15, ankle: 10 },
      left: { hipFlex: 2, knee: 15, ankle: 10 },
    },
    props: [
      { kind: 'slider', under: 'right.heel' },
      { kind: 'slider', under: 'left.heel' },
    ],
    arrow: 'right.heel',
  },
  'romanian-deadlift': {
    start: {
      position: 'standing',
      right: { knee: 10, hipFlex: 5, shoulderFlex: 10, elbow: 5 },
      left: { knee: 10, hipFlex: 5, shoulderFlex: 10, elbow: 5 },
    },
    end: {
      position: 'standing',
      lean: 65,
      right: { hipFlex: 60, knee: 20, shoulderFlex: 65, elbow: 5 },
      left: { hipFlex: 60, knee: 20, shoulderFlex: 65, elbow: 5 },
      shift: { x: -12 },
    },
    props: [{ kind: 'weight', at: 'right.hand' }],
    highlight: ['trunk'],
    arrow: 'neck',
  },
  'nordic-hamstring': {
    start: {
      position: 'kneeling',
      right: { ankle: -10, shoulderFlex: 10, elbow: 90 },
      left: { ankle: -10, shoulderFlex: 10, elbow: 90 },
    },
    end: {
      position: 'kneeling',
      lean: 55,
      right: { knee: 35, ankle: -10, shoulderFlex: 40, elbow: 90 },
      left: { knee: 35, ankle: -10, shoulderFlex: 40, elbow: 90 },
    },
    highlight: ['trunk', 'right.thigh', 'left.thigh'],
    arrow: 'head',
  },
  'askling-extender': {
    start: {
      position: 'supine',
      neck: 20,
      right: { hipFlex: 90, knee: 95, ankle: 0, shoulderFlex: 70, elbow: 40 },
      left: { shoulderFlex: 70, elbow: 40 },
    },
    end: {
      position: 'supine',
      neck: 20,
      right: { hipFlex: 90, knee: 25, ankle: 10, shoulderFlex: 70, elbow: 40 },
      left: { shoulderFlex: 70, elbow: 40 },
    },
    arrow: 'right.ankle',
  },
  'askling-diver': {
    start: {
      position: 'standing',
      right: { ...singleLegStance, shoulderFlex: 80, elbow: 10 },
      left: { hipFlex: 0, knee: 40, ankle: -20, shoulderFlex: 80, elbow: 10 },
      supported: ['left.ankle', 'left.heel', 'left.toe'],
    },
    end: {
      position: 'standing',
      lean: 65,
      right: { hipFlex: 60, knee: 20, shoulderFlex: 150, elbow: 5 },
      left: { hipFlex: 5, knee: 10, ankle: -30, shoulderFlex: 150, elbow: 5 },
      supported: ['left.ankle', 'left.heel', 'left.toe', 'left.knee'],
    },
    highlight: ['trunk', 'left.thigh', 'left.shank'],
    arrow: 'left.ankle',
  },
  'askling-glider': {
    start: {
      position: 'standing',
      right: { hipFlex: 15, knee: 10, ankle: 5, shoulderFlex: 60, elbow: 20 },
      left: { hipFlex: -12, knee: 5, shoulderFlex: 60, elbow: 20 },
    },
    end: {
      position: 'standing',
      lean: 10,
      right: { hipFlex: 40, knee: 15, ankle: 10, shoulderFlex: 60, elbow: 15 },
      left: { hipFlex: -35, knee: 5, ankle: -25, shoulderFlex: 60, elbow: 15 },
    },
    props: [
      { kind: 'wall', x: 62 },
      { kind: 'slider', under: 'left.toe' },
    ],
    highlight: ['left.thigh', 'left.shank', 'left.foot'],
    arrow: 'left.toe',
  },
} satisfies Record<string, FigurePair>

export const runningDrillFigures = {
  'pats-side-shuffle': {
    camera: frontView,
    start: {
      position: 'standing',
      lean: 15,
      right: { ...crouch, hipAbd: 8 },
      left: { ...crouch, hipAbd: 8 },
    },
    end: {
      position: 'standing',
      lean: 15,
      right: { ...crouch, hipAbd: 24 },
      left: { ...crouch, hipAbd: 2 },
      shift: { z: -20 },
    },
    arrow: 'right.ankle',
  },
  'pats-grapevine': {
    camera: frontView,
    start: {
      position: 'standing',
      right: { hipAbd: 12, knee: 10, shoulderAbd: 20 },
      left: { hipAbd: 12, knee: 10, shoulderAbd: 20 },
    },
    end: {
      position: 'standing',
      turn: -15,
      right: { hipAbd: 14, knee: 10, shoulderAbd: 20 },
      left: { hipAbd: -28, hipFlex: 15, knee: 20, shoulderAbd: 20 },
    },
    arrow: 'left.ankle',
  },
  'pats-fast-feet': {
    start: {
      position: 'standing',
      lean: 12,
      right: { ...crouch, hipFlex: 45, knee: 70, ankle: 0, shoulderFlex: -20 },
      left: { ...crouch, ankle: -10, shoulderFlex: 40 },
    },
    end: {
      position: 'standing',
      lean: 12,
      right: { ...crouch, ankle: -10, shoulderFlex: 40 },
      left: { ...crouch, hipFlex: 45, knee: 70, ankle: 0, shoulderFlex: -20 },
    },
    arrow: 'right.toe',
  },
  'pats-trunk-bridges': {
    start: {
      position: 'prone',
      lean: -10,
      right: { shoulderFlex: 80, elbow: 90, ankle: 10 },
      left: { shoulderFlex: 80, elbow: 90, ankle: 10 },
    },
    end: {
      position: 'supine',
      lean: -28,
      right: { hipFlex: 10, knee: 95, ankle: 0 },
      left: { hipFlex: 10, knee: 95, ankle: 0 },
    },
    highlight: ['trunk'],
    arrow: 'none',
  },
  'pats-single-leg-stand': {
    start: { position: 'standing', right: { knee: 5 }, left: { knee: 5 } },
    end: {
      position: 'standing',
      right: { ...singleLegStance, shoulderAbd: 15 },
      left: { hipFlex: 25, knee: 70, shoulderAbd: 15 },
    },
    arrow: 'left.ankle',
  },
  'pats-phase-2-agility': {
    start: { position: 'standing', lean: 15, right: crouch, left: crouch },
    end: { ...stride(0.8), shift: { x: 35 } },
    highlight: ['right.thigh', 'right.shank', 'right.foot', 'left.thigh', 'left.shank'],
    arrow: 'pelvis',
  },
  'pats-phase-2-trunk': {
    start: {
      position: 'standing',
      right: { ...singleLegStance },
      left: { hipFlex: 0, knee: 45, ankle: -20 },
      supported: ['left.ankle', 'left.heel', 'left.toe'],
    },
    end: {
      position: 'standing',
      lean: 70,
      right: { hipFlex: 65, knee: 30, ankle: 10, shoulderFlex: 30 },
      left: { hipFlex: 5, knee: 10, ankle: -30, shoulderFlex: 95, elbow: 0 },
      supported: ['left.ankle', 'left.heel', 'left.toe', 'left.knee', 'left.hand'],
    },
    highlight: ['trunk', 'left.upperArm', 'left.forearm'],
    arrow: 'left.hand',
  },
  'build-up-strides': {
    start: stride(0.1),
    end: { ...stride(1), shift: { x: 50 } },
    highlight: ['right.thigh', 'right.shank', 'left.thigh', 'left.shank'],
    arrow: 'pelvis',
  },
  'hop-and-bound': {
    start: {
      position: 'standing',
      lean: 15,
      right: { ...crouch, ankle: 20, shoulderFlex: -20 },
      left: { ...crouch, ankle: 20, shoulderFlex: -20 },
    },
    end: {
      position: 'standing',
      lift: 18,
      right: { hipFlex: 5, knee: 5, ankle: -35, shoulderFlex: 60, elbow: 40 },
      left: { hipFlex: 5, knee: 5, ankle: -35, shoulderFlex: 60, elbow: 40 },
    },
    arrow: 'pelvis',
  },
} satisfies Record<string, FigurePair>

import { add, type JointName, type Skeleton, type Vec3 } from './figureModel'

/**
 * The simple equipment drawn with a figure. A prop is placed by the body (the bench under the
 * knee that rests on it, the ball between the knees), so the data stays in joint names and the
 * drawing stays consistent when a pose changes.
 */
export type Prop =
  /** A block from the floor up to the joint resting on it (bench, step, box, chair seat). */
  | {
      kind: 'bench' | 'step' | 'box' | 'chair'
      under: JointName
      /** Extent along the body's forward axis (x) and across (z), in cm. */
      length?: number
      width?: number
      /** Move the block forwards / backwards from under the joint. */
      offset?: number
      /** Which pose places it (default: the start; the box a squat ends on: the end). */
      placeBy?: 'start' | 'end'
    }
  /** A ball between two joints (the knees). */
  | { kind: 'ball'; between: [JointName, JointName] }
  /** An elastic band or belt around two joints, or from a joint to a fixed anchor. */
  | { kind: 'band' | 'belt'; from: JointName; to: JointName | Vec3 }
  /** A strap or towel held from the hand to the foot. */
  | { kind: 'strap'; from: JointName; to: JointName }
  /** A weight in the hands. */
  | { kind: 'weight'; at: JointName }
  /** A towel or slider under a foot. */
  | { kind: 'slider'; under: JointName }
  /** A wall in front of (x > 0) or behind the body, at this world x. */
  | { kind: 'wall'; x: number }
  /** An exercise bike under the rider: saddle, handlebar and crank follow the joints. */
  | { kind: 'bike' }
  /** Deep water up to this height (cm above the pool floor). */
  | { kind: 'water'; level: number }
  /** A line on the ground to follow (running drills), along x from this length. */
  | { kind: 'track'; from: number; to: number }

/** Where a prop's named point is: a joint of the skeleton or a fixed world point. */
export function pointOf(skeleton: Skeleton, p: JointName | Vec3): Vec3 {
  return typeof p === 'string' ? skeleton.joints[p] : p
}

/** The eight corners of a block from the floor up to `top`, centred on (x, z). */
export function blockCorners(
  centre: Vec3,
  top: number,
  length: number,
  width: number,
  offset = 0,
): Vec3[] {
  const corners: Vec3[] = []
  for (const dx of [-length / 2, length / 2])
    for (const dz of [-width / 2, width / 2])
      for (const y of [0, top]) corners.push(add([centre[0] + offset, 0, centre[2]], [dx, y, dz]))
  return corners
}

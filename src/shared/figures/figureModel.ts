/**
 * A small model of the human body for the exercise drawings of the patient handout: joint
 * angles in degrees → the 3D positions of the joints → a 2D picture seen by a camera.
 *
 * Why 3D: half of the hip exercises move the thigh out to the side (clamshell, fire hydrant,
 * side-lying abduction). A flat side-view stick figure cannot show a knee opening; a tiny 3D
 * skeleton seen from a chosen angle can, with the same joint angles a clinician would name.
 *
 * Conventions (the body's own frame, standing in anatomical position): x points forwards (the
 * way the runner faces), y up, z to the runner's left. The world frame is the same when the body
 * stands facing right on the page; the default camera looks from the runner's right side, so the
 * right limbs are the near ones. Lengths are in centimetres of an adult of about 175 cm.
 */

export type Vec3 = readonly [number, number, number]

export type Side = 'right' | 'left'

/** The joint angles of one side. Zero is anatomical standing (arms by the side). */
export interface SideAngles {
  /** Thigh forwards from the line of the trunk; negative is extension (thigh behind). */
  hipFlex: number
  /** Thigh out to the side (frontal plane), before flexion is applied. */
  hipAbd: number
  /** Rotation of the thigh about its own axis, external positive (the foot swings in). */
  hipRot: number
  /** Knee bend (0 straight, 90 right angle). */
  knee: number
  /** Ankle: positive pulls the toes up (dorsiflexion), negative points them (plantarflexion). */
  ankle: number
  /** Arm forwards and up from hanging by the side (180: straight overhead). */
  shoulderFlex: number
  /** Arm out to the side. */
  shoulderAbd: number
  /** Elbow bend. */
  elbow: number
}

/** How the trunk lies in space, before the trunk's own lean and tilt are added. */
export const bodyPositions = [
  'standing',
  'kneeling',
  'half-kneeling',
  'sitting',
  'supine',
  'prone',
  'side-lying',
  'quadruped',
] as const
export type BodyPosition = (typeof bodyPositions)[number]

export type JointName =
  | 'pelvis'
  | 'neck'
  | 'head'
  | `${Side}.${'hip' | 'knee' | 'ankle' | 'heel' | 'toe' | 'shoulder' | 'elbow' | 'hand'}`

export interface Pose {
  position: BodyPosition
  /** Extra forward lean of the trunk (and pelvis) in degrees, on top of the position's own. */
  lean?: number
  /** Extra sideways tilt of the trunk about its forward axis (side plank lifts the hips). */
  tilt?: number
  /** Turn of the whole body about the vertical axis (e.g. to face the camera). */
  turn?: number
  /** Head nod: positive looks down towards the chest. */
  neck?: number
  right?: Partial<SideAngles>
  left?: Partial<SideAngles>
  /** Joints resting on a prop (bench, box, chair...) rather than on the floor. */
  supported?: JointName[]
  /** Lifts the body off the floor by this much (a jump, floating in water). */
  lift?: number
  /** Moves the body along the world axes (a step sideways or forwards). */
  shift?: Partial<Record<'x' | 'z', number>>
}

export const segmentLengths = {
  trunk: 52,
  hipHalfWidth: 9,
  shoulderHalfWidth: 18,
  neck: 8,
  headRadius: 11,
  thigh: 44,
  shank: 43,
  heel: 5,
  foot: 18,
  upperArm: 30,
  forearm: 29,
} as const

const zeroSide: SideAngles = {
  hipFlex: 0,
  hipAbd: 0,
  hipRot: 0,
  knee: 0,
  ankle: 0,
  shoulderFlex: 0,
  shoulderAbd: 0,
  elbow: 0,
}

/** Each position: how the trunk is turned in space, and the limb angles it implies. */
interface PositionDefaults {
  /** Forward lean of the trunk (90: face down, -90: face up). */
  pitch: number
  /** Roll onto the left side (90: lying on the left side, right side up). */
  roll: number
  neck?: number
  both: Partial<SideAngles>
  right?: Partial<SideAngles>
  left?: Partial<SideAngles>
}

const positionDefaults: Record<BodyPosition, PositionDefaults> = {
  standing: { pitch: 0, roll: 0, both: { elbow: 10 } },
  kneeling: { pitch: 0, roll: 0, both: { knee: 90, ankle: -40, elbow: 10 } },
  'half-kneeling': {
    pitch: 0,
    roll: 0,
    both: { elbow: 10 },
    right: { hipFlex: 90, knee: 90 },
    left: { hipFlex: 0, knee: 90, ankle: -40 },
  },
  sitting: { pitch: 0, roll: 0, both: { hipFlex: 90, knee: 90, elbow: 20 } },
  // The head nods a little on the floor, as on a thin pillow.
  supine: { pitch: -90, roll: 0, neck: 15, both: { ankle: -20 } },
  prone: { pitch: 90, roll: 0, both: { ankle: -40 } },
  'side-lying': { pitch: 0, roll: 90, both: { ankle: -20 } },
  // Arms are longer than thighs: with hands under shoulders and knees under hips the back slopes.
  quadruped: {
    pitch: 75,
    roll: 0,
    both: { hipFlex: 75, knee: 90, ankle: -85, shoulderFlex: 75 },
  },
}

// ---------------------------------------------------------------------------------------------
// Rotations. Each takes degrees; positive is the anatomical direction named.

const rad = (deg: number) => (deg * Math.PI) / 180

/** About the z axis (left–right): positive turns up towards forwards (a forward lean). */
export function pitch(v: Vec3, deg: number): Vec3 {
  const c = Math.cos(rad(deg))
  const s = Math.sin(rad(deg))
  return [v[0] * c + v[1] * s, -v[0] * s + v[1] * c, v[2]]
}

/** About the x axis (forwards): positive turns up towards the left (+z). */
export function roll(v: Vec3, deg: number): Vec3 {
  const c = Math.cos(rad(deg))
  const s = Math.sin(rad(deg))
  return [v[0], v[1] * c - v[2] * s, v[1] * s + v[2] * c]
}

/** About the y axis (vertical): positive turns forwards (+x) towards the left (+z). */
export function yaw(v: Vec3, deg: number): Vec3 {
  const c = Math.cos(rad(deg))
  const s = Math.sin(rad(deg))
  return [v[0] * c - v[2] * s, v[1], v[0] * s + v[2] * c]
}

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k]

const DOWN: Vec3 = [0, -1, 0]
const FORWARD: Vec3 = [1, 0, 0]

/** A direction given in the body's frame, turned into the world. */
type ToWorld = (v: Vec3) => Vec3

export interface Skeleton {
  joints: Record<JointName, Vec3>
  /** The body's frame in the world (for props that follow the body, e.g. a belt). */
  up: Vec3
}

function sideAngles(pose: Pose, side: Side): SideAngles {
  const d = positionDefaults[pose.position]
  return { ...zeroSide, ...d.both, ...d[side], ...pose[side] }
}

/**
 * The leg and arm of one side. `lateral` is +1 for the left side (towards +z), -1 for the right,
 * so abduction and external rotation mirror between the sides.
 */
function limb(
  angles: SideAngles,
  lateral: 1 | -1,
  hip: Vec3,
  shoulder: Vec3,
  toWorld: ToWorld,
): Partial<Record<string, Vec3>> {
  const L = segmentLengths
  // The thigh: rotation about its own axis first (it only shows once the knee bends), then out to
  // the side, then forwards.
  const thighFrame = (v: Vec3) =>
    pitch(roll(yaw(v, lateral * angles.hipRot), -lateral * angles.hipAbd), -angles.hipFlex)
  const thighDir = thighFrame(DOWN)
  const knee = add(hip, toWorld(scale(thighDir, L.thigh)))
  const shankFrame = (v: Vec3) => thighFrame(pitch(v, angles.knee))
  const ankle = add(knee, toWorld(scale(shankFrame(DOWN), L.shank)))
  const footDir = shankFrame(pitch(FORWARD, -angles.ankle))
  const heel = add(ankle, toWorld(scale(footDir, -L.heel)))
  const toe = add(ankle, toWorld(scale(footDir, L.foot)))

  const armFrame = (v: Vec3) => pitch(roll(v, -lateral * angles.shoulderAbd), -angles.shoulderFlex)
  const elbow = add(shoulder, toWorld(scale(armFrame(DOWN), L.upperArm)))
  const hand = add(elbow, toWorld(scale(armFrame(pitch(DOWN, -angles.elbow)), L.forearm)))
  return { hip, knee, ankle, heel, toe, shoulder, elbow, hand }
}

/**
 * The joints of a pose, in the world, before it is put on the floor: the pelvis at the origin.
 */
function rawSkeleton(pose: Pose): Skeleton {
  const d = positionDefaults[pose.position]
  const L = segmentLengths
  const toWorld: ToWorld = (v) =>
    yaw(roll(pitch(v, d.pitch + (pose.lean ?? 0)), d.roll + (pose.tilt ?? 0)), pose.turn ?? 0)
  const pelvis: Vec3 = [0, 0, 0]
  const up = toWorld([0, 1, 0])
  const neck = scale(up, L.trunk)
  const headDir = toWorld(pitch([0, 1, 0], pose.neck ?? d.neck ?? 0))
  const head = add(neck, scale(headDir, L.neck + L.headRadius))
  const joints: Partial<Record<JointName, Vec3>> = { pelvis, neck, head }
  for (const side of ['right', 'left'] as const) {
    const lateral = side === 'left' ? 1 : -1
    const hip = toWorld([0, 0, lateral * L.hipHalfWidth])
    const shoulder = add(neck, toWorld([0, -3, lateral * L.shoulderHalfWidth]))
    const points = limb(sideAngles(pose, side), lateral, hip, shoulder, toWorld)
    for (const [name, p] of Object.entries(points)) joints[`${side}.${name}` as JointName] = p
  }
  return { joints: joints as Record<JointName, Vec3>, up }
}

/** The lowest point a body part reaches (joints are the centres of round limbs of this radius). */
export const LIMB_RADIUS = 4
/** The trunk is thicker: the pelvis, hips, neck and shoulders rest this far above the floor. */
export const TRUNK_RADIUS = 7
const trunkJoints = new Set<JointName>([
  'pelvis',
  'neck',
  'right.hip',
  'left.hip',
  'right.shoulder',
  'left.shoulder',
])

/**
 * The joints of a pose standing, sitting or lying on the floor (y = 0): the lowest joint not
 * resting on a prop touches it, unless the pose is lifted (a hop, the water).
 */
export function skeletonOf(pose: Pose): Skeleton {
  const raw = rawSkeleton(pose)
  const supported = new Set(pose.supported ?? [])
  let lowest = Infinity
  for (const [name, p] of Object.entries(raw.joints) as [JointName, Vec3][]) {
    if (supported.has(name)) continue
    const radius =
      name === 'head'
        ? segmentLengths.headRadius
        : trunkJoints.has(name)
          ? TRUNK_RADIUS
          : LIMB_RADIUS
    lowest = Math.min(lowest, p[1] - radius)
  }
  const offset: Vec3 = [pose.shift?.x ?? 0, (pose.lift ?? 0) - lowest, pose.shift?.z ?? 0]
  const joints = Object.fromEntries(
    Object.entries(raw.joints).map(([name, p]) => [name, add(p, offset)]),
  ) as Record<JointName, Vec3>
  return { joints, up: raw.up }
}

// ---------------------------------------------------------------------------------------------
// The camera

export interface Camera {
  /** Turn of the camera about the vertical: 0 looks at the runner's right side; 90 at the front. */
  azimuth?: number
  /** Height of the camera: 0 level with the floor, 30 looking down at 30°. */
  elevation?: number
  /** Draw mirrored left to right (the runner then faces left). */
  mirror?: boolean
}

export interface Projected {
  x: number
  /** Up on the page (SVG flips it). */
  y: number
  /** Distance from the camera: larger is further away. */
  depth: number
}

/** Where a world point lands on the page. */
export function project(p: Vec3, camera: Camera = {}): Projected {
  const turned = yaw(p, -(camera.azimuth ?? 0))
  const e = rad(camera.elevation ?? 0)
  const x = camera.mirror ? -turned[0] : turned[0]
  return {
    x,
    y: turned[1] * Math.cos(e) + turned[2] * Math.sin(e),
    depth: -turned[1] * Math.sin(e) + turned[2] * Math.cos(e),
  }
}

import {
  project,
  skeletonOf,
  type Camera,
  type JointName,
  type Pose,
  type Side,
  type SideAngles,
  type Skeleton,
  type Vec3,
  segmentLengths,
} from './figureModel'
import type { Prop } from './props'
import { propPrimitives } from './propsSvg'
import {
  colours,
  hull,
  pt,
  svgOf,
  viewBoxOf,
  type P2,
  type Primitive,
  type ViewBox,
} from './svgPrimitives'

/**
 * Pose → SVG. Clean round strokes, the near limbs darker than the far ones, a floor, simple
 * props, the moving part in the accent colour and, on the end drawing, an arrow from where the
 * moving joint started to where it ends. The start and end drawings share one viewBox, so they
 * are drawn at the same scale and line up side by side on the handout.
 */

export type Segment =
  'trunk' | 'head' | `${Side}.${'thigh' | 'shank' | 'foot' | 'upperArm' | 'forearm'}`

export interface FigurePair {
  camera?: Camera
  start: Pose
  end: Pose
  /** Props drawn in both pictures (placed by each pose's joints). */
  props?: Prop[]
  /** The segments that move; by default those below a joint whose angles change. */
  highlight?: Segment[]
  /** The joint whose path the arrow shows; by default the highlighted joint that moves most. */
  arrow?: JointName | 'none'
}

const widths = { trunk: 14, thigh: 10, shank: 8, foot: 5, upperArm: 7, forearm: 6 } as const

// ---------------------------------------------------------------------------------------------
// What moves

const limbJoints: Record<
  'thigh' | 'shank' | 'foot' | 'upperArm' | 'forearm',
  (keyof SideAngles)[]
> = {
  thigh: ['hipFlex', 'hipAbd', 'hipRot'],
  shank: ['hipFlex', 'hipAbd', 'hipRot', 'knee'],
  foot: ['hipFlex', 'hipAbd', 'hipRot', 'knee', 'ankle'],
  upperArm: ['shoulderFlex', 'shoulderAbd'],
  forearm: ['shoulderFlex', 'shoulderAbd', 'elbow'],
}

/** Segments below a joint whose angle changes by more than a few degrees between the poses. */
export function movingSegments(pair: FigurePair): Segment[] {
  const moved = (a: number | undefined, b: number | undefined) => Math.abs((a ?? 0) - (b ?? 0)) > 4
  const out: Segment[] = []
  const bodyMoves =
    pair.start.position !== pair.end.position ||
    moved(pair.start.lean, pair.end.lean) ||
    moved(pair.start.tilt, pair.end.tilt)
  if (bodyMoves) out.push('trunk')
  for (const side of ['right', 'left'] as const) {
    for (const [segment, angles] of Object.entries(limbJoints)) {
      if (angles.some((k) => moved(pair.start[side]?.[k], pair.end[side]?.[k]))) {
        out.push(`${side}.${segment}` as Segment)
      }
    }
  }
  return out
}

const segmentEnds: Record<string, [string, string]> = {
  thigh: ['hip', 'knee'],
  shank: ['knee', 'ankle'],
  foot: ['heel', 'toe'],
  upperArm: ['shoulder', 'elbow'],
  forearm: ['elbow', 'hand'],
}

// ---------------------------------------------------------------------------------------------
// One picture's primitives

function figurePrimitives(
  skeleton: Skeleton,
  camera: Camera,
  highlight: ReadonlySet<Segment>,
): Primitive[] {
  const j = skeleton.joints
  const at = (name: JointName) => project(j[name], camera)
  const sideDepth = (side: Side) => (at(`${side}.hip`).depth + at(`${side}.shoulder`).depth) / 2
  const nearSide: Side = sideDepth('right') <= sideDepth('left') ? 'right' : 'left'
  const out: Primitive[] = []
  for (const side of ['right', 'left'] as const) {
    const near = side === nearSide
    for (const [segment, [a, b]] of Object.entries(segmentEnds)) {
      const pa = at(`${side}.${a}` as JointName)
      const pb = at(`${side}.${b}` as JointName)
      const moving = highlight.has(`${side}.${segment}` as Segment)
      const colour = moving
        ? near
          ? colours.nearMoving
          : colours.farMoving
        : near
          ? colours.near
          : colours.far
      out.push({
        kind: 'line',
        a: pa,
        b: pb,
        width: widths[segment as keyof typeof widths],
        colour,
        // Feet sit a touch in front of their shank, hands of their forearm: joins look clean.
        depth: (pa.depth + pb.depth) / 2 - (segment === 'foot' || segment === 'forearm' ? 0.5 : 0),
      })
    }
  }
  // The trunk: a thick spine from pelvis to neck, with the shoulder and hip girdles as thinner
  // strokes, so it reads as a body from the side and from the front without a heavy block.
  const trunkColour = highlight.has('trunk') ? colours.nearMoving : colours.near
  const trunkDepth = at('pelvis').depth
  const girdle = (a: JointName, b: JointName, width: number): Primitive => ({
    kind: 'line',
    a: at(a),
    b: at(b),
    width,
    colour: trunkColour,
    depth: trunkDepth + 0.5,
  })
  out.push(girdle('right.hip', 'left.hip', 9), girdle('right.shoulder', 'left.shoulder', 7))
  out.push({
    kind: 'line',
    a: at('pelvis'),
    b: at('neck'),
    width: widths.trunk,
    colour: trunkColour,
    depth: trunkDepth,
  })
  const neck = at('neck')
  const head = at('head')
  out.push({ kind: 'line', a: neck, b: head, width: 6, colour: trunkColour, depth: trunkDepth })
  out.push({
    kind: 'circle',
    c: head,
    r: segmentLengths.headRadius,
    fill: '#ffffff',
    stroke: highlight.has('head') ? colours.nearMoving : colours.near,
    depth: head.depth - 1,
  })
  return out
}

// ---------------------------------------------------------------------------------------------
// The floor and the arrow

interface Bounds {
  minX: number
  maxX: number
  minZ: number
  maxZ: number
}

function worldBounds(skeletons: Skeleton[]): Bounds {
  const all = skeletons.flatMap((s) => Object.values(s.joints))
  return {
    minX: Math.min(...all.map((p) => p[0])) - 20,
    maxX: Math.max(...all.map((p) => p[0])) + 20,
    minZ: Math.min(...all.map((p) => p[2])) - 15,
    maxZ: Math.max(...all.map((p) => p[2])) + 15,
  }
}

function floor(b: Bounds, camera: Camera, water: boolean): Primitive[] {
  const corners = [
    [b.minX, 0, b.minZ],
    [b.maxX, 0, b.minZ],
    [b.maxX, 0, b.maxZ],
    [b.minX, 0, b.maxZ],
  ].map((c) => project(c as unknown as Vec3, camera))
  if ((camera.elevation ?? 0) < 3) {
    const xs = corners.map((c) => c.x)
    return [
      {
        kind: 'line',
        a: { x: Math.min(...xs), y: -1.5 },
        b: { x: Math.max(...xs), y: -1.5 },
        width: 3,
        colour: water ? colours.waterEdge : colours.floorEdge,
        depth: 2e6,
      },
    ]
  }
  return [
    {
      kind: 'polygon',
      points: hull(corners),
      fill: colours.floor,
      stroke: colours.floor,
      width: 1,
      depth: 2e6,
    },
  ]
}

function arrow(from: P2, to: P2, centre: P2): Primitive[] {
  const dx = to.x - from.x
  const dy = to.y - from.y
  const length = Math.hypot(dx, dy)
  if (length < 6) return []
  // Bow the arrow away from the body's centre, so it does not run over the figure.
  let nx = -dy / length
  let ny = dx / length
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }
  if ((mid.x - centre.x) * nx + (mid.y - centre.y) * ny < 0) {
    nx = -nx
    ny = -ny
  }
  const bow = Math.min(length * 0.3, 25)
  const control = { x: mid.x + nx * bow + nx * 10, y: mid.y + ny * bow + ny * 10 }
  const a = { x: from.x + nx * 10, y: from.y + ny * 10 }
  const b = { x: to.x + nx * 10, y: to.y + ny * 10 }
  const tx = b.x - control.x
  const ty = b.y - control.y
  const tl = Math.hypot(tx, ty) || 1
  const ux = tx / tl
  const uy = ty / tl
  const head = 9
  const tip = { x: b.x + ux * 3, y: b.y + uy * 3 }
  const left = { x: tip.x - ux * head - uy * head * 0.6, y: tip.y - uy * head + ux * head * 0.6 }
  const right = { x: tip.x - ux * head + uy * head * 0.6, y: tip.y - uy * head - ux * head * 0.6 }
  return [
    {
      kind: 'path',
      d: `M${pt(a)} Q${pt(control)} ${pt({ x: b.x - ux * 4, y: b.y - uy * 4 })}`,
      stroke: colours.arrow,
      fill: 'none',
      width: 3,
      depth: -1e6,
    },
    {
      kind: 'polygon',
      points: [tip, left, right],
      fill: colours.arrow,
      stroke: colours.arrow,
      width: 1,
      depth: -1e6,
    },
  ]
}

export type { ViewBox }

export interface FigureDrawings {
  start: string
  end: string
  viewBox: ViewBox
}

/** Both drawings of an exercise, at one scale: the start position and the end position. */
export function drawFigurePair(pair: FigurePair, name = 'Exercise'): FigureDrawings {
  const camera = pair.camera ?? {}
  const start = skeletonOf(pair.start)
  const end = skeletonOf(pair.end)
  const highlight = new Set(pair.highlight ?? movingSegments(pair))
  const props = pair.props ?? []
  const water = props.some((p) => p.kind === 'water')
  const ground = floor(worldBounds([start, end]), camera, water)
  const placedBy = (p: Prop) => ('placeBy' in p && p.placeBy === 'end' ? end : start)
  const fixedProps: Prop[] = props.filter((p) => 'under' in p && p.kind !== 'slider')
  const movingProps = props.filter((p) => !fixedProps.includes(p))
  const fixed = fixedProps.flatMap((p) => propPrimitives(p, placedBy(p), camera))
  const picture = (s: Skeleton) => [
    ...ground,
    ...fixed,
    ...movingProps.flatMap((p) => propPrimitives(p, s, camera)),
    ...figurePrimitives(s, camera, highlight),
  ]
  const startPrims = picture(start)
  const endPrims = picture(end)

  const arrowJoint =
    pair.arrow === 'none' ? undefined : (pair.arrow ?? mostMoved(start, end, camera))
  if (arrowJoint) {
    const centre = project(end.joints.pelvis, camera)
    endPrims.push(
      ...arrow(project(start.joints[arrowJoint], camera), project(end.joints[arrowJoint], camera), {
        x: centre.x,
        y: centre.y,
      }),
    )
  }
  const box = viewBoxOf([...startPrims, ...endPrims])
  return {
    start: svgOf(startPrims, box, `${name}: start position`),
    end: svgOf(endPrims, box, `${name}: end position`),
    viewBox: box,
  }
}

/** The joint that travels furthest between the two poses (the one worth an arrow). */
function mostMoved(start: Skeleton, end: Skeleton, camera: Camera): JointName | undefined {
  let best: JointName | undefined
  let bestDistance = 8
  for (const name of Object.keys(start.joints) as JointName[]) {
    const a = project(start.joints[name], camera)
    const b = project(end.joints[name], camera)
    const d = Math.hypot(a.x - b.x, a.y - b.y)
    if (d > bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best
}

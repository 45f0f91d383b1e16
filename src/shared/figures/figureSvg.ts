import {
  LIMB_RADIUS,
  project,
  segmentLengths,
  skeletonOf,
  type Camera,
  type JointName,
  type Pose,
  type Side,
  type SideAngles,
  type Skeleton,
  type Vec3,
} from './figureModel'
import { blockCorners, pointOf, type Prop } from './props'

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

const colours = {
  near: '#1d2b3a',
  far: '#8d9aa8',
  nearMoving: '#d9480f',
  farMoving: '#f0a373',
  floor: '#e9edf1',
  floorEdge: '#9aa5b1',
  prop: '#dfe4ea',
  propEdge: '#7b8794',
  band: '#2b8a3e',
  ball: '#f2c94c',
  water: '#d0ebff',
  waterEdge: '#4dabf7',
  arrow: '#d9480f',
} as const

const widths = { trunk: 14, thigh: 10, shank: 8, foot: 5, upperArm: 7, forearm: 6 } as const

interface P2 {
  x: number
  y: number
}

type Primitive =
  | { kind: 'line'; a: P2; b: P2; width: number; colour: string; depth: number }
  | { kind: 'polygon'; points: P2[]; fill: string; stroke: string; width: number; depth: number }
  | { kind: 'circle'; c: P2; r: number; fill: string; stroke?: string; depth: number }
  | { kind: 'path'; d: string; stroke: string; fill: string; width: number; depth: number }

const fmt = (n: number) => (Math.round(n * 10) / 10).toString()
const pt = (p: P2) => `${fmt(p.x)},${fmt(-p.y)}`

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
// Props

function hull(points: P2[]): P2[] {
  const ps = [...points].sort((a, b) => a.x - b.x || a.y - b.y)
  const cross = (o: P2, a: P2, b: P2) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
  const half = (list: P2[]) => {
    const h: P2[] = []
    for (const p of list) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, p) <= 0) h.pop()
      h.push(p)
    }
    h.pop()
    return h
  }
  return [...half(ps), ...half([...ps].reverse())]
}

function block(corners: Vec3[], camera: Camera, depthBias = 0): Primitive[] {
  const projected = corners.map((c) => project(c, camera))
  const depth = Math.max(...projected.map((p) => p.depth)) + depthBias
  const top = projected.filter((_, i) => i % 2 === 1)
  return [
    {
      kind: 'polygon',
      points: hull(projected),
      fill: colours.prop,
      stroke: colours.propEdge,
      width: 1.5,
      depth,
    },
    {
      kind: 'polygon',
      points: hull(top),
      fill: '#eef1f4',
      stroke: colours.propEdge,
      width: 1.5,
      depth: depth - 0.01,
    },
  ]
}

function propPrimitives(prop: Prop, s: Skeleton, camera: Camera): Primitive[] {
  const at = (p: JointName | Vec3) => project(pointOf(s, p), camera)
  switch (prop.kind) {
    case 'bench':
    case 'step':
    case 'box':
    case 'chair': {
      const joint = s.joints[prop.under]
      const top = Math.max(joint[1] - LIMB_RADIUS - 1, 2)
      const length = prop.length ?? (prop.kind === 'step' ? 30 : 45)
      const width = prop.width ?? (prop.kind === 'bench' ? 35 : 40)
      // The block stands at the middle of the body across (z = 0 for the pelvis' line).
      const centre: Vec3 = [joint[0], 0, prop.kind === 'step' ? joint[2] : 0]
      const out = block(blockCorners(centre, top, length, width, prop.offset), camera, 30)
      if (prop.kind === 'chair') {
        const back = (prop.offset ?? 0) - length / 2
        out.push({
          kind: 'line',
          a: project([joint[0] + back, top, 0], camera),
          b: project([joint[0] + back - 4, top + 45, 0], camera),
          width: 4,
          colour: colours.propEdge,
          depth: 1e6,
        })
      }
      return out
    }
    case 'ball': {
      const a = s.joints[prop.between[0]]
      const b = s.joints[prop.between[1]]
      const c = project([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2], camera)
      return [
        { kind: 'circle', c, r: 9, fill: colours.ball, stroke: '#b08900', depth: c.depth - 5 },
      ]
    }
    case 'band':
    case 'belt':
    case 'strap': {
      const a = at(prop.from)
      const b = at(prop.to)
      const colour = prop.kind === 'band' ? colours.band : '#6b4f2a'
      return [
        {
          kind: 'line',
          a,
          b,
          width: prop.kind === 'band' ? 2.5 : 3.5,
          colour,
          depth: Math.min(a.depth, b.depth) - 6,
        },
      ]
    }
    case 'weight': {
      const c = at(prop.at)
      return [{ kind: 'circle', c, r: 6, fill: '#495057', stroke: '#212529', depth: c.depth - 2 }]
    }
    case 'slider': {
      const heel = s.joints[prop.under]
      return block(blockCorners([heel[0], 0, heel[2]], 1.5, 18, 12), camera, 5)
    }
    case 'wall': {
      const a = project([prop.x, 0, -40], camera)
      const b = project([prop.x, 190, -40], camera)
      return [
        {
          kind: 'polygon',
          points: [a, b, { x: b.x + (prop.x > 0 ? 8 : -8), y: b.y }, { x: a.x + 8, y: a.y }],
          fill: colours.prop,
          stroke: colours.propEdge,
          width: 1.5,
          depth: 1e6,
        },
      ]
    }
    case 'bike': {
      const j = s.joints
      const seat = j.pelvis
      const crankC: Vec3 = [
        (j['right.ankle'][0] + j['left.ankle'][0]) / 2,
        (j['right.ankle'][1] + j['left.ankle'][1]) / 2,
        0,
      ]
      const bar: Vec3 = [(j['right.hand'][0] + j['left.hand'][0]) / 2, j['right.hand'][1], 0]
      const saddle: Vec3 = [seat[0], seat[1] - LIMB_RADIUS - 3, 0]
      const base: Vec3 = [crankC[0] + 55, 0, 0]
      const base2: Vec3 = [crankC[0] - 35, 0, 0]
      const lines: [Vec3, Vec3][] = [
        [saddle, crankC],
        [crankC, bar],
        [crankC, base],
        [base2, base],
        [
          [saddle[0] - 10, saddle[1], 0],
          [saddle[0] + 8, saddle[1], 0],
        ],
        [bar, [bar[0] + 8, bar[1] + 3, 0]],
      ]
      const frame: Primitive[] = lines.map(([a, b]) => ({
        kind: 'line',
        a: project(a, camera),
        b: project(b, camera),
        width: 4,
        colour: colours.propEdge,
        depth: 2,
      }))
      const flywheel = project([crankC[0] + 28, crankC[1] + 6, 0], camera)
      frame.push({
        kind: 'circle',
        c: flywheel,
        r: 18,
        fill: colours.prop,
        stroke: colours.propEdge,
        depth: 3,
      })
      return frame
    }
    case 'water': {
      const a = project([-120, prop.level, 0], camera)
      const b = project([120, prop.level, 0], camera)
      const waves = Array.from({ length: 8 }, (_, i) => {
        const x0 = a.x + ((b.x - a.x) * i) / 8
        const x1 = a.x + ((b.x - a.x) * (i + 1)) / 8
        return `Q${fmt((x0 + x1) / 2)},${fmt(-(a.y + (i % 2 ? -3 : 3)))} ${fmt(x1)},${fmt(-a.y)}`
      }).join(' ')
      return [
        {
          kind: 'path',
          d: `M${pt(a)} ${waves} L${fmt(b.x)},0 L${fmt(a.x)},0 Z`,
          stroke: colours.waterEdge,
          fill: colours.water,
          width: 2,
          depth: 1e6,
        },
      ]
    }
    case 'track': {
      return []
    }
  }
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

// ---------------------------------------------------------------------------------------------
// SVG

function primitiveSvg(p: Primitive): string {
  switch (p.kind) {
    case 'line':
      return `<line x1="${fmt(p.a.x)}" y1="${fmt(-p.a.y)}" x2="${fmt(p.b.x)}" y2="${fmt(-p.b.y)}" stroke="${p.colour}" stroke-width="${fmt(p.width)}" stroke-linecap="round"/>`
    case 'polygon':
      return `<polygon points="${p.points.map(pt).join(' ')}" fill="${p.fill}" stroke="${p.stroke}" stroke-width="${fmt(p.width)}" stroke-linejoin="round"/>`
    case 'circle':
      return `<circle cx="${fmt(p.c.x)}" cy="${fmt(-p.c.y)}" r="${fmt(p.r)}" fill="${p.fill}" stroke="${p.stroke ?? 'none'}" stroke-width="3"/>`
    case 'path':
      return `<path d="${p.d}" fill="${p.fill}" stroke="${p.stroke}" stroke-width="${fmt(p.width)}" stroke-linecap="round" stroke-linejoin="round"/>`
  }
}

/** The extent of a primitive on the page, strokes included. */
function extent(p: Primitive): P2[] {
  switch (p.kind) {
    case 'line': {
      const r = p.width / 2
      return [p.a, p.b].flatMap((q) => [
        { x: q.x - r, y: q.y - r },
        { x: q.x + r, y: q.y + r },
      ])
    }
    case 'polygon': {
      const r = p.width / 2
      return p.points.flatMap((q) => [
        { x: q.x - r, y: q.y - r },
        { x: q.x + r, y: q.y + r },
      ])
    }
    case 'circle': {
      const r = p.r + 1.5
      return [
        { x: p.c.x - r, y: p.c.y - r },
        { x: p.c.x + r, y: p.c.y + r },
      ]
    }
    case 'path': {
      const numbers = (p.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number)
      const points: P2[] = []
      for (let i = 0; i + 1 < numbers.length; i += 2)
        points.push({ x: numbers[i]!, y: -numbers[i + 1]! })
      return points
    }
  }
}

export interface ViewBox {
  x: number
  y: number
  width: number
  height: number
}

function viewBoxOf(prims: Primitive[]): ViewBox {
  const pts = prims.flatMap(extent)
  const pad = 4
  const minX = Math.min(...pts.map((p) => p.x)) - pad
  const maxX = Math.max(...pts.map((p) => p.x)) + pad
  const minY = Math.min(...pts.map((p) => -p.y)) - pad
  const maxY = Math.max(...pts.map((p) => -p.y)) + pad
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

function svgOf(prims: Primitive[], box: ViewBox, title: string): string {
  const ordered = [...prims].sort((a, b) => b.depth - a.depth)
  const vb = [box.x, box.y, box.width, box.height].map(fmt).join(' ')
  const escapedTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vb}" width="${fmt(box.width)}" height="${fmt(box.height)}" role="img">` +
    `<title>${escapedTitle}</title>` +
    ordered.map(primitiveSvg).join('') +
    `</svg>`
  )
}

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

import {
  LIMB_RADIUS,
  project,
  type Camera,
  type JointName,
  type Skeleton,
  type Vec3,
} from './figureModel'
import { blockCorners, pointOf, type Prop } from './props'
import { colours, fmt, hull, pt, type Primitive } from './svgPrimitives'

/** The props of a picture as primitives: blocks, balls, bands, a wall, a bike, water. */

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

export function propPrimitives(prop: Prop, s: Skeleton, camera: Camera): Primitive[] {
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
      const centre: Vec3 = [joint[0], 0, joint[2]]
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
      const saddle: Vec3 = [seat[0], seat[1] - 9, 0]
      const wheel: Vec3 = [crankC[0] + 32, crankC[1] + 4, 0]
      const floorAt = (x: number): Vec3 => [x, 2, 0]
      // A spin bike from the side: base on the floor, seat post, front post to the handlebar,
      // the flywheel in front of the crank.
      const lines: [Vec3, Vec3][] = [
        [floorAt(crankC[0] - 45), floorAt(wheel[0] + 30)],
        [floorAt(crankC[0] - 20), saddle],
        [floorAt(wheel[0] + 10), bar],
        [crankC, wheel],
        [
          [saddle[0] - 12, saddle[1], 0],
          [saddle[0] + 10, saddle[1], 0],
        ],
        [bar, [bar[0] + 9, bar[1] + 2, 0]],
      ]
      const frame: Primitive[] = lines.map(([a, b]) => ({
        kind: 'line',
        a: project(a, camera),
        b: project(b, camera),
        width: 5,
        colour: colours.propEdge,
        depth: 2,
      }))
      frame.push(
        {
          kind: 'circle',
          c: project(wheel, camera),
          r: 22,
          fill: colours.prop,
          stroke: colours.propEdge,
          depth: 3,
        },
        {
          kind: 'circle',
          c: project(crankC, camera),
          r: 6,
          fill: colours.propEdge,
          stroke: colours.propEdge,
          depth: 1,
        },
      )
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

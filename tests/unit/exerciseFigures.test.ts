import { describe, expect, it } from 'vitest'
import { exerciseIds, exercises } from '../../src/shared/clinical/plan/exercises'
import { exerciseDrawings, exerciseFigures } from '../../src/shared/figures/exerciseFigures'
import {
  LIMB_RADIUS,
  TRUNK_RADIUS,
  project,
  segmentLengths,
  skeletonOf,
  type Pose,
} from '../../src/shared/figures/figureModel'
import { drawFigurePair, movingSegments } from '../../src/shared/figures/figureSvg'

const L = segmentLengths
const close = (a: number, b: number, tolerance = 0.5) => Math.abs(a - b) <= tolerance

describe('the figure model: joint angles → joint positions', () => {
  it('stands a straight figure with hip, knee and ankle in one vertical line, feet on the floor', () => {
    const { joints } = skeletonOf({ position: 'standing', right: { elbow: 0 }, left: { elbow: 0 } })
    for (const side of ['right', 'left'] as const) {
      const hip = joints[`${side}.hip`]
      const knee = joints[`${side}.knee`]
      const ankle = joints[`${side}.ankle`]
      expect(close(hip[0], knee[0]) && close(knee[0], ankle[0])).toBe(true)
      expect(close(hip[2], knee[2]) && close(knee[2], ankle[2])).toBe(true)
      expect(hip[1] - knee[1]).toBeCloseTo(L.thigh, 5)
      expect(knee[1] - ankle[1]).toBeCloseTo(L.shank, 5)
      expect(joints[`${side}.heel`][1]).toBeCloseTo(LIMB_RADIUS, 5)
      expect(joints[`${side}.toe`][0]).toBeGreaterThan(ankle[0]) // the feet point forwards
    }
    expect(joints.head[1]).toBeGreaterThan(joints.neck[1])
    expect(joints.neck[1]).toBeGreaterThan(joints.pelvis[1])
    // The right side is the near one from the default camera (the left is further away).
    expect(project(joints['right.hip']).depth).toBeLessThan(project(joints['left.hip']).depth)
  })

  it('puts the knee in front of the hip, at hip height, with 90° of hip flexion', () => {
    const { joints } = skeletonOf({ position: 'standing', right: { hipFlex: 90 } })
    const hip = joints['right.hip']
    const knee = joints['right.knee']
    expect(knee[0] - hip[0]).toBeCloseTo(L.thigh, 5)
    expect(knee[1]).toBeCloseTo(hip[1], 5)
    // And the knee bent to 90° hangs the shank straight down from it.
    const bent = skeletonOf({ position: 'standing', right: { hipFlex: 90, knee: 90 } }).joints
    expect(bent['right.ankle'][0]).toBeCloseTo(bent['right.knee'][0], 5)
    expect(bent['right.knee'][1] - bent['right.ankle'][1]).toBeCloseTo(L.shank, 5)
  })

  it('bends the knee backwards, points the toes with plantarflexion, lifts the arm forwards', () => {
    const { joints } = skeletonOf({
      position: 'standing',
      left: { knee: 90, ankle: -30 },
      right: { shoulderFlex: 90, elbow: 0 },
    })
    expect(joints['left.ankle'][0]).toBeLessThan(joints['left.knee'][0] - L.shank + 1)
    expect(joints['right.hand'][0] - joints['right.shoulder'][0]).toBeCloseTo(
      L.upperArm + L.forearm,
      5,
    )
  })

  it('moves each thigh out to its own side with hip abduction', () => {
    const { joints } = skeletonOf({
      position: 'standing',
      right: { hipAbd: 30 },
      left: { hipAbd: 30 },
    })
    expect(joints['left.knee'][2]).toBeGreaterThan(joints['left.hip'][2]) // left is +z
    expect(joints['right.knee'][2]).toBeLessThan(joints['right.hip'][2])
  })

  it('lays a supine figure flat on the floor, face up, head on the left', () => {
    const { joints } = skeletonOf({ position: 'supine', right: { ankle: 0 }, left: { ankle: 0 } })
    expect(joints.head[0]).toBeLessThan(joints.pelvis[0])
    expect(joints['right.ankle'][0]).toBeGreaterThan(joints.pelvis[0])
    // The trunk rests on the floor; the legs lie at the height of the hip joints.
    for (const name of ['pelvis', 'neck', 'right.knee', 'right.ankle'] as const) {
      expect(close(joints[name][1], TRUNK_RADIUS, 3)).toBe(true)
    }
    expect(joints.head[1] - segmentLengths.headRadius).toBeGreaterThanOrEqual(0)
    expect(joints['right.toe'][1]).toBeGreaterThan(joints['right.ankle'][1]) // toes up
  })

  it('puts a quadruped figure on hands and knees, trunk level', () => {
    const { joints } = skeletonOf({ position: 'quadruped' })
    // Arms are longer than thighs: the back slopes gently down to the hips.
    expect(joints.neck[1] - joints.pelvis[1]).toBeGreaterThan(0)
    expect(joints.neck[1] - joints.pelvis[1]).toBeLessThan(20)
    expect(close(joints['right.knee'][0], joints['right.hip'][0], 1)).toBe(true)
    expect(close(joints['right.hand'][0], joints['right.shoulder'][0], 1)).toBe(true)
    expect(close(joints['right.knee'][1], LIMB_RADIUS, 3)).toBe(true)
    expect(close(joints['right.hand'][1], LIMB_RADIUS, 3)).toBe(true)
  })

  it('keeps a joint resting on a prop off the floor rule (the foot on a step)', () => {
    const pose: Pose = {
      position: 'standing',
      right: { hipFlex: 60, knee: 70 },
      supported: ['right.ankle', 'right.heel', 'right.toe'],
    }
    const { joints } = skeletonOf(pose)
    expect(joints['left.heel'][1]).toBeCloseTo(LIMB_RADIUS, 5)
    expect(joints['right.heel'][1]).toBeGreaterThan(15)
  })
})

/** A strict enough XML check for the drawings: tags balance, attributes quoted, text escaped. */
function expectWellFormedSvg(svg: string) {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
  const stack: string[] = []
  const tokens = svg.split(/(<[^>]*>)/).filter(Boolean)
  for (const token of tokens) {
    if (!token.startsWith('<')) {
      expect(token).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;|#\d+;)/)
      continue
    }
    const m = /^<(\/?)([a-z]+)((?:\s+[A-Za-z0-9:-]+="[^"<>]*")*)\s*(\/?)>$/.exec(token)
    expect(m, token).not.toBeNull()
    const [, closing, name, , selfClosing] = m!
    if (closing) expect(stack.pop()).toBe(name)
    else if (!selfClosing) stack.push(name!)
  }
  expect(stack).toEqual([])
}

/** Every coordinate drawn lies inside the viewBox. */
function expectInsideViewBox(svg: string) {
  const [x, y, w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ]
  const inside = (px: number, py: number) =>
    px >= x - 0.1 && px <= x + w + 0.1 && py >= y - 0.1 && py <= y + h + 0.1
  const points: [number, number][] = []
  for (const m of svg.matchAll(/x1="([-\d.]+)" y1="([-\d.]+)" x2="([-\d.]+)" y2="([-\d.]+)"/g)) {
    points.push([Number(m[1]), Number(m[2])], [Number(m[3]), Number(m[4])])
  }
  for (const m of svg.matchAll(/cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)"/g)) {
    const r = Number(m[3])
    points.push([Number(m[1]) - r, Number(m[2]) - r], [Number(m[1]) + r, Number(m[2]) + r])
  }
  for (const m of svg.matchAll(/(?:points|d)="([^"]+)"/g)) {
    const numbers = (m[1]!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number)
    for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!])
  }
  expect(points.length).toBeGreaterThan(20)
  for (const [px, py] of points) expect(inside(px, py), `${px},${py}`).toBe(true)
}

describe('the drawings of every exercise in the knowledge base', () => {
  it('has start and end poses for each of the library’s exercises, and nothing else', () => {
    expect(exerciseIds.length).toBeGreaterThanOrEqual(46)
    expect(Object.keys(exerciseFigures).sort()).toEqual([...exerciseIds].sort())
  })

  it.each(exerciseIds)('%s: two well-formed SVGs, inside their viewBox, start ≠ end', (id) => {
    const drawings = exerciseDrawings(id, exercises[id].name)!
    for (const svg of [drawings.start, drawings.end]) {
      expectWellFormedSvg(svg)
      expectInsideViewBox(svg)
      expect(svg).toContain(`viewBox="`)
      expect(svg).toMatch(/<circle [^>]*fill="#ffffff"/) // the head
    }
    expect(drawings.start).toContain(`<title>${exercises[id].name.replace(/&/g, '&amp;')}: start`)
    expect(drawings.end).not.toBe(drawings.start)
    // Both at one scale: the same viewBox.
    expect(/viewBox="[^"]+"/.exec(drawings.start)![0]).toBe(
      /viewBox="[^"]+"/.exec(drawings.end)![0],
    )
    // The movement shows: something highlighted in the accent colour, or an arrow.
    expect(drawings.end).toMatch(/#d9480f|#f0a373/)
  })

  it('highlights the limb whose joint angles change (the clamshell’s top thigh)', () => {
    expect(movingSegments(exerciseFigures.clamshell)).toEqual(
      expect.arrayContaining(['right.thigh', 'right.shank']),
    )
    expect(movingSegments(exerciseFigures.clamshell)).not.toContain('left.thigh')
  })

  it('draws the bridge end with the hips higher than at the start', () => {
    const bridge = exerciseFigures['glute-bridge']
    const start = skeletonOf(bridge.start).joints.pelvis
    const end = skeletonOf(bridge.end).joints.pelvis
    expect(end[1] - start[1]).toBeGreaterThan(15)
  })

  it('gives no drawing for a free-text exercise', () => {
    expect(exerciseDrawings(undefined, 'Swimming')).toBeUndefined()
    expect(exerciseDrawings('toString', 'x')).toBeUndefined()
    expect(drawFigurePair(exerciseFigures.clamshell, 'A & B').start).toContain('A &amp; B')
  })
})

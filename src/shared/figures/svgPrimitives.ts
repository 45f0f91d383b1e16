/**
 * The drawing primitives of the figures (lines, polygons, circles, paths on the page, y up) and
 * how they become SVG: painted far to near, in a viewBox that holds every stroke.
 */

export const colours = {
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

export interface P2 {
  x: number
  y: number
}

export type Primitive =
  | { kind: 'line'; a: P2; b: P2; width: number; colour: string; depth: number }
  | { kind: 'polygon'; points: P2[]; fill: string; stroke: string; width: number; depth: number }
  | { kind: 'circle'; c: P2; r: number; fill: string; stroke?: string; depth: number }
  | { kind: 'path'; d: string; stroke: string; fill: string; width: number; depth: number }

export const fmt = (n: number) => (Math.round(n * 10) / 10).toString()
export const pt = (p: P2) => `${fmt(p.x)},${fmt(-p.y)}`

export function hull(points: P2[]): P2[] {
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

export function primitiveSvg(p: Primitive): string {
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

export function viewBoxOf(prims: Primitive[]): ViewBox {
  const pts = prims.flatMap(extent)
  const pad = 4
  const minX = Math.min(...pts.map((p) => p.x)) - pad
  const maxX = Math.max(...pts.map((p) => p.x)) + pad
  const minY = Math.min(...pts.map((p) => -p.y)) - pad
  const maxY = Math.max(...pts.map((p) => -p.y)) + pad
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

export function svgOf(prims: Primitive[], box: ViewBox, title: string): string {
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

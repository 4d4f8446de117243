/**
 * Geometry of the dashboard's small SVG charts: pure functions, so scaling is tested without a DOM.
 * The drawing area is the box minus the margins; y grows downwards in SVG.
 */

export interface Box {
  width: number
  height: number
  /** room for the y-axis labels on the left and the x-axis labels below */
  left: number
  bottom: number
  top: number
  right: number
}

export const DEFAULT_BOX: Box = { width: 360, height: 180, left: 48, bottom: 28, top: 16, right: 8 }

/**
 * A "nice" top for the value axis: the smallest 1, 2, 2.5 or 5 × 10^n at or above max (1 when
 * everything is 0 or below), so the tick labels are round numbers.
 */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(max))
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= max) return step * power
  }
  return 10 * power
}

/** The tick values from 0 to top, in `count` equal steps (top included). */
export function ticks(top: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (top * i) / count)
}

/** The y coordinate of a value on an axis from 0 (at the bottom of the area) to top. */
export function yOf(value: number, top: number, box: Box = DEFAULT_BOX): number {
  const area = box.height - box.top - box.bottom
  const clamped = Math.max(0, Math.min(value, top))
  return box.top + area - (clamped / top) * area
}

export interface Bar {
  x: number
  y: number
  width: number
  height: number
  /** the middle of the bar, where its axis label and value label go */
  centre: number
}

/** Bars of equal width side by side, a fifth of each slot left as a gap, scaled to 0..top. */
export function bars(values: readonly number[], top: number, box: Box = DEFAULT_BOX): Bar[] {
  const areaWidth = box.width - box.left - box.right
  const slot = values.length ? areaWidth / values.length : 0
  const gap = slot / 5
  const base = yOf(0, top, box)
  return values.map((v, i) => {
    const y = yOf(v, top, box)
    const x = box.left + i * slot + gap / 2
    return { x, y, width: slot - gap, height: base - y, centre: x + (slot - gap) / 2 }
  })
}

/** Points of a line through the values, the first at the left edge and the last at the right. */
export function linePoints(values: readonly number[], top: number, box: Box = DEFAULT_BOX): { x: number; y: number }[] {
  const areaWidth = box.width - box.left - box.right
  const step = values.length > 1 ? areaWidth / (values.length - 1) : 0
  return values.map((v, i) => ({ x: box.left + (values.length > 1 ? i * step : areaWidth / 2), y: yOf(v, top, box) }))
}

/** The SVG path of a polyline through the points. */
export function pathOf(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join(' ')
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

/** Whole-number ticks for counts: steps of a fifth when the top allows it, else quarters. */
export function countTicks(top: number): number[] {
  return ticks(top, top % 5 === 0 ? 5 : 4).filter((v) => Number.isInteger(v))
}

/** Roughly how wide a label is at the charts' 10 px font: CJK glyphs are about twice as wide as Latin ones. */
export function labelWidth(label: string): number {
  let width = 0
  for (const ch of label) width += /[\u2E80-\uFFEF]/.test(ch) ? 10 : 5.5
  return width
}

/** The label cut to fit `width`, with "…" when it had to be cut. */
export function fitLabel(label: string, width: number): string {
  if (labelWidth(label) <= width) return label
  let out = ''
  for (const ch of label) {
    if (labelWidth(`${out}${ch}…`) > width) break
    out += ch
  }
  return `${out}…`
}

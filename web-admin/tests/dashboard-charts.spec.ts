import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BarChart from '@/pages/dashboard/charts/BarChart.vue'
import {
  bars,
  countTicks,
  DEFAULT_BOX,
  fitLabel,
  linePoints,
  niceMax,
  pathOf,
  ticks,
  yOf,
  type Box,
} from '@/pages/dashboard/charts/geometry'
import LineChart from '@/pages/dashboard/charts/LineChart.vue'

// a box whose drawing area is 100 × 100, starting at (10, 5)
const BOX: Box = { width: 120, height: 125, left: 10, right: 10, top: 5, bottom: 20 }

describe('chart geometry', () => {
  it('rounds the axis top up to 1, 2, 2.5 or 5 × 10^n', () => {
    expect([0, -3, 1, 3, 7, 10, 11, 21, 24, 26, 51, 101, 12_345].map(niceMax)).toEqual([
      1, 1, 1, 5, 10, 10, 20, 25, 25, 50, 100, 200, 20_000,
    ])
  })

  it('puts ticks at equal steps from 0 to the top', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20])
    expect(ticks(1, 2)).toEqual([0, 0.5, 1])
  })

  it('gives counts whole-number ticks only', () => {
    expect(countTicks(1)).toEqual([0, 1])
    expect(countTicks(2)).toEqual([0, 1, 2])
    expect(countTicks(5)).toEqual([0, 1, 2, 3, 4, 5])
    expect(countTicks(25)).toEqual([0, 5, 10, 15, 20, 25])
    expect(countTicks(20)).toEqual([0, 4, 8, 12, 16, 20])
    expect(countTicks(50)).toEqual([0, 10, 20, 30, 40, 50])
  })

  it('cuts labels that do not fit their slot, counting CJK glyphs twice as wide', () => {
    expect(fitLabel('Cashier', 60)).toBe('Cashier')
    expect(fitLabel('Recharge POS', 40)).toBe('Rechar…')
    expect(fitLabel('第一食堂', 40)).toBe('第一食堂')
    expect(fitLabel('第一食堂东区', 40)).toBe('第一食…')
  })

  it('maps 0 to the bottom of the area, the top to its top, and clamps', () => {
    expect(yOf(0, 50, BOX)).toBe(105)
    expect(yOf(50, 50, BOX)).toBe(5)
    expect(yOf(25, 50, BOX)).toBe(55)
    expect(yOf(80, 50, BOX)).toBe(5)
    expect(yOf(-3, 50, BOX)).toBe(105)
  })

  it('lays bars side by side with a fifth of each slot as gap, heights in proportion', () => {
    const [a, b] = bars([100, 25], 100, BOX)
    expect(a).toEqual({ x: 15, y: 5, width: 40, height: 100, centre: 35 })
    expect(b).toEqual({ x: 65, y: 80, width: 40, height: 25, centre: 85 })
    expect(bars([], 1, BOX)).toEqual([])
  })

  it('spreads line points from the left edge to the right edge', () => {
    const p = linePoints([0, 5, 10], 10, BOX)
    expect(p).toEqual([
      { x: 10, y: 105 },
      { x: 60, y: 55 },
      { x: 110, y: 5 },
    ])
    expect(pathOf(p)).toBe('M10,105 L60,55 L110,5')
    expect(linePoints([4], 10, BOX)).toEqual([{ x: 60, y: 65 }])
  })
})

describe('BarChart', () => {
  const items = [
    { key: '1', label: '一食堂', value: 12_345 },
    { key: '2', label: '二食堂', value: 500 },
  ]

  it('draws a bar per item with its value as label and on hover', () => {
    const w = mount(BarChart, { props: { items, format: (v: number) => (v / 100).toFixed(2), emptyText: 'none', title: 't' } })
    const barsDrawn = w.findAll('[data-testid="chart-bar"]')
    expect(barsDrawn).toHaveLength(2)
    expect(w.findAll('[data-testid="chart-value"]').map((v) => v.text())).toEqual(['123.45', '5.00'])
    expect(barsDrawn[0].get('title').text()).toBe('一食堂: 123.45')
    // axis up to 20,000 fen: the first bar is 12,345 / 20,000 of the area's height
    const area = DEFAULT_BOX.height - DEFAULT_BOX.top - DEFAULT_BOX.bottom
    expect(Number(barsDrawn[0].get('rect').attributes('height'))).toBeCloseTo((area * 12_345) / 20_000, 6)
    expect(w.text()).toContain('200.00')
    expect(w.find('[data-testid="chart-empty"]').exists()).toBe(false)
  })

  it('says so when there is nothing to draw', () => {
    const w = mount(BarChart, { props: { items: [], emptyText: '今日尚无消费', title: 't' } })
    expect(w.get('[data-testid="chart-empty"]').text()).toBe('今日尚无消费')
    expect(w.find('svg').exists()).toBe(false)
  })
})

describe('LineChart', () => {
  const points = Array.from({ length: 60 }, (_, i) => ({ key: String(i), label: `m${i}`, value: i === 59 ? 3 : 0 }))

  it('draws every point, labels every tenth from the last, and shows counts on hover', () => {
    const w = mount(LineChart, { props: { points, emptyText: 'none', title: 't' } })
    expect(w.findAll('[data-testid="chart-point"]')).toHaveLength(60)
    const labels = w.findAll('text.label').map((t) => t.text())
    expect(labels).toEqual(['m9', 'm19', 'm29', 'm39', 'm49', 'm59'])
    const last = w.findAll('[data-testid="chart-point"]')[59]
    expect(last.get('title').text()).toBe('m59: 3')
    expect(last.classes()).toContain('is-nonzero')
    expect(w.find('[data-testid="chart-empty"]').exists()).toBe(false)
  })

  it('keeps the axis for an idle hour and says nothing happened', () => {
    const w = mount(LineChart, { props: { points: points.map((p) => ({ ...p, value: 0 })), emptyText: 'idle', title: 't' } })
    expect(w.get('[data-testid="chart-empty"]').text()).toBe('idle')
    expect(w.get('[data-testid="chart-line"]').attributes('d')).toMatch(/^M48,152 /)
  })
})

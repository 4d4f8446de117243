import type { DashboardView, RechargeDayView, TakingsView } from '@/common/api/types'
import { RECHARGE_CHANNELS } from '@/pages/reports/recharge-format'
import type { BarItem } from './charts/BarChart.vue'
import type { LinePoint } from './charts/LineChart.vue'

/** Outlets' or meals' takings as bars of fen; a meal without id is "outside meal periods". */
export function takingsBars(takings: readonly TakingsView[], unnamed: string): BarItem[] {
  return takings.map((t) => ({ key: String(t.id ?? 'none'), label: t.name ?? unnamed, value: t.amountFen }))
}

/** Every channel, in the server's order, as bars of fen. */
export function rechargeBars(day: RechargeDayView, label: (channel: string) => string): BarItem[] {
  return RECHARGE_CHANNELS.map((c) => ({
    key: c,
    label: label(c),
    value: day.channels.find((t) => t.channel === c)?.amountFen ?? 0,
  }))
}

/** "HH:mm" of an instant in the browser's time zone. */
export function clockTime(iso: string): string {
  const d = new Date(iso)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

export function minutePoints(view: DashboardView): LinePoint[] {
  return view.perMinute.map((m) => ({ key: m.start, label: clockTime(m.start), value: m.count }))
}

/** Online share of the registered terminals in whole percent; null when none is registered. */
export function onlinePercent(online: number, registered: number): number | null {
  return registered > 0 ? Math.round((online * 100) / registered) : null
}

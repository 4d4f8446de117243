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

/**
 * "HH:mm" of an instant in the card centre's time zone (the server's business zone), not the
 * browser's: an operator abroad or a misconfigured PC sees the same minutes as the canteen.
 */
export function clockTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(iso))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${part('hour')}:${part('minute')}`
}

export function minutePoints(view: DashboardView): LinePoint[] {
  return view.perMinute.map((m) => ({ key: m.start, label: clockTime(m.start, view.timeZone), value: m.count }))
}

/** Online share of the registered terminals in whole percent; null when none is registered. */
export function onlinePercent(online: number, registered: number): number | null {
  return registered > 0 ? Math.round((online * 100) / registered) : null
}

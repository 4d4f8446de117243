import type { RechargeChannel, RechargeDayView } from '@/common/api/types'
import { formatFen } from '@/common/utils/money'

/** The channels in the server's fixed order, which is also the column order. */
export const RECHARGE_CHANNELS: readonly RechargeChannel[] = ['COUNTER_CASH', 'POS', 'CASHIER', 'WECHAT', 'ALIPAY', 'IMPORT']

/** A channel's cell: "count / yuan", or an empty cell when nothing came in that way. */
export function channelCell(day: RechargeDayView, channel: RechargeChannel): string {
  const tally = day.channels.find((c) => c.channel === channel)
  return tally && (tally.count !== 0 || tally.amountFen !== 0) ? `${tally.count} / ${formatFen(tally.amountFen)}` : ''
}

/** One row of the table: the channels, the reversals, the net and the bonus, after the date. */
export function rechargeCells(day: RechargeDayView): string[] {
  return [
    ...RECHARGE_CHANNELS.map((c) => channelCell(day, c)),
    day.reversedCount ? `${day.reversedCount} / ${formatFen(day.reversedFen)}` : '',
    formatFen(day.netFen),
    formatFen(day.bonusFen),
  ]
}

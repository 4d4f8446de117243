import type { RechargeChannel, RechargeDayView } from '@/common/api/types'
import { formatFen } from '@/common/utils/money'

/** The channels in the server's fixed order, which is also the column order. */
export const RECHARGE_CHANNELS: readonly RechargeChannel[] = ['COUNTER_CASH', 'POS', 'CASHIER', 'WECHAT', 'ALIPAY', 'IMPORT']

/** The channels cash goes back out through (refunds), in the server's order. */
export const REFUND_CHANNELS: readonly RechargeChannel[] = ['COUNTER_CASH', 'CASHIER', 'WECHAT', 'ALIPAY']

/** The message keys of the columns after the date, in the order of {@link rechargeCells}. */
export const RECHARGE_COLUMNS: readonly string[] = [
  ...RECHARGE_CHANNELS.map((c) => `reports.channel.${c}`),
  'reports.reversed',
  ...REFUND_CHANNELS.map((c) => `reports.refund.${c}`),
  'reports.net',
  'reports.bonus',
]

type Tally = { channel: RechargeChannel; count: number; amountFen: number }

function tallyCell(tallies: Tally[], channel: RechargeChannel): string {
  const tally = tallies.find((c) => c.channel === channel)
  return tally && (tally.count !== 0 || tally.amountFen !== 0) ? `${tally.count} / ${formatFen(tally.amountFen)}` : ''
}

/** A channel's cell: "count / yuan", or an empty cell when nothing came in that way. */
export function channelCell(day: RechargeDayView, channel: RechargeChannel): string {
  return tallyCell(day.channels, channel)
}

/** One row of the table: the channels, the reversals, the refunds, the net and the bonus, after the date. */
export function rechargeCells(day: RechargeDayView): string[] {
  return [
    ...RECHARGE_CHANNELS.map((c) => channelCell(day, c)),
    day.reversedCount ? `${day.reversedCount} / ${formatFen(day.reversedFen)}` : '',
    ...REFUND_CHANNELS.map((c) => tallyCell(day.refunds, c)),
    formatFen(day.netFen),
    formatFen(day.bonusFen),
  ]
}

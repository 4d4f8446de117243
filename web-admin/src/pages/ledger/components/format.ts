import { formatFen } from '@/common/utils/money'

/** A unit total as shown: fen as yuan, other units (points) as whole numbers. */
export function formatUnitSum(unit: string, sum: number): string {
  try {
    return unit === 'FEN' ? formatFen(sum) : formatInteger(sum)
  } catch {
    return String(sum)
  }
}

function formatInteger(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer: ${n}`)
  return String(n)
}

export function formatDateTime(iso: string, locale: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return d.toLocaleString(locale, { hour12: false })
}

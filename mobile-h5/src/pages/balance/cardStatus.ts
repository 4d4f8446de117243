import type { TagType } from 'vant'

export const CARD_STATUSES = ['NORMAL', 'LOST', 'FROZEN', 'CANCELLED', 'REPLACED', 'EXPIRED'] as const
export type CardStatus = (typeof CARD_STATUSES)[number]

export function isKnownStatus(status: string): status is CardStatus {
  return (CARD_STATUSES as readonly string[]).includes(status)
}

export const STATUS_TAG: Record<CardStatus, TagType> = {
  NORMAL: 'success',
  LOST: 'danger',
  FROZEN: 'warning',
  CANCELLED: 'default',
  REPLACED: 'default',
  EXPIRED: 'default',
}

/** A card the holder may still report lost (the server's rule: a normal or frozen card). */
export function canReportLost(status: string): boolean {
  return status === 'NORMAL' || status === 'FROZEN'
}

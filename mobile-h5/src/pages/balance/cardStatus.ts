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

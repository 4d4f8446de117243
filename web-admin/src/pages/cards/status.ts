import type { CardStatus } from '@/common/api/types'

export const CARD_STATUSES: readonly CardStatus[] = ['NORMAL', 'LOST', 'FROZEN', 'CANCELLED', 'REPLACED', 'EXPIRED']

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

const TAG: Record<CardStatus, TagType> = {
  NORMAL: 'success',
  LOST: 'danger',
  FROZEN: 'warning',
  CANCELLED: 'info',
  REPLACED: 'info',
  EXPIRED: 'warning',
}

export function statusTagType(status: CardStatus): TagType {
  return TAG[status]
}

/** The i18n key of a status label (cards.statuses.NORMAL → 正常 / Normal). */
export function statusLabelKey(status: CardStatus): string {
  return `cards.statuses.${status}`
}

/** Which actions a card in this status offers; the server still decides. */
export function actionsFor(status: CardStatus): {
  recharge: boolean
  loss: boolean
  unloss: boolean
  freeze: boolean
  unfreeze: boolean
  reissue: boolean
  refund: boolean
  cancel: boolean
} {
  const usable = status === 'NORMAL'
  const open = status !== 'CANCELLED' && status !== 'REPLACED'
  return {
    recharge: usable,
    loss: usable || status === 'FROZEN',
    unloss: status === 'LOST',
    freeze: usable,
    unfreeze: status === 'FROZEN',
    reissue: status === 'LOST',
    refund: open,
    cancel: open,
  }
}

export type CardAction = 'recharge' | 'loss' | 'unloss' | 'freeze' | 'unfreeze' | 'reissue' | 'refund' | 'cancel'

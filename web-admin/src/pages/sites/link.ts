import type { LinkView } from '@/common/api/types'

/** A link is up when it spoke last without an error since. */
export type LinkState = 'up' | 'down' | 'never'

export function linkState(link: LinkView): LinkState {
  if (link.lastError) return 'down'
  return link.lastContactAt ? 'up' : 'never'
}

/** A count the side cannot know (the centre cannot see what a site has not sent) shows as a dash. */
export function countText(value: number | undefined | null): string {
  return value === undefined || value === null ? '–' : String(value)
}

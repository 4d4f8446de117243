import { describe, expect, it } from 'vitest'
import type { LinkView } from '@/common/api/types'
import { countText, linkState } from '@/pages/sites/link'

const base: LinkView = { code: 'A', upSeq: 3, upAcked: 3, downCursor: 0 }

describe('site link state', () => {
  it('is "never" before the first contact, "up" after a good one, "down" while an error stands', () => {
    expect(linkState(base)).toBe('never')
    expect(linkState({ ...base, lastContactAt: '2026-11-22T04:00:00Z' })).toBe('up')
    expect(linkState({ ...base, lastContactAt: '2026-11-22T04:00:00Z', lastError: 'centre answered 503' })).toBe('down')
    expect(linkState({ ...base, lastError: 'Connection refused' })).toBe('down')
  })

  it('shows a count the side cannot know as a dash, and zero as zero', () => {
    expect(countText(undefined)).toBe('–')
    expect(countText(null)).toBe('–')
    expect(countText(0)).toBe('0')
    expect(countText(12)).toBe('12')
  })
})

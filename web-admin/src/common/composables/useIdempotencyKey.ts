import { ref, watch, type Ref } from 'vue'

/** A v4 UUID; crypto.randomUUID exists only in secure contexts, so a plain-http desk PC builds one itself. */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID()
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * The Idempotency-Key of one dialog: a fresh key each time the dialog opens, the same key for every
 * submit while it stays open, so a double click or a retry after a timeout cannot move money twice.
 */
export function useIdempotencyKey(open: Ref<boolean>): Ref<string> {
  const key = ref(newIdempotencyKey())
  watch(
    open,
    (isOpen) => {
      if (isOpen) key.value = newIdempotencyKey()
    },
    { flush: 'sync' },
  )
  return key
}

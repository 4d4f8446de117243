import { ref, watch, type Ref, type WatchSource } from 'vue'
import { newIdempotencyKey } from '@/common/composables/useIdempotencyKey'

/**
 * The Idempotency-Key of one upload: fresh whenever the file is chosen again or the kind, mode or
 * policy changes (each is a different upload), the same for every retry of an unchanged upload, so
 * a double click or a retry after a timeout cannot apply a file twice.
 */
export function useUploadKey(upload: WatchSource<unknown>[]): Ref<string> {
  const key = ref(newIdempotencyKey())
  watch(upload, () => (key.value = newIdempotencyKey()), { flush: 'sync' })
  return key
}

import { onBeforeUnmount, onMounted } from 'vue'

export const REFRESH_MS = 30_000

/**
 * Loads on mount, then every `everyMs` while the page is visible: a hidden tab stops asking, and
 * loads at once when it is shown again. A load still running is not started twice.
 */
export function useAutoRefresh(load: () => Promise<void>, everyMs = REFRESH_MS): { refresh: () => Promise<void> } {
  let timer: ReturnType<typeof setInterval> | null = null
  let running: Promise<void> | null = null

  function refresh(): Promise<void> {
    if (!running) {
      running = load().finally(() => {
        running = null
      })
    }
    return running
  }

  function start(): void {
    if (timer === null) timer = setInterval(() => void refresh(), everyMs)
  }

  function stop(): void {
    if (timer !== null) clearInterval(timer)
    timer = null
  }

  function onVisibility(): void {
    if (document.visibilityState === 'visible') {
      void refresh()
      start()
    } else {
      stop()
    }
  }

  onMounted(() => {
    void refresh()
    if (document.visibilityState === 'visible') start()
    document.addEventListener('visibilitychange', onVisibility)
  })
  onBeforeUnmount(() => {
    stop()
    document.removeEventListener('visibilitychange', onVisibility)
  })
  return { refresh }
}

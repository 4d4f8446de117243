import { isFinished } from './job'
import type { ImportJob } from './types'

export const POLL_INTERVAL_MS = 500

export interface PollOptions {
  /** reads the job again */
  load: (id: string) => Promise<ImportJob>
  /** called with the first job and after every read */
  onUpdate: (job: ImportJob) => void
  /** true once the caller no longer wants updates (the page was left, or another upload started) */
  stopped: () => boolean
  /** waits between reads */
  wait?: (ms: number) => Promise<void>
  intervalMs?: number
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Follows a job until it is DONE or FAILED: the finished job, or null when stopped first. A failed
 * read rejects; the caller may poll again from the last job it saw.
 */
export async function pollJob(first: ImportJob, options: PollOptions): Promise<ImportJob | null> {
  const wait = options.wait ?? sleep
  const interval = options.intervalMs ?? POLL_INTERVAL_MS
  let job = first
  if (options.stopped()) return null
  options.onUpdate(job)
  while (!isFinished(job.state)) {
    await wait(interval)
    if (options.stopped()) return null
    job = await options.load(job.id)
    if (options.stopped()) return null
    options.onUpdate(job)
  }
  return job
}

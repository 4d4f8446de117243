import type { FieldError, Problem } from './types'

/** A failed API call: the server's problem+json when it sent one, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number
  readonly code: number | undefined
  readonly detail: string | undefined
  readonly title: string | undefined
  readonly fieldErrors: FieldError[]

  constructor(status: number, problem?: Partial<Problem>, cause?: unknown) {
    super(problem?.detail ?? problem?.title ?? (status === 0 ? 'network error' : `HTTP ${status}`), { cause })
    this.name = 'ApiError'
    this.status = status
    this.code = problem?.code
    this.detail = problem?.detail
    this.title = problem?.title
    this.fieldErrors = problem?.errors ?? []
  }

  get isNetworkError(): boolean {
    return this.status === 0
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function readFieldErrors(v: unknown): FieldError[] | undefined {
  if (!Array.isArray(v)) return undefined
  return v.filter(
    (e): e is FieldError => isRecord(e) && typeof e.field === 'string' && typeof e.message === 'string',
  )
}

/** Reads a problem+json body defensively: anything that is not one gives undefined fields. */
export function parseProblem(body: unknown): Partial<Problem> | undefined {
  if (!isRecord(body)) return undefined
  const p: Partial<Problem> = {}
  if (typeof body.type === 'string') p.type = body.type
  if (typeof body.title === 'string') p.title = body.title
  if (typeof body.status === 'number') p.status = body.status
  if (typeof body.detail === 'string') p.detail = body.detail
  if (typeof body.code === 'number' && Number.isInteger(body.code)) p.code = body.code
  const errors = readFieldErrors(body.errors)
  if (errors) p.errors = errors
  return p
}

/** The result code of an error response, without consuming the caller's body. */
export async function problemCodeOf(res: Response): Promise<number | undefined> {
  try {
    return parseProblem(await res.clone().json())?.code
  } catch {
    return undefined
  }
}

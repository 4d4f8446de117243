import { api, unwrap } from '@/common/api/client'
import type { ApplyPolicy, ImportJob, ImportKind } from './types'

export interface UploadOptions {
  dryRun: boolean
  policy: ApplyPolicy
  /** the upload's Idempotency-Key: the same for a retry of the same upload */
  key: string
}

// The contract types the multipart field as a string (binary); the FormData built here is what is sent.
const NO_FIELDS = { file: '' }

/** Uploads a workbook; the server answers 202 with the job, or a problem for a refused file. */
export function startImport(kind: ImportKind, file: File, options: UploadOptions): Promise<ImportJob> {
  const data = new FormData()
  data.append('file', file, file.name)
  return unwrap(
    api.POST('/api/imports/{kind}', {
      params: {
        path: { kind },
        header: { 'Idempotency-Key': options.key },
        query: { dryRun: options.dryRun, policy: options.policy },
      },
      body: NO_FIELDS,
      bodySerializer: () => data,
    }),
  )
}

export function getImport(jobId: string): Promise<ImportJob> {
  return unwrap(api.GET('/api/imports/{jobId}', { params: { path: { jobId } } }))
}

/** The empty workbook of a kind, fetched with the operator's token. */
export function templateWorkbook(kind: ImportKind): Promise<Blob> {
  return unwrap(api.GET('/api/imports/templates/{kind}.xlsx', { params: { path: { kind } }, parseAs: 'blob' }))
}

/** The row report of a finished job as a workbook, fetched with the operator's token. */
export function reportWorkbook(jobId: string): Promise<Blob> {
  return unwrap(api.GET('/api/imports/{jobId}/report.xlsx', { params: { path: { jobId } }, parseAs: 'blob' }))
}

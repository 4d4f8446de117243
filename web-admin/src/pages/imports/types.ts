// The import API's types, from the OpenAPI contract (org.onecard.imports.web.ImportJobView and
// org.onecard.excel.report.*). The contract marks the report's fields optional; the server always
// sends them, but the page reads them defensively. finishedAt, failure and report are left out while null.
import type { ImportJob } from '@/common/api/types'

export type {
  ImportFailure,
  ImportJob,
  ImportReason,
  ImportReport,
  ImportReportRow as ReportRow,
  ImportTotals,
} from '@/common/api/types'

/** The kinds as the URL names them (ImportKind on the server; the contract types the path as a string). */
export type ImportKind = 'departments' | 'people' | 'recharges' | 'refunds'
export type ImportState = ImportJob['state']
export type ApplyPolicy = ImportJob['policy']

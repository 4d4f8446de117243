// Client-side checks before a workbook is sent; the server checks everything again (content, rows).

/** The server's onecard.excel.max-file-size default. */
export const EXCEL_MAX_BYTES = 5 * 1024 * 1024
export const EXCEL_ACCEPT =
  '.xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel'

/** An i18n key under imports.precheck. */
export type ExcelProblem = 'none' | 'notExcel' | 'empty' | 'tooLarge'

/** The first problem with a chosen file, from its name and size; null when it may be sent. */
export function checkExcelFile(file: { name: string; size: number } | null | undefined): ExcelProblem | null {
  if (!file) return 'none'
  if (!/\.xlsx?$/i.test(file.name.trim())) return 'notExcel'
  if (file.size <= 0) return 'empty'
  return file.size > EXCEL_MAX_BYTES ? 'tooLarge' : null
}

// Stable result codes shared with the server; titles are shown to the user in the current locale.
import catalogue from '@openapi/result-codes.json'

export interface ResultCode {
  code: number
  name: string
  titleZh: string
  titleEn: string
}

const byCode = new Map<number, ResultCode>(catalogue.map((c: ResultCode) => [c.code, c]))

export function resultCode(code: number | undefined): ResultCode | undefined {
  return code === undefined ? undefined : byCode.get(code)
}

export const TOKEN_EXPIRED = 2002
/** The card centre's initial password is still in use: the cardholder must choose their own first. */
export const PASSWORD_CHANGE_REQUIRED = 6013

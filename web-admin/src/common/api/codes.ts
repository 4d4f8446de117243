// The result codes this app reacts to; tests check them against ../openapi/result-codes.json.
export const ResultCodes = {
  UNAUTHENTICATED: 2001,
  TOKEN_EXPIRED: 2002,
  TOKEN_INVALID: 2003,
  BAD_CREDENTIALS: 2004,
  SECOND_FACTOR_REQUIRED: 2006,
  SECOND_FACTOR_INVALID: 2007,
  REFRESH_TOKEN_INVALID: 2008,
  REFRESH_TOKEN_REUSED: 2009,
} as const

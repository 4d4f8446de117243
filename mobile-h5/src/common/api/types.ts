// Names of the contract's schemas (openapi.yaml → schema.d.ts via `npm run gen:api`).
import type { components } from './schema'

type Schemas = components['schemas']

export type TokenResponse = Schemas['TokenResponse']
export type CardholderLoginRequest = Schemas['CardholderLoginRequest']
export type CardholderView = Schemas['CardholderView']
export type CardSummary = Schemas['CardSummary']
export type Problem = Schemas['Problem']
export type FieldError = Schemas['FieldProblem']
export type PaymentOrderView = Schemas['PaymentOrderView']
export type CreatePaymentOrderRequest = Schemas['CreatePaymentOrderRequest']
export type PaymentChannel = CreatePaymentOrderRequest['channel']
export type PayMode = NonNullable<CreatePaymentOrderRequest['mode']>
export type HistoryPage = Schemas['HistoryPage']
export type HistoryLine = Schemas['HistoryLine']
export type HistoryKind = HistoryLine['kind']
export type LossView = Schemas['LossView']
export type ChangePasswordRequest = Schemas['ChangePasswordRequest']
export type PayCodeView = Schemas['PayCodeView']
export type WechatBindingView = Schemas['WechatBindingView']
export type WechatAuthorizeView = Schemas['WechatAuthorizeView']

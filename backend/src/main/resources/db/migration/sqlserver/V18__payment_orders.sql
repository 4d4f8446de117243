-- Online payment orders (SQL Server): a cardholder's recharge through WeChat Pay or Alipay,
-- and every notification a gateway sent about one.

-- order_no is our out_trade_no at the gateway. status CREATED -> PAID (the cash wallet credited by
-- posting_id, once) / CLOSED (never paid; a late payment still turns it PAID) -> REFUNDED
-- (refunded_fen > 0). client_key is the cardholder's idempotency key; request_hash what a
-- repeat under it must carry again (channel, amount).
CREATE TABLE payment_order (
  id                BIGINT        NOT NULL IDENTITY(1,1) PRIMARY KEY,
  order_no          NVARCHAR(32)   NOT NULL,
  person_id         BIGINT        NOT NULL,
  channel           NVARCHAR(8)    NOT NULL,
  amount_fen        BIGINT        NOT NULL,
  status            NVARCHAR(10)   NOT NULL,
  client_key        NVARCHAR(100)  NOT NULL,
  request_hash      CHAR(64)      NOT NULL,
  pay_url           NVARCHAR(512)  NULL,
  gateway_trade_no  NVARCHAR(64)   NULL,
  posting_id        BIGINT        NULL,
  refunded_fen      BIGINT        NOT NULL,
  created_at        DATETIME2(6)   NOT NULL,
  expires_at        DATETIME2(6)   NOT NULL,
  paid_at           DATETIME2(6)   NULL,
  closed_at         DATETIME2(6)   NULL,
  CONSTRAINT uq_payment_order_no UNIQUE (order_no),
  CONSTRAINT uq_payment_order_client UNIQUE (person_id, client_key)
);
CREATE INDEX ix_payment_order_status ON payment_order (status, created_at);

-- outcome CREDITED (this one moved the money), REPEATED (the order was already paid), IGNORED (a
-- state that is not a payment, such as WAIT_BUYER_PAY), or
-- REJECTED (result_code says why: bad signature, stale, amount or app id mismatch, unknown order).
CREATE TABLE payment_notification (
  id           BIGINT         NOT NULL IDENTITY(1,1) PRIMARY KEY,
  channel      NVARCHAR(8)     NOT NULL,
  received_at  DATETIME2(6)    NOT NULL,
  order_no     NVARCHAR(32)    NULL,
  outcome      NVARCHAR(10)    NOT NULL,
  result_code  INT            NOT NULL,
  detail       NVARCHAR(255)   NULL,
  body         NVARCHAR(4000)  NOT NULL
);
CREATE INDEX ix_payment_notification_order ON payment_notification (order_no);
CREATE INDEX ix_payment_notification_received ON payment_notification (received_at);

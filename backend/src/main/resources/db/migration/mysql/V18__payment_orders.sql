-- Online payment orders (MySQL / MariaDB): a cardholder's recharge through WeChat Pay or Alipay,
-- and every notification a gateway sent about one.

-- order_no is our out_trade_no at the gateway. status CREATED -> PAID (the cash wallet credited by
-- posting_id, once) / CLOSED (never paid; a late payment still turns it PAID) -> REFUNDED
-- (refunded_fen > 0). client_key is the cardholder's idempotency key; request_hash what a
-- repeat under it must carry again (channel, amount).
CREATE TABLE payment_order (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_no          VARCHAR(32)   NOT NULL,
  person_id         BIGINT        NOT NULL,
  channel           VARCHAR(8)    NOT NULL,
  amount_fen        BIGINT        NOT NULL,
  status            VARCHAR(10)   NOT NULL,
  client_key        VARCHAR(100)  NOT NULL,
  request_hash      CHAR(64)      NOT NULL,
  pay_url           VARCHAR(512)  NULL,
  gateway_trade_no  VARCHAR(64)   NULL,
  posting_id        BIGINT        NULL,
  refunded_fen      BIGINT        NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  expires_at        DATETIME(6)   NOT NULL,
  paid_at           DATETIME(6)   NULL,
  closed_at         DATETIME(6)   NULL,
  CONSTRAINT uq_payment_order_no UNIQUE (order_no),
  CONSTRAINT uq_payment_order_client UNIQUE (person_id, client_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_payment_order_status ON payment_order (status, created_at);

-- outcome CREDITED (this one moved the money), REPEATED (the order was already paid), IGNORED (a
-- state that is not a payment, such as WAIT_BUYER_PAY), or
-- REJECTED (result_code says why: bad signature, stale, amount or app id mismatch, unknown order).
CREATE TABLE payment_notification (
  id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  channel      VARCHAR(8)     NOT NULL,
  received_at  DATETIME(6)    NOT NULL,
  order_no     VARCHAR(32)    NULL,
  outcome      VARCHAR(10)    NOT NULL,
  result_code  INT            NOT NULL,
  detail       VARCHAR(255)   NULL,
  body         VARCHAR(4000)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_payment_notification_order ON payment_notification (order_no);
CREATE INDEX ix_payment_notification_received ON payment_notification (received_at);

-- Refunds of paid online orders (MySQL / MariaDB). The cash wallet is debited first (posting_id),
-- then the gateway is asked; a gateway refusal books the money back (reversal_posting_id).
-- status PROCESSING -> SUCCESS / FAILED. refund_no is our out_refund_no (out_request_no at Alipay),
-- taken from the operator's idempotency key so a retry reaches the same refund.
CREATE TABLE payment_refund (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  refund_no            VARCHAR(32)   NOT NULL,
  order_id             BIGINT        NOT NULL,
  amount_fen           BIGINT        NOT NULL,
  status               VARCHAR(10)   NOT NULL,
  operator_id          BIGINT        NOT NULL,
  client_key           VARCHAR(100)  NOT NULL,
  reason               VARCHAR(80)   NULL,
  posting_id           BIGINT        NULL,
  reversal_posting_id  BIGINT        NULL,
  created_at           DATETIME(6)   NOT NULL,
  finished_at          DATETIME(6)   NULL,
  CONSTRAINT uq_payment_refund_no UNIQUE (refund_no),
  CONSTRAINT uq_payment_refund_client UNIQUE (client_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_payment_refund_order ON payment_refund (order_id);

-- Payment orders, notifications and reconciliation are finance's to see; refunds too.
INSERT INTO role_permission (role_id, permission) SELECT id, 'payments:read' FROM role WHERE code IN ('ADMIN', 'FINANCE');
INSERT INTO role_permission (role_id, permission) SELECT id, 'payments:refund' FROM role WHERE code IN ('ADMIN', 'FINANCE');

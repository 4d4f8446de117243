-- Refunds of paid online orders (SQL Server). The cash wallet is debited first (posting_id),
-- then the gateway is asked; a gateway refusal books the money back (reversal_posting_id).
-- status PROCESSING -> SUCCESS / FAILED. refund_no is our out_refund_no (out_request_no at Alipay),
-- taken from the operator's idempotency key so a retry reaches the same refund.
CREATE TABLE payment_refund (
  id                   BIGINT        NOT NULL IDENTITY(1,1) PRIMARY KEY,
  refund_no            NVARCHAR(32)   NOT NULL,
  order_id             BIGINT        NOT NULL,
  amount_fen           BIGINT        NOT NULL,
  status               NVARCHAR(10)   NOT NULL,
  operator_id          BIGINT        NOT NULL,
  client_key           NVARCHAR(100)  NOT NULL,
  reason               NVARCHAR(80)   NULL,
  posting_id           BIGINT        NULL,
  reversal_posting_id  BIGINT        NULL,
  created_at           DATETIME2(6)   NOT NULL,
  finished_at          DATETIME2(6)   NULL,
  CONSTRAINT uq_payment_refund_no UNIQUE (refund_no),
  CONSTRAINT uq_payment_refund_client UNIQUE (client_key)
);
CREATE INDEX ix_payment_refund_order ON payment_refund (order_id);

-- Payment orders, notifications and reconciliation are finance's to see; refunds too.
INSERT INTO role_permission (role_id, permission) SELECT id, 'payments:read' FROM role WHERE code IN ('ADMIN', 'FINANCE');
INSERT INTO role_permission (role_id, permission) SELECT id, 'payments:refund' FROM role WHERE code IN ('ADMIN', 'FINANCE');

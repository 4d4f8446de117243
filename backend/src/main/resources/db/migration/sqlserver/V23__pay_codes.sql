-- Cardholders' personal pay codes (SQL Server). A code is short-lived (expires_at) and
-- used once: used_key is the idempotency key of the terminal request that used it, written by
-- one conditional update. Issuing a code replaces the person's older unused ones (superseded_by).
CREATE TABLE pay_code (
  id             BIGINT        NOT NULL IDENTITY(1,1) PRIMARY KEY,
  person_id      BIGINT        NOT NULL,
  card_id        BIGINT        NOT NULL,
  nonce          NVARCHAR(24)   NOT NULL,
  issued_at      DATETIME2(6)   NOT NULL,
  expires_at     DATETIME2(6)   NOT NULL,
  superseded_by  BIGINT        NULL,
  used_key       NVARCHAR(100)  NULL,
  used_at        DATETIME2(6)   NULL
);
CREATE INDEX ix_pay_code_person ON pay_code (person_id, id);

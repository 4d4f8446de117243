-- Offline records (H2): every consumption a terminal recorded while offline and
-- uploaded later (0220 advice, 0320 batch upload, or a file from a USB stick), taken once by
-- its key term:<41>:<11>:<yyyyMMdd> (openapi/terminal-protocol.md §2.3, §2.5).

-- status BOOKED (posting_id set; overdrawn when the wallets did not cover it) or REJECTED
-- (result_code says why, e.g. no card with that serial). request_hash is the SHA-256 of what a
-- repeat must carry again (credential, amount, time); batch_no groups records for settlement (0500).
CREATE TABLE offline_record (
  idem_key       VARCHAR(64)   NOT NULL PRIMARY KEY,
  terminal_code  VARCHAR(8)    NOT NULL,
  trace          VARCHAR(6)    NOT NULL,
  batch_no       VARCHAR(6)    NOT NULL,
  source         VARCHAR(8)    NOT NULL,
  credential     VARCHAR(64)   NOT NULL,
  amount_fen     BIGINT        NOT NULL,
  occurred_at    TIMESTAMP(6)   NOT NULL,
  received_at    TIMESTAMP(6)   NOT NULL,
  request_hash   CHAR(64)      NOT NULL,
  status         VARCHAR(8)    NOT NULL,
  result_code    INT           NOT NULL,
  posting_id     BIGINT        NULL,
  card_id        BIGINT        NULL,
  person_id      BIGINT        NULL,
  overdrawn      BOOLEAN       NOT NULL
);
CREATE INDEX ix_offline_record_batch ON offline_record (terminal_code, batch_no);
CREATE INDEX ix_offline_record_received ON offline_record (received_at);

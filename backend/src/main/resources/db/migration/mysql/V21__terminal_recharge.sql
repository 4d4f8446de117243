-- Terminals that take money in (MySQL / MariaDB); openapi/terminal-protocol.md §2.9.

-- A recharge operator (an operator of the card centre) and the one operator-authorisation card
-- that signs them on at a recharge POS or cashier machine; one card per operator and vice versa.
-- The PIN is the card's own (card.pin_hash); three wrong PINs in a row lock the binding.
CREATE TABLE recharge_operator (
  operator_id      BIGINT       NOT NULL PRIMARY KEY,
  card_id          BIGINT       NOT NULL,
  failed_attempts  INT          NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uk_recharge_operator_card UNIQUE (card_id),
  CONSTRAINT fk_recharge_operator_operator FOREIGN KEY (operator_id) REFERENCES operator (id),
  CONSTRAINT fk_recharge_operator_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per recharge or cash-out booked at a terminal, written in the posting's transaction:
-- the operator's cash report sums these; a reversal and a card-write failure mark the row.
CREATE TABLE terminal_recharge (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  posting_id           BIGINT        NOT NULL,
  idem_key             VARCHAR(128)  NOT NULL,
  kind                 VARCHAR(16)   NOT NULL,
  terminal_id          BIGINT        NOT NULL,
  terminal_code        VARCHAR(8)    NOT NULL,
  operator_id          BIGINT        NOT NULL,
  card_id              BIGINT        NOT NULL,
  amount_fen           BIGINT        NOT NULL,
  bonus_fen            BIGINT        NOT NULL,
  bonus_posting_id     BIGINT        NULL,
  promotion_id         BIGINT        NULL,
  accounting_date      DATE          NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  reversal_posting_id  BIGINT        NULL,
  reversal_date        DATE          NULL,
  write_failed_at      DATETIME(6)   NULL,
  repaired_at          DATETIME(6)   NULL,
  repaired_by          BIGINT        NULL,
  repair_note          VARCHAR(255)  NULL,
  CONSTRAINT uk_terminal_recharge_posting UNIQUE (posting_id),
  CONSTRAINT uk_terminal_recharge_key UNIQUE (idem_key),
  CONSTRAINT ck_terminal_recharge_kind CHECK (kind IN ('RECHARGE', 'REFUND'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_terminal_recharge_operator_day ON terminal_recharge (operator_id, accounting_date);
CREATE INDEX ix_terminal_recharge_reversal_day ON terminal_recharge (operator_id, reversal_date);
CREATE INDEX ix_terminal_recharge_write_failed ON terminal_recharge (write_failed_at);

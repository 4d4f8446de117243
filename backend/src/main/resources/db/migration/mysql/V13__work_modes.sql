-- Work modes of consumption terminals (MySQL / MariaDB): the values each mode prices with, the
-- automatic switch of mode by time of day, the outlets' products, and the cards' overdraft
-- passwords (openapi/terminal-protocol.md §2.2.1).

-- TIMED: price per hour and rounding unit (every started unit is charged whole); both set or both NULL.
ALTER TABLE terminal ADD COLUMN timed_price_per_hour_fen BIGINT NULL;
ALTER TABLE terminal ADD COLUMN timed_rounding_minutes INT NULL;

-- A terminal's time segments (FIXED_BY_SEGMENT: [start_time, end_time) → amount_fen), preset keys
-- (KEY_VALUE: key_no → amount_fen) and mode switches ([start_time, end_time) → work_mode, with
-- amount_fen as the fixed amount when that mode is FIXED). Replaced as a whole when the terminal is saved.
CREATE TABLE terminal_mode_entry (
  terminal_id  BIGINT       NOT NULL,
  kind         VARCHAR(8)   NOT NULL,
  seq          INT          NOT NULL,
  start_time   TIME         NULL,
  end_time     TIME         NULL,
  key_no       INT          NULL,
  work_mode    VARCHAR(20)  NULL,
  amount_fen   BIGINT       NULL,
  PRIMARY KEY (terminal_id, kind, seq),
  CONSTRAINT fk_terminal_mode_entry_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id) ON DELETE CASCADE,
  CONSTRAINT ck_terminal_mode_entry_kind CHECK (kind IN ('SEGMENT', 'KEY', 'SWITCH')),
  CONSTRAINT ck_terminal_mode_entry_amount CHECK (amount_fen IS NULL OR amount_fen > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The products an outlet (shop) sells, by barcode; every PRODUCT terminal of the outlet sells them.
CREATE TABLE outlet_product (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  outlet_id         BIGINT        NOT NULL,
  barcode           VARCHAR(32)   NOT NULL,
  name              VARCHAR(50)   NOT NULL,
  price_fen         BIGINT        NOT NULL,
  discount_percent  INT           NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  CONSTRAINT uk_outlet_product_barcode UNIQUE (outlet_id, barcode),
  CONSTRAINT fk_outlet_product_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id) ON DELETE CASCADE,
  CONSTRAINT ck_outlet_product_price CHECK (price_fen > 0),
  CONSTRAINT ck_outlet_product_discount CHECK (discount_percent BETWEEN 1 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The card's overdraft password (超额密码), BCrypt; NULL = the default 123456 (DOMAIN §2).
ALTER TABLE card ADD COLUMN overdraft_password_hash VARCHAR(100) NULL;

-- Work modes of consumption terminals (SQL Server): the values each mode prices with, the
-- automatic switch of mode by time of day, the outlets' products, and the cards' overdraft
-- passwords (openapi/terminal-protocol.md §2.2.1).

-- TIMED: price per hour and rounding unit (every started unit is charged whole); both set or both NULL.
ALTER TABLE terminal ADD timed_price_per_hour_fen BIGINT NULL;
ALTER TABLE terminal ADD timed_rounding_minutes INT NULL;

-- A terminal's time segments (FIXED_BY_SEGMENT: [start_time, end_time) → amount_fen), preset keys
-- (KEY_VALUE: key_no → amount_fen) and mode switches ([start_time, end_time) → work_mode, with
-- amount_fen as the fixed amount when that mode is FIXED). Replaced as a whole when the terminal is saved.
CREATE TABLE terminal_mode_entry (
  terminal_id  BIGINT       NOT NULL,
  kind         NVARCHAR(8)  NOT NULL,
  seq          INT          NOT NULL,
  start_time   TIME         NULL,
  end_time     TIME         NULL,
  key_no       INT          NULL,
  work_mode    NVARCHAR(20)  NULL,
  amount_fen   BIGINT       NULL,
  PRIMARY KEY (terminal_id, kind, seq),
  CONSTRAINT fk_terminal_mode_entry_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id) ON DELETE CASCADE,
  CONSTRAINT ck_terminal_mode_entry_kind CHECK (kind IN ('SEGMENT', 'KEY', 'SWITCH')),
  CONSTRAINT ck_terminal_mode_entry_amount CHECK (amount_fen IS NULL OR amount_fen > 0)
);

-- The products an outlet (shop) sells, by barcode; every PRODUCT terminal of the outlet sells them.
CREATE TABLE outlet_product (
  id                BIGINT        NOT NULL IDENTITY(1,1) PRIMARY KEY,
  outlet_id         BIGINT        NOT NULL,
  barcode           NVARCHAR(32)  NOT NULL,
  name              NVARCHAR(50)  NOT NULL,
  price_fen         BIGINT        NOT NULL,
  discount_percent  INT           NOT NULL,
  created_at        DATETIME2(6)  NOT NULL,
  updated_at        DATETIME2(6)  NOT NULL,
  CONSTRAINT uk_outlet_product_barcode UNIQUE (outlet_id, barcode),
  CONSTRAINT fk_outlet_product_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id) ON DELETE CASCADE,
  CONSTRAINT ck_outlet_product_price CHECK (price_fen > 0),
  CONSTRAINT ck_outlet_product_discount CHECK (discount_percent BETWEEN 1 AND 100)
);

-- The card's overdraft password (超额密码), BCrypt; NULL = the default 123456 (DOMAIN §2).
ALTER TABLE card ADD overdraft_password_hash NVARCHAR(100) NULL;

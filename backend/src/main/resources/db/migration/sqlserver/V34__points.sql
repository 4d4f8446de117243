-- Points (积分), DOMAIN §2 (SQL Server). The balances and movements themselves are ledger
-- accounts (POINTS_WALLET per person, POINTS_ISSUED) and transfers; these tables keep only what the
-- ledger does not: each outlet's accrual rate, and where a redemption was made.

-- An outlet's accrual rate: a sale earns floor(charged fen * points_per_yuan / 100) points.
-- No row: the outlet gives no points.
CREATE TABLE points_rule (
  outlet_id        BIGINT       NOT NULL PRIMARY KEY,
  points_per_yuan  INT          NOT NULL,
  updated_at       DATETIME2(6)  NOT NULL,
  updated_by       BIGINT       NULL,
  CONSTRAINT fk_points_rule_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id),
  CONSTRAINT ck_points_rule_rate CHECK (points_per_yuan BETWEEN 1 AND 1000)
);

-- One row per redemption, keyed by its ledger posting; void_posting_id is the posting that gave
-- the points back (set once).
CREATE TABLE points_redemption (
  posting_id       BIGINT       NOT NULL PRIMARY KEY,
  person_id        BIGINT       NOT NULL,
  outlet_id        BIGINT       NULL,
  terminal_no      VARCHAR(16)  NULL,
  points           BIGINT       NOT NULL,
  accounting_date  DATE         NOT NULL,
  operator_id      BIGINT       NULL,
  note             NVARCHAR(200) NULL,
  void_posting_id  BIGINT       NULL,
  CONSTRAINT fk_points_redemption_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT ck_points_redemption_points CHECK (points > 0)
);
CREATE INDEX ix_points_redemption_date ON points_redemption (accounting_date);
CREATE INDEX ix_points_redemption_void ON points_redemption (void_posting_id);

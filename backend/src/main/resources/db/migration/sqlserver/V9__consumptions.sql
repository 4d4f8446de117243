-- Consumption records and their corrections, SQL Server.

-- One row per booked consumption (online, offline upload, or supplementary entry 补单), keyed by
-- its ledger posting: what reports by outlet and meal read, and what a correction (更正) changes.
CREATE TABLE consumption (
  posting_id              BIGINT        NOT NULL PRIMARY KEY,
  person_id               BIGINT        NOT NULL,
  card_id                 BIGINT        NULL,
  outlet_id               BIGINT        NOT NULL,
  terminal_no             NVARCHAR(16)   NULL,
  kind                    NVARCHAR(12)   NOT NULL,
  amount_fen              BIGINT        NOT NULL,
  cash_fen                BIGINT        NOT NULL,
  subsidy_fen             BIGINT        NOT NULL,
  deduction_order         NVARCHAR(20)   NOT NULL,
  occurred_at             DATETIME2(6)   NOT NULL,
  accounting_date         DATE          NOT NULL,
  meal_period_id          INT           NULL,
  operator_id             BIGINT        NULL,
  note                    NVARCHAR(255)  NULL,
  corrected_amount_fen    BIGINT        NULL,
  correction_posting_id   BIGINT        NULL,
  corrected_at            DATETIME2(6)   NULL,
  corrected_by            BIGINT        NULL,
  CONSTRAINT fk_consumption_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_consumption_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id)
);
CREATE INDEX ix_consumption_person ON consumption (person_id, occurred_at);
CREATE INDEX ix_consumption_outlet ON consumption (outlet_id, accounting_date);

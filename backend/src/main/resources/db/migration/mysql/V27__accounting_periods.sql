-- Accounting periods (MySQL / MariaDB): a month (YYYY-MM) is OPEN until closed (封账); a closed month takes no
-- posting whose accounting date falls in it. Closing month M needs M-1 closed, unless M is the first
-- month with postings; reopening is its own act with a reason. Both are audited.
CREATE TABLE accounting_period (
  period_month   CHAR(7)       NOT NULL PRIMARY KEY,
  status         VARCHAR(8)    NOT NULL,
  closed_at      DATETIME(6)   NULL,
  closed_by      BIGINT        NULL,
  reopened_at    DATETIME(6)   NULL,
  reopened_by    BIGINT        NULL,
  reopen_reason  VARCHAR(255)  NULL,
  CONSTRAINT ck_accounting_period_status CHECK (status IN ('OPEN', 'CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Each wallet's closing balance (fen) of a closed month: the next month's opening. Only wallets whose
-- closing is not 0 have a row; a reopened month's rows are deleted and written again at its next close.
CREATE TABLE period_balance (
  period_month   CHAR(7)       NOT NULL,
  account_id     BIGINT        NOT NULL,
  closing_fen    BIGINT        NOT NULL,
  PRIMARY KEY (period_month, account_id),
  CONSTRAINT fk_period_balance_period FOREIGN KEY (period_month) REFERENCES accounting_period (period_month),
  CONSTRAINT fk_period_balance_account FOREIGN KEY (account_id) REFERENCES ledger_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The first month with activity, and the statement's date buckets, read postings by accounting date.
CREATE INDEX ix_ledger_posting_accounting_date ON ledger_posting (accounting_date);

INSERT INTO role_permission (role_id, permission) SELECT id, 'periods:close' FROM role WHERE code IN ('ADMIN', 'FINANCE');
INSERT INTO role_permission (role_id, permission) SELECT id, 'periods:reopen' FROM role WHERE code = 'ADMIN';

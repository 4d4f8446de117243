-- Foundation schema (SQL Server). Money columns are BIGINT fen; times are UTC.

CREATE TABLE app_setting (
  name        NVARCHAR(64)   NOT NULL PRIMARY KEY,
  setting_value NVARCHAR(1000) NOT NULL,
  updated_at  DATETIME2(6)   NOT NULL
);

CREATE TABLE org_unit (
  id          BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  code        NVARCHAR(32)  NOT NULL,
  name        NVARCHAR(100) NOT NULL,
  parent_id   BIGINT       NULL,
  created_at  DATETIME2(6)  NOT NULL,
  CONSTRAINT uk_org_unit_code UNIQUE (code),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);

CREATE TABLE person (
  id           BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  employee_no  NVARCHAR(32)  NOT NULL,
  name         NVARCHAR(100) NOT NULL,
  org_unit_id  BIGINT       NOT NULL,
  phone        NVARCHAR(32)  NULL,
  status       NVARCHAR(16)  NOT NULL,
  created_at   DATETIME2(6)  NOT NULL,
  CONSTRAINT uk_person_employee_no UNIQUE (employee_no),
  CONSTRAINT fk_person_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);

CREATE TABLE card (
  id           BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  card_no      NVARCHAR(32)  NOT NULL,
  serial       NVARCHAR(64)  NOT NULL,
  person_id    BIGINT       NOT NULL,
  kind         NVARCHAR(16)  NOT NULL,
  status       NVARCHAR(16)  NOT NULL,
  issued_on    DATE         NOT NULL,
  expires_on   DATE         NOT NULL,
  deposit_fen  BIGINT       NOT NULL,
  cost_fen     BIGINT       NOT NULL,
  created_at   DATETIME2(6)  NOT NULL,
  CONSTRAINT uk_card_no UNIQUE (card_no),
  CONSTRAINT uk_card_serial UNIQUE (serial),
  CONSTRAINT fk_card_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE merchant (
  id          BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  name        NVARCHAR(100) NOT NULL,
  created_at  DATETIME2(6)  NOT NULL
);

CREATE TABLE outlet (
  id           BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  merchant_id  BIGINT       NOT NULL,
  name         NVARCHAR(100) NOT NULL,
  created_at   DATETIME2(6)  NOT NULL,
  CONSTRAINT fk_outlet_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);

-- Ledger ---------------------------------------------------------------------------------
-- Wallets (tracks_balance = 1) keep a stored balance changed only by one conditional UPDATE.
-- Counter-accounts (tracks_balance = 0) never have their row written after creation: their
-- balance is the sum of their transfers, so busy outlets never queue on one row lock.
CREATE TABLE ledger_account (
  id              BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  kind            NVARCHAR(32)  NOT NULL,
  unit            NVARCHAR(8)   NOT NULL,
  owner_type      NVARCHAR(16)  NOT NULL,
  owner_id        BIGINT       NOT NULL,
  name            NVARCHAR(100) NOT NULL,
  tracks_balance  BIT          NOT NULL,
  balance         BIGINT       NOT NULL,
  created_at      DATETIME2(6)  NOT NULL,
  CONSTRAINT uk_ledger_account_owner UNIQUE (kind, owner_type, owner_id)
);

-- One row per request that asked to move money, keyed by the sender's idempotency key.
CREATE TABLE ledger_posting (
  id               BIGINT        NOT NULL IDENTITY(1,1) PRIMARY KEY,
  idem_key         NVARCHAR(128)  NOT NULL,
  request_hash     CHAR(64)      NOT NULL,
  status           NVARCHAR(16)   NOT NULL,
  result_code      INT           NOT NULL,
  operator_id      BIGINT        NULL,
  terminal_id      NVARCHAR(32)   NULL,
  occurred_at      DATETIME2(6)   NOT NULL,
  received_at      DATETIME2(6)   NOT NULL,
  accounting_date  DATE          NOT NULL,
  overdrawn        BIT           NOT NULL,
  note             NVARCHAR(255)  NULL,
  CONSTRAINT uk_ledger_posting_key UNIQUE (idem_key)
);

CREATE TABLE ledger_transfer (
  id                   BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  posting_id           BIGINT       NOT NULL,
  seq                  INT          NOT NULL,
  debit_account_id     BIGINT       NOT NULL,
  credit_account_id    BIGINT       NOT NULL,
  amount               BIGINT       NOT NULL,
  code                 NVARCHAR(32)  NOT NULL,
  debit_balance_after  BIGINT       NULL,
  credit_balance_after BIGINT       NULL,
  CONSTRAINT uk_ledger_transfer_seq UNIQUE (posting_id, seq),
  CONSTRAINT fk_ledger_transfer_posting FOREIGN KEY (posting_id) REFERENCES ledger_posting (id),
  CONSTRAINT fk_ledger_transfer_debit FOREIGN KEY (debit_account_id) REFERENCES ledger_account (id),
  CONSTRAINT fk_ledger_transfer_credit FOREIGN KEY (credit_account_id) REFERENCES ledger_account (id),
  CONSTRAINT ck_ledger_transfer_amount CHECK (amount > 0),
  CONSTRAINT ck_ledger_transfer_sides CHECK (debit_account_id <> credit_account_id)
);
CREATE INDEX ix_ledger_transfer_debit ON ledger_transfer (debit_account_id, id);
CREATE INDEX ix_ledger_transfer_credit ON ledger_transfer (credit_account_id, id);

-- Identity and audit ------------------------------------------------------------------------
CREATE TABLE operator (
  id                   BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  username             NVARCHAR(64)  NOT NULL,
  display_name         NVARCHAR(100) NOT NULL,
  password_hash        NVARCHAR(100) NOT NULL,
  enabled              BIT          NOT NULL,
  failed_attempts      INT          NOT NULL,
  locked_until         DATETIME2(6)  NULL,
  card_serial          NVARCHAR(64)  NULL,
  card_factor_enabled  BIT          NOT NULL,
  created_at           DATETIME2(6)  NOT NULL,
  CONSTRAINT uk_operator_username UNIQUE (username)
);

CREATE TABLE role (
  id    BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  code  NVARCHAR(64)  NOT NULL,
  name  NVARCHAR(100) NOT NULL,
  CONSTRAINT uk_role_code UNIQUE (code)
);

CREATE TABLE role_permission (
  role_id     BIGINT      NOT NULL,
  permission  NVARCHAR(64) NOT NULL,
  PRIMARY KEY (role_id, permission),
  CONSTRAINT fk_role_permission_role FOREIGN KEY (role_id) REFERENCES role (id)
);

CREATE TABLE operator_role (
  operator_id  BIGINT NOT NULL,
  role_id      BIGINT NOT NULL,
  PRIMARY KEY (operator_id, role_id),
  CONSTRAINT fk_operator_role_operator FOREIGN KEY (operator_id) REFERENCES operator (id),
  CONSTRAINT fk_operator_role_role FOREIGN KEY (role_id) REFERENCES role (id)
);

-- Optional scopes: an operator with none sees everything.
CREATE TABLE operator_scope (
  operator_id  BIGINT      NOT NULL,
  scope_kind   NVARCHAR(16) NOT NULL,
  scope_id     BIGINT      NOT NULL,
  PRIMARY KEY (operator_id, scope_kind, scope_id),
  CONSTRAINT fk_operator_scope_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

CREATE TABLE cardholder_credential (
  person_id        BIGINT       NOT NULL PRIMARY KEY,
  password_hash    NVARCHAR(100) NOT NULL,
  failed_attempts  INT          NOT NULL,
  locked_until     DATETIME2(6)  NULL,
  CONSTRAINT fk_cardholder_credential_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- Refresh tokens rotate; a family is one login. Only a hash of the token is stored.
CREATE TABLE refresh_token (
  id              BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  token_hash      CHAR(64)     NOT NULL,
  family_id       CHAR(36)     NOT NULL,
  principal_kind  NVARCHAR(16)  NOT NULL,
  principal_id    BIGINT       NOT NULL,
  issued_at       DATETIME2(6)  NOT NULL,
  expires_at      DATETIME2(6)  NOT NULL,
  used_at         DATETIME2(6)  NULL,
  revoked_at      DATETIME2(6)  NULL,
  CONSTRAINT uk_refresh_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);

-- Append-only: the application never updates or deletes these rows.
CREATE TABLE audit_log (
  id           BIGINT        NOT NULL IDENTITY(1,1) PRIMARY KEY,
  occurred_at  DATETIME2(6)   NOT NULL,
  actor_kind   NVARCHAR(16)   NOT NULL,
  actor_id     BIGINT        NULL,
  actor_name   NVARCHAR(100)  NULL,
  action       NVARCHAR(100)  NOT NULL,
  target       NVARCHAR(255)  NULL,
  remote_addr  NVARCHAR(64)   NULL,
  outcome      NVARCHAR(16)   NOT NULL,
  detail       NVARCHAR(500)  NULL
);
CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);

-- Subsidies (补贴), MySQL / MariaDB.

-- One subsidy for one person. It is registered (editable, deletable), then distributed (no
-- longer deletable, only reversed); a distributed subsidy is claimed into the subsidy wallet
-- as soon as the person holds a usable card, and a claimed one is closed by expiry (what is
-- left is cleared), by a later reset-mode subsidy, or by reversal.
CREATE TABLE subsidy (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id         BIGINT        NOT NULL,
  amount_fen        BIGINT        NOT NULL,
  grant_mode        VARCHAR(12)   NOT NULL,
  subsidy_month     VARCHAR(7)    NOT NULL,
  expires_on        DATE          NULL,
  status            VARCHAR(12)   NOT NULL,
  batch_ref         VARCHAR(64)   NULL,
  note              VARCHAR(255)  NULL,
  request_key       VARCHAR(140)  NOT NULL,
  registered_by     BIGINT        NOT NULL,
  registered_at     DATETIME(6)   NOT NULL,
  distributed_at    DATETIME(6)   NULL,
  claimed_at        DATETIME(6)   NULL,
  claim_posting_id  BIGINT        NULL,
  closed_at         DATETIME(6)   NULL,
  close_posting_id  BIGINT        NULL,
  cleared_fen       BIGINT        NULL,
  CONSTRAINT uk_subsidy_request UNIQUE (request_key),
  CONSTRAINT fk_subsidy_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_subsidy_person ON subsidy (person_id, status);
CREATE INDEX ix_subsidy_status ON subsidy (status, expires_on);
CREATE INDEX ix_subsidy_batch ON subsidy (batch_ref);

-- Keys of subsidy requests with the hash of what was sent: a retry repeats, a different request
-- under a used key is refused.
CREATE TABLE subsidy_request (
  idem_key      VARCHAR(140)  NOT NULL PRIMARY KEY,
  request_hash  VARCHAR(64)   NOT NULL,
  created_at    DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO role_permission (role_id, permission) SELECT id, 'subsidy:read' FROM role WHERE code IN ('ADMIN', 'FINANCE', 'CASHIER');
INSERT INTO role_permission (role_id, permission) SELECT id, 'subsidy:manage' FROM role WHERE code IN ('ADMIN', 'FINANCE');

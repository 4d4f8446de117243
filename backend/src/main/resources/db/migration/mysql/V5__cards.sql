-- Card lifecycle (MySQL / MariaDB).

-- A physical card (serial) can be issued again once its card is cancelled or replaced, so the
-- serial is unique only among live cards: active_serial holds it while the card is usable.
ALTER TABLE card DROP INDEX uk_card_serial;
ALTER TABLE card ADD active_serial VARCHAR(64) NULL;
UPDATE card SET active_serial = serial WHERE status IN ('NORMAL', 'LOST', 'FROZEN');
CREATE UNIQUE INDEX uk_card_active_serial ON card (active_serial);
CREATE INDEX ix_card_serial ON card (serial);
CREATE INDEX ix_card_person ON card (person_id);

ALTER TABLE card ADD lost_refunded BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE card ADD replaced_by_card_id BIGINT NULL;
ALTER TABLE card ADD reissued_from_card_id BIGINT NULL;
ALTER TABLE card ADD status_changed_at DATETIME(6) NULL;

-- Every lifecycle step of a card, with the posting that moved money for it (if any).
CREATE TABLE card_event (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  card_id      BIGINT        NOT NULL,
  kind         VARCHAR(16)   NOT NULL,
  operator_id  BIGINT        NULL,
  occurred_at  DATETIME(6)   NOT NULL,
  posting_id   BIGINT        NULL,
  note         VARCHAR(255)  NULL,
  CONSTRAINT fk_card_event_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_card_event_card ON card_event (card_id, id);

-- Whitelist / blacklist changes; the row id is the list version terminals download from.
CREATE TABLE list_change (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  card_id     BIGINT       NOT NULL,
  serial      VARCHAR(64)  NOT NULL,
  list_kind   VARCHAR(16)  NOT NULL,
  action      VARCHAR(8)   NOT NULL,
  changed_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A reissue with grey-record waiting days holds the balance until release_on (卡金补领).
CREATE TABLE reissue_hold (
  new_card_id  BIGINT   NOT NULL PRIMARY KEY,
  person_id    BIGINT   NOT NULL,
  cash_fen     BIGINT   NOT NULL,
  subsidy_fen  BIGINT   NOT NULL,
  release_on   DATE     NOT NULL,
  released     BOOLEAN  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_reissue_hold_due ON reissue_hold (released, release_on);

INSERT INTO role_permission (role_id, permission) SELECT id, 'cards:read' FROM role WHERE code IN ('ADMIN', 'FINANCE', 'CASHIER');
INSERT INTO role_permission (role_id, permission) SELECT id, 'cards:manage' FROM role WHERE code IN ('ADMIN', 'CASHIER');
INSERT INTO role_permission (role_id, permission) SELECT id, 'money:counter' FROM role WHERE code IN ('ADMIN', 'CASHIER');

-- Automatic card numbers: issuing cards is rare enough that one counter row is no bottleneck.
CREATE TABLE card_no_counter (
  id          INT     NOT NULL PRIMARY KEY,
  last_value  BIGINT  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO card_no_counter (id, last_value) VALUES (1, 0);

-- Keys of card-centre requests that moved no money (a free reissue, a cancel of an empty card):
-- the ledger remembers keys of the ones that did.
CREATE TABLE request_key (
  idem_key    VARCHAR(128)  NOT NULL PRIMARY KEY,
  created_at  DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

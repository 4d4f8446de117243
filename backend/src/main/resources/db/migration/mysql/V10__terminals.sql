-- Terminal registry (MySQL / MariaDB): every device that talks to the terminal server, with
-- its per-terminal MAC key. The key is generated at registration (or rotation) and shown once.

-- code is the field-41 terminal id: the machine number as 8 digits (TerminalAuth.codeOf).
-- fixed_amount_fen is set only for the FIXED work mode. last_trace stays NULL until the
-- terminal has transacted; a terminal that has transacted is never deleted.
CREATE TABLE terminal (
  id                          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  machine_no                  INT            NOT NULL,
  code                        VARCHAR(8)     NOT NULL,
  serial                      VARCHAR(32)    NOT NULL,
  model                       VARCHAR(50)    NULL,
  purpose                     VARCHAR(16)    NOT NULL,
  outlet_id                   BIGINT         NOT NULL,
  work_mode                   VARCHAR(20)    NOT NULL,
  fixed_amount_fen            BIGINT         NULL,
  same_card_interval_seconds  INT            NOT NULL,
  enabled                     BOOLEAN        NOT NULL,
  mac_key                     VARBINARY(32)  NOT NULL,
  key_version                 INT            NOT NULL,
  created_at                  DATETIME(6)    NOT NULL,
  updated_at                  DATETIME(6)    NOT NULL,
  last_seen_at                DATETIME(6)    NULL,
  last_trace                  INT            NULL,
  CONSTRAINT uk_terminal_machine_no UNIQUE (machine_no),
  CONSTRAINT uk_terminal_code UNIQUE (code),
  CONSTRAINT uk_terminal_serial UNIQUE (serial),
  CONSTRAINT fk_terminal_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id),
  CONSTRAINT ck_terminal_machine_no CHECK (machine_no BETWEEN 1 AND 999),
  CONSTRAINT ck_terminal_interval CHECK (same_card_interval_seconds >= 0),
  CONSTRAINT ck_terminal_key_version CHECK (key_version >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_terminal_outlet ON terminal (outlet_id, machine_no);

-- Permissions (org.onecard.identity.Permissions): administrators manage terminals, finance reads.
INSERT INTO role_permission (role_id, permission) SELECT id, 'terminals:read' FROM role WHERE code IN ('ADMIN', 'FINANCE');
INSERT INTO role_permission (role_id, permission) SELECT id, 'terminals:manage' FROM role WHERE code = 'ADMIN';

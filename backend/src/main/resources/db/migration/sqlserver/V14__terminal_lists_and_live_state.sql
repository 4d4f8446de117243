-- List download and live state of terminals (SQL Server); openapi/terminal-protocol.md §2.6.

-- The version of each list a terminal holds, as it last reported it (the version it sends in a
-- list download request is the one its list is complete as of).
CREATE TABLE terminal_list_version (
  terminal_id   BIGINT         NOT NULL,
  list_kind     NVARCHAR(16)   NOT NULL,
  held_version  BIGINT         NOT NULL,
  reported_at   DATETIME2(6)   NOT NULL,
  CONSTRAINT pk_terminal_list_version PRIMARY KEY (terminal_id, list_kind),
  CONSTRAINT fk_terminal_list_version_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id) ON DELETE CASCADE
);

-- A whole list as of a version keeps, per entry, its last change up to that version: the
-- NOT EXISTS probe of a later change of the same entry uses this index.
CREATE INDEX ix_list_change_entry ON list_change (list_kind, serial, id);

-- The last transaction a terminal sent (time at the server); written with last_seen_at and
-- last_trace by the live-state flush a few seconds after it happened, not on the purchase path.
ALTER TABLE terminal ADD last_transaction_at DATETIME2(6) NULL;

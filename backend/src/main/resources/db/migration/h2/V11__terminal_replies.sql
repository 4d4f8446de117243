-- Terminal replies (H2): the first 0210 given under a terminal request's idempotency key
-- term:<41>:<11>:<yyyyMMdd>, so a repeat gets the first reply (openapi/terminal-protocol.md §2.2).

-- request_hash is the SHA-256 (hex) of what a repeat must carry again: card (2), amount (4),
-- processing code (3), terminal time (12/13) and outlet (42). reply_fields holds the reply's
-- fields except the MAC as "n=value;n=value", values URL-encoded; the MAC is computed afresh.
CREATE TABLE terminal_reply (
  idem_key       VARCHAR(64)    NOT NULL PRIMARY KEY,
  request_hash   CHAR(64)       NOT NULL,
  response_code  VARCHAR(2)     NOT NULL,
  reply_fields   VARCHAR(1000)  NOT NULL,
  created_at     TIMESTAMP(6)   NOT NULL
);

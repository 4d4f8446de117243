-- Several sites (DOMAIN §6, README "Several sites", openapi/site-exchange.md) — MySQL / MariaDB.

-- The link with the other side. At a site: one row, its own code (the link up to the centre).
-- At the centre: one row per site. up_seq: at a site the last sequence number given to an outbox
-- row, at the centre the last one applied from that site; up_acked: the last one the centre took;
-- down_cursor: the last feed sequence the site applied (at the centre: the last it acknowledged).
CREATE TABLE site_link (
  code             VARCHAR(16)   NOT NULL PRIMARY KEY,
  up_seq           BIGINT        NOT NULL,
  up_acked         BIGINT        NOT NULL,
  down_cursor      BIGINT        NOT NULL,
  last_contact_at  DATETIME(6)   NULL,
  last_error       VARCHAR(500)  NULL,
  last_error_at    DATETIME(6)   NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A site's outbox: one row per ledger posting, written in the posting's own transaction. The
-- auto-increment id only orders rows; seq is given later, under the site_link row's lock, to the
-- rows committed by then, so a row that commits late gets a later seq and is never skipped.
CREATE TABLE site_outbox (
  id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  posting_id  BIGINT         NOT NULL,
  created_at  DATETIME(6)    NOT NULL,
  seq         BIGINT         NULL,
  payload     VARCHAR(4000)  NULL,
  CONSTRAINT uk_site_outbox_posting UNIQUE (posting_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX uk_site_outbox_seq ON site_outbox (seq);

-- At the centre: every record a site sent, taken once by (site, seq); the record's key (the
-- posting's idempotency key at the site) is unique per site too, and the content hash tells a
-- re-sent record (same hash: nothing to do) from a conflicting one (refused and reported).
CREATE TABLE site_received (
  site_code     VARCHAR(16)   NOT NULL,
  seq           BIGINT        NOT NULL,
  record_key    VARCHAR(128)  NOT NULL,
  content_hash  CHAR(64)      NOT NULL,
  received_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (site_code, seq),
  CONSTRAINT uk_site_received_key UNIQUE (site_code, record_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Balances of cards whose home is another instance: at the centre every site's cards, at a site
-- the other sites' cards (from the centre's feed). version: the site seq (centre) or feed seq (site)
-- that set it last, so an older change never overwrites a newer one.
CREATE TABLE site_card_balance (
  home_site   VARCHAR(16)  NOT NULL,
  card_no     VARCHAR(32)  NOT NULL,
  wallet      VARCHAR(32)  NOT NULL,
  balance     BIGINT       NOT NULL,
  version     BIGINT       NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (home_site, card_no, wallet)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Several sites: the centre's feed down to the sites (SQL Server).

-- A change every site (but the one it came from) applies: a card's balance at its home site.
-- seq is given under the counter row's lock when a site asks, to the rows committed by then, so a
-- site's cursor never passes a row that commits late.
CREATE TABLE site_feed (
  id           BIGINT       NOT NULL IDENTITY(1,1) PRIMARY KEY,
  seq          BIGINT       NULL,
  origin_site  VARCHAR(16)  NOT NULL,
  kind         VARCHAR(16)  NOT NULL,
  card_no      VARCHAR(32)  NOT NULL,
  wallet       VARCHAR(32)  NOT NULL,
  balance      BIGINT       NOT NULL,
  created_at   DATETIME2(6)  NOT NULL
);
-- SQL Server lets a plain unique index hold one NULL only: the index covers given sequences.
CREATE UNIQUE INDEX uk_site_feed_seq ON site_feed (seq) WHERE seq IS NOT NULL;

CREATE TABLE site_feed_counter (
  id        INT     NOT NULL PRIMARY KEY,
  last_seq  BIGINT  NOT NULL
);
INSERT INTO site_feed_counter (id, last_seq) VALUES (1, 0);

INSERT INTO role_permission (role_id, permission) SELECT id, 'sites:read' FROM role WHERE code IN ('ADMIN', 'FINANCE');

-- Several sites: the centre's feed down to the sites (MySQL / MariaDB).

-- A change every site (but the one it came from) applies: a card's balance at its home site.
-- seq is given under the counter row's lock when a site asks, to the rows committed by then, so a
-- site's cursor never passes a row that commits late.
CREATE TABLE site_feed (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seq          BIGINT       NULL,
  origin_site  VARCHAR(16)  NOT NULL,
  kind         VARCHAR(16)  NOT NULL,
  card_no      VARCHAR(32)  NOT NULL,
  wallet       VARCHAR(32)  NOT NULL,
  balance      BIGINT       NOT NULL,
  created_at   DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX uk_site_feed_seq ON site_feed (seq);

CREATE TABLE site_feed_counter (
  id        INT     NOT NULL PRIMARY KEY,
  last_seq  BIGINT  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO site_feed_counter (id, last_seq) VALUES (1, 0);

INSERT INTO role_permission (role_id, permission) SELECT id, 'sites:read' FROM role WHERE code IN ('ADMIN', 'FINANCE');

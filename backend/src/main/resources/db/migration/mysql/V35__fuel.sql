-- Gas stations (MySQL / MariaDB), DOMAIN §2/§3: price list, card modes and levels, the sale at a
-- dispenser, credit clearing and grey-card locks. Volumes are BIGINT hundredths of the station's
-- unit (0.01 m³ of CNG, 0.01 L of liquid fuel); prices are fen per whole unit. The balances
-- themselves are ledger accounts (VOLUME_WALLET, CREDIT_LINE, CREDIT_VOLUME_LINE per person).

-- A station's (outlet's) price per level, effective from a moment; rows are only ever added, so the
-- list is its own history. The price of the day is the latest row effective at the sale's time.
CREATE TABLE fuel_price (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  outlet_id        BIGINT       NOT NULL,
  price_level      INT          NOT NULL,
  unit_price_fen   BIGINT       NOT NULL,
  effective_from   DATETIME(6)  NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  created_by       BIGINT       NULL,
  CONSTRAINT fk_fuel_price_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id),
  CONSTRAINT ck_fuel_price_level CHECK (price_level BETWEEN 0 AND 2),
  CONSTRAINT ck_fuel_price_fen CHECK (unit_price_fen > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_fuel_price_lookup ON fuel_price (outlet_id, price_level, effective_from);

-- A card's gas-station profile; no row = PREPAID_AMOUNT at level 0 with no credit.
-- credit_limit is in the mode's unit: fen for CREDIT_AMOUNT, volume for CREDIT_VOLUME.
CREATE TABLE fuel_card (
  card_id        BIGINT       NOT NULL PRIMARY KEY,
  card_mode      VARCHAR(16)  NOT NULL,
  price_level    INT          NOT NULL,
  credit_limit   BIGINT       NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  CONSTRAINT fk_fuel_card_card FOREIGN KEY (card_id) REFERENCES card (id),
  CONSTRAINT ck_fuel_card_mode CHECK (card_mode IN ('PREPAID_AMOUNT', 'PREPAID_VOLUME', 'CREDIT_AMOUNT', 'CREDIT_VOLUME')),
  CONSTRAINT ck_fuel_card_level CHECK (price_level BETWEEN 0 AND 2),
  CONSTRAINT ck_fuel_card_limit CHECK (credit_limit >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per fuel sale, keyed by its ledger posting (read by shift reports too).
CREATE TABLE fuel_sale (
  posting_id       BIGINT       NOT NULL PRIMARY KEY,
  terminal_id      BIGINT       NOT NULL,
  nozzle_no        INT          NOT NULL,
  outlet_id        BIGINT       NOT NULL,
  card_id          BIGINT       NOT NULL,
  person_id        BIGINT       NOT NULL,
  vehicle_id       BIGINT       NULL,
  plate            VARCHAR(10)  NULL,
  fleet_id         BIGINT       NULL,
  card_type_id     BIGINT       NULL,
  card_mode        VARCHAR(16)  NOT NULL,
  price_level      INT          NOT NULL,
  unit_price_fen   BIGINT       NOT NULL,
  volume           BIGINT       NOT NULL,
  amount_fen       BIGINT       NOT NULL,
  occurred_at      DATETIME(6)  NOT NULL,
  accounting_date  DATE         NOT NULL,
  lock_id          BIGINT       NULL,
  CONSTRAINT ck_fuel_sale_nozzle CHECK (nozzle_no BETWEEN 1 AND 99),
  CONSTRAINT ck_fuel_sale_volume CHECK (volume > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_fuel_sale_date ON fuel_sale (accounting_date);
CREATE INDEX ix_fuel_sale_terminal ON fuel_sale (terminal_id, accounting_date);

-- A fleet company's payment that cleared a card's credit usage (记账额清零): the printable receipt.
CREATE TABLE fuel_clearing (
  posting_id       BIGINT       NOT NULL PRIMARY KEY,
  card_id          BIGINT       NOT NULL,
  person_id        BIGINT       NOT NULL,
  fleet_id         BIGINT       NULL,
  card_mode        VARCHAR(16)  NOT NULL,
  paid_fen         BIGINT       NOT NULL,
  volume_cleared   BIGINT       NOT NULL,
  accounting_date  DATE         NOT NULL,
  cleared_at       DATETIME(6)  NOT NULL,
  operator_id      BIGINT       NULL,
  CONSTRAINT fk_fuel_clearing_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_fuel_clearing_card ON fuel_clearing (card_id);

-- Grey-card locks (灰卡): a dispenser locks a card before fuelling. active_card_id holds the card
-- while the lock is pending (one pending lock per card); applying the pending record (the
-- dispenser's sale naming the lock, or an unlock at the counter) empties it, once.
CREATE TABLE fuel_lock (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  card_id          BIGINT       NOT NULL,
  active_card_id   BIGINT       NULL,
  terminal_id      BIGINT       NOT NULL,
  nozzle_no        INT          NOT NULL,
  lock_key         VARCHAR(128) NOT NULL,
  locked_at        DATETIME(6)  NOT NULL,
  posting_id       BIGINT       NULL,
  released_at      DATETIME(6)  NULL,
  CONSTRAINT uk_fuel_lock_key UNIQUE (lock_key),
  CONSTRAINT fk_fuel_lock_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX uk_fuel_lock_active ON fuel_lock (active_card_id);
CREATE INDEX ix_fuel_lock_card ON fuel_lock (card_id);

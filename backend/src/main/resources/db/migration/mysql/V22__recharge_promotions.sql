-- Recharge promotions (MySQL / MariaDB): a bonus by amount tier and date range, per channel.
-- A recharge of amount A on day D through channel C gets the bonus of the one enabled rule whose
-- [starts_on, ends_on] holds D, whose tier [min_amount_fen, max_amount_fen] holds A (no upper
-- bound when NULL) and that allows C; the API keeps such rules from overlapping. The bonus is
-- percent_of_amount % of A, or fixed_fen, capped at max_bonus_fen (0 = no cap).
CREATE TABLE recharge_promotion (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name              VARCHAR(100)  NOT NULL,
  starts_on         DATE          NOT NULL,
  ends_on           DATE          NOT NULL,
  min_amount_fen    BIGINT        NOT NULL,
  max_amount_fen    BIGINT        NULL,
  percent_of_amount INT           NULL,
  fixed_fen         BIGINT        NULL,
  max_bonus_fen     BIGINT        NOT NULL,
  on_recharge_pos   BOOLEAN       NOT NULL,
  on_cashier        BOOLEAN       NOT NULL,
  on_counter        BOOLEAN       NOT NULL,
  on_online         BOOLEAN       NOT NULL,
  enabled           BOOLEAN       NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_recharge_promotion_dates ON recharge_promotion (starts_on, ends_on);

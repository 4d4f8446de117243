-- Recharge promotions (SQL Server): a bonus by amount tier and date range, per channel.
-- A recharge of amount A on day D through channel C gets the bonus of the one enabled rule whose
-- [starts_on, ends_on] holds D, whose tier [min_amount_fen, max_amount_fen] holds A (no upper
-- bound when NULL) and that allows C; the API keeps such rules from overlapping. The bonus is
-- percent_of_amount % of A, or fixed_fen, capped at max_bonus_fen (0 = no cap).
CREATE TABLE recharge_promotion (
  id                BIGINT        NOT NULL IDENTITY(1,1) PRIMARY KEY,
  name              NVARCHAR(100)  NOT NULL,
  starts_on         DATE          NOT NULL,
  ends_on           DATE          NOT NULL,
  min_amount_fen    BIGINT        NOT NULL,
  max_amount_fen    BIGINT        NULL,
  percent_of_amount INT           NULL,
  fixed_fen         BIGINT        NULL,
  max_bonus_fen     BIGINT        NOT NULL,
  on_recharge_pos   BIT           NOT NULL,
  on_cashier        BIT           NOT NULL,
  on_counter        BIT           NOT NULL,
  on_online         BIT           NOT NULL,
  enabled           BIT           NOT NULL,
  created_at        DATETIME2(6)   NOT NULL,
  updated_at        DATETIME2(6)   NOT NULL
);
CREATE INDEX ix_recharge_promotion_dates ON recharge_promotion (starts_on, ends_on);

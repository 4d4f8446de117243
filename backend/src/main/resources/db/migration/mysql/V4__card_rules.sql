-- System parameters, meal periods and card types (MySQL / MariaDB).

-- One row (id = 1) with typed columns: a new parameter is a new column.
CREATE TABLE system_parameters (
  id                         INT          NOT NULL PRIMARY KEY,
  max_card_balance_fen       BIGINT       NOT NULL,
  single_recharge_limit_fen  BIGINT       NOT NULL,
  recharge_at_issue_allowed  BOOLEAN      NOT NULL,
  negative_recharge_allowed  BOOLEAN      NOT NULL,
  deposit_fen                BIGINT       NOT NULL,
  card_cost_fen              BIGINT       NOT NULL,
  card_validity_years        INT          NOT NULL,
  grey_waiting_days          INT          NOT NULL,
  correction_window_hours    INT          NOT NULL,
  subsidy_validity_days      INT          NOT NULL,
  subsidy_month_only         BOOLEAN      NOT NULL,
  wallet_mode                VARCHAR(16)  NOT NULL,
  default_deduction_order    VARCHAR(24)  NOT NULL,
  auto_card_no               BOOLEAN      NOT NULL,
  card_no_length             INT          NOT NULL,
  updated_at                 DATETIME(6)  NOT NULL,
  updated_by                 BIGINT       NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO system_parameters VALUES (1, 999900, 0, TRUE, FALSE, 0, 0, 10, 0, 24, 0, FALSE, 'DUAL',
  'SUBSIDY_THEN_CASH', TRUE, 10, CURRENT_TIMESTAMP, NULL);

-- The eight fixed meal periods (餐别); ids never change.
CREATE TABLE meal_period (
  id          INT          NOT NULL PRIMARY KEY,
  name        VARCHAR(20)  NULL,
  start_time  TIME         NULL,
  end_time    TIME         NULL,
  enabled     BOOLEAN      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO meal_period VALUES (1, '早餐', '06:00:00', '09:30:00', TRUE);
INSERT INTO meal_period VALUES (2, '午餐', '10:30:00', '13:30:00', TRUE);
INSERT INTO meal_period VALUES (3, '晚餐', '16:30:00', '19:30:00', TRUE);
INSERT INTO meal_period VALUES (4, '夜宵', '20:30:00', '23:30:00', FALSE);
INSERT INTO meal_period VALUES (5, NULL, NULL, NULL, FALSE);
INSERT INTO meal_period VALUES (6, NULL, NULL, NULL, FALSE);
INSERT INTO meal_period VALUES (7, NULL, NULL, NULL, FALSE);
INSERT INTO meal_period VALUES (8, NULL, NULL, NULL, FALSE);

CREATE TABLE card_type (
  id                         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name                       VARCHAR(50)  NOT NULL,
  discount_percent           INT          NOT NULL,
  per_transaction_max_fen    BIGINT       NOT NULL,
  valid_days                 INT          NOT NULL,
  min_balance_fen            BIGINT       NOT NULL,
  max_balance_fen            BIGINT       NOT NULL,
  deduction_order            VARCHAR(24)  NOT NULL,
  per_meal_count_limit       INT          NOT NULL,
  per_meal_amount_limit_fen  BIGINT       NOT NULL,
  per_day_count_limit        INT          NOT NULL,
  per_day_amount_limit_fen   BIGINT       NOT NULL,
  meal_period_mask           INT          NOT NULL,
  all_terminals              BOOLEAN      NOT NULL,
  created_at                 DATETIME(6)  NOT NULL,
  CONSTRAINT uk_card_type_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE card_type_terminal (
  card_type_id  BIGINT NOT NULL,
  terminal_no   INT    NOT NULL,
  PRIMARY KEY (card_type_id, terminal_no),
  CONSTRAINT fk_card_type_terminal_type FOREIGN KEY (card_type_id) REFERENCES card_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO card_type (name, discount_percent, per_transaction_max_fen, valid_days, min_balance_fen, max_balance_fen,
  deduction_order, per_meal_count_limit, per_meal_amount_limit_fen, per_day_count_limit, per_day_amount_limit_fen,
  meal_period_mask, all_terminals, created_at)
VALUES ('普通卡', 100, 0, 0, 0, 0, 'SUBSIDY_THEN_CASH', 0, 0, 0, 0, 255, TRUE, CURRENT_TIMESTAMP);

ALTER TABLE card ADD card_type_id BIGINT NULL;

INSERT INTO role_permission (role_id, permission) SELECT id, 'settings:read' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'settings:manage' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'settings:read' FROM role WHERE code = 'FINANCE';
INSERT INTO role_permission (role_id, permission) SELECT id, 'settings:read' FROM role WHERE code = 'CASHIER';

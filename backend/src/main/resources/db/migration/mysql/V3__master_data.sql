-- Master data (MySQL / MariaDB): employee-number rules, groups and their online transaction
-- rules, the person register's extra fields, merchants and outlets, and the permissions
-- that guard them. New NOT NULL columns carry defaults so rows written before keep working.

-- One row (id = 1): the employee-number rules every new person is checked against.
CREATE TABLE people_setting (
  id                   INT          NOT NULL PRIMARY KEY,
  employee_no_length   INT          NOT NULL,
  employee_no_auto     BOOLEAN      NOT NULL,
  employee_no_letters  BOOLEAN      NOT NULL,
  updated_at           DATETIME(6)  NULL,
  CONSTRAINT ck_people_setting_single CHECK (id = 1),
  CONSTRAINT ck_people_setting_length CHECK (employee_no_length BETWEEN 0 AND 32)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO people_setting (id, employee_no_length, employee_no_auto, employee_no_letters) VALUES (1, 0, FALSE, FALSE);

CREATE TABLE person_group (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(50)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uk_person_group_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Online transaction rules (联机交易规则) per group and time window; 0 in a limit means none.
CREATE TABLE group_rule (
  id                         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  group_id                   BIGINT       NOT NULL,
  window_start               TIME         NOT NULL,
  window_end                 TIME         NOT NULL,
  count_limit                INT          NOT NULL,
  per_transaction_limit_fen  BIGINT       NOT NULL,
  daily_limit_fen            BIGINT       NOT NULL,
  discount_percent           INT          NOT NULL,
  created_at                 DATETIME(6)  NOT NULL,
  CONSTRAINT fk_group_rule_group FOREIGN KEY (group_id) REFERENCES person_group (id),
  CONSTRAINT ck_group_rule_window CHECK (window_start < window_end),
  CONSTRAINT ck_group_rule_discount CHECK (discount_percent BETWEEN 1 AND 100),
  CONSTRAINT ck_group_rule_limits CHECK (count_limit >= 0 AND per_transaction_limit_fen >= 0 AND daily_limit_fen >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- employee_no_num is the number's value when it is all digits (at most 18), so the next
-- automatic number is one portable MAX() away.
ALTER TABLE person ADD COLUMN employee_no_num BIGINT NULL;
ALTER TABLE person ADD COLUMN group_id BIGINT NULL;
ALTER TABLE person ADD COLUMN card_type_id BIGINT NULL;
ALTER TABLE person ADD COLUMN id_number VARCHAR(18) NULL;
ALTER TABLE person ADD COLUMN gender VARCHAR(8) NULL;
ALTER TABLE person ADD COLUMN resigned_on DATE NULL;
ALTER TABLE person ADD CONSTRAINT fk_person_group FOREIGN KEY (group_id) REFERENCES person_group (id);
CREATE INDEX ix_person_employee_no_num ON person (employee_no_num);
CREATE INDEX ix_person_status_name ON person (status, name);
UPDATE person SET employee_no_num = CAST(employee_no AS UNSIGNED) WHERE employee_no REGEXP '^[0-9]{1,18}$';

ALTER TABLE merchant ADD COLUMN contact_name VARCHAR(50) NULL;
ALTER TABLE merchant ADD COLUMN phone VARCHAR(32) NULL;
ALTER TABLE merchant ADD CONSTRAINT uk_merchant_name UNIQUE (name);

ALTER TABLE outlet ADD COLUMN kind VARCHAR(16) DEFAULT 'CANTEEN' NOT NULL;
ALTER TABLE outlet ADD CONSTRAINT uk_outlet_merchant_name UNIQUE (merchant_id, name);
ALTER TABLE outlet ADD CONSTRAINT ck_outlet_kind CHECK (kind IN ('CANTEEN', 'SHOP', 'OTHER'));

-- Permissions (org.onecard.identity.Permissions): administrators manage, the others read.
INSERT INTO role_permission (role_id, permission) SELECT id, 'people:read' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'people:manage' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'merchant:read' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'merchant:manage' FROM role WHERE code = 'ADMIN';

INSERT INTO role_permission (role_id, permission) SELECT id, 'people:read' FROM role WHERE code = 'FINANCE';
INSERT INTO role_permission (role_id, permission) SELECT id, 'merchant:read' FROM role WHERE code = 'FINANCE';

INSERT INTO role_permission (role_id, permission) SELECT id, 'people:read' FROM role WHERE code = 'CASHIER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'merchant:read' FROM role WHERE code = 'CASHIER';

-- Gas stations' fleet companies and vehicles (MySQL / MariaDB), DOMAIN §2.
-- A fleet company's code is fixed once created (the application refuses a change).
CREATE TABLE fleet_company (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code          VARCHAR(16)   NOT NULL,
  name          VARCHAR(100)  NOT NULL,
  contact_name  VARCHAR(50)   NULL,
  phone         VARCHAR(32)   NULL,
  address       VARCHAR(200)  NULL,
  state         VARCHAR(8)    NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  CONSTRAINT uk_fleet_company_code UNIQUE (code),
  CONSTRAINT ck_fleet_company_state CHECK (state IN ('ACTIVE', 'DISABLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A vehicle, by its normalised plate. The cylinder inspection due date changes only through its own
-- audited act, which leaves a row in vehicle_cylinder_change.
CREATE TABLE vehicle (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plate            VARCHAR(10)   NOT NULL,
  driver_name      VARCHAR(50)   NULL,
  driver_id_no     CHAR(18)      NULL,
  phone            VARCHAR(32)   NULL,
  owner_name       VARCHAR(100)  NULL,
  vehicle_type     VARCHAR(32)   NULL,
  fleet_id         BIGINT        NULL,
  cylinder_due_on  DATE          NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  CONSTRAINT uk_vehicle_plate UNIQUE (plate),
  CONSTRAINT fk_vehicle_fleet FOREIGN KEY (fleet_id) REFERENCES fleet_company (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_vehicle_fleet ON vehicle (fleet_id);

CREATE TABLE vehicle_cylinder_change (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  vehicle_id     BIGINT        NOT NULL,
  old_due_on     DATE          NOT NULL,
  new_due_on     DATE          NOT NULL,
  note           VARCHAR(200)  NOT NULL,
  operator_id    BIGINT        NOT NULL,
  operator_name  VARCHAR(100)  NOT NULL,
  changed_at     DATETIME(6)   NOT NULL,
  CONSTRAINT fk_vehicle_cylinder_change_vehicle FOREIGN KEY (vehicle_id) REFERENCES vehicle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_vehicle_cylinder_change_vehicle ON vehicle_cylinder_change (vehicle_id, id);

-- A card serves at most one vehicle: a nullable column read with the card in the same statement
-- (a join on the vehicle's key), so the terminal's authorisation pays no extra round trip.
ALTER TABLE card ADD vehicle_id BIGINT NULL;
ALTER TABLE card ADD CONSTRAINT fk_card_vehicle FOREIGN KEY (vehicle_id) REFERENCES vehicle (id);
CREATE INDEX ix_card_vehicle ON card (vehicle_id);

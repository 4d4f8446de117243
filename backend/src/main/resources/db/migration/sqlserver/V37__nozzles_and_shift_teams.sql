-- Dispensers' nozzles and the station's shift teams (SQL Server), DOMAIN §2 and issue 7.

-- A dispenser terminal's nozzles (油枪), numbered 1-99 on that terminal. A nozzle is disabled, never
-- deleted, once it has shifts. open_shift_id is the shift now on it (NULL: nobody is on shift); a
-- hand-over changes it with one conditional statement, so two hand-overs of one nozzle queue here.
CREATE TABLE nozzle (
  id             BIGINT        NOT NULL IDENTITY(1,1) PRIMARY KEY,
  terminal_id    BIGINT        NOT NULL,
  nozzle_no      INT           NOT NULL,
  product_name   NVARCHAR(50)  NOT NULL,
  enabled        BIT           NOT NULL,
  open_shift_id  BIGINT        NULL,
  created_at     DATETIME2(6)   NOT NULL,
  CONSTRAINT uk_nozzle_no UNIQUE (terminal_id, nozzle_no),
  CONSTRAINT fk_nozzle_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id) ON DELETE CASCADE,
  CONSTRAINT ck_nozzle_no CHECK (nozzle_no BETWEEN 1 AND 99)
);

-- A shift team (班组) of a station (outlet); its members are staff cards of kind SHIFT, each in one team.
CREATE TABLE shift_team (
  id          BIGINT        NOT NULL IDENTITY(1,1) PRIMARY KEY,
  code        VARCHAR(16)   NOT NULL,
  name        NVARCHAR(100) NOT NULL,
  outlet_id   BIGINT        NOT NULL,
  created_at  DATETIME2(6)   NOT NULL,
  CONSTRAINT uk_shift_team_code UNIQUE (code),
  CONSTRAINT fk_shift_team_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id)
);

CREATE TABLE shift_team_member (
  team_id    BIGINT       NOT NULL,
  card_id    BIGINT       NOT NULL,
  added_at   DATETIME2(6)  NOT NULL,
  PRIMARY KEY (team_id, card_id),
  CONSTRAINT uk_shift_team_member_card UNIQUE (card_id),
  CONSTRAINT fk_shift_team_member_team FOREIGN KEY (team_id) REFERENCES shift_team (id) ON DELETE CASCADE,
  CONSTRAINT fk_shift_team_member_card FOREIGN KEY (card_id) REFERENCES card (id)
);

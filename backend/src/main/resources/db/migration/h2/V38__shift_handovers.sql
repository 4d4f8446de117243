-- Shift hand-overs (交接班) at dispensers (H2), issue 7.

-- One hand-over: the outgoing staff card ends its shifts on the terminal's nozzles and the incoming
-- one starts new ones, with each nozzle's totaliser readings. request_key is the sender's key
-- (terminal code + trace + date at the terminal, or the admin's Idempotency-Key); fingerprint is a
-- hash of the content, so a retry answers the first hand-over and other content under the key is refused.
CREATE TABLE shift_handover (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_key       VARCHAR(120)  NOT NULL,
  fingerprint       CHAR(64)      NOT NULL,
  terminal_id       BIGINT        NOT NULL,
  outgoing_card_id  BIGINT        NULL,
  incoming_card_id  BIGINT        NULL,
  source            VARCHAR(8)    NOT NULL,
  recorded_by       VARCHAR(100)  NULL,
  occurred_at       DATETIME(6)   NOT NULL,
  recorded_at       DATETIME(6)   NOT NULL,
  CONSTRAINT uk_shift_handover_key UNIQUE (request_key),
  CONSTRAINT fk_shift_handover_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id),
  CONSTRAINT ck_shift_handover_source CHECK (source IN ('TERMINAL', 'ADMIN'))
);
CREATE INDEX ix_shift_handover_terminal ON shift_handover (terminal_id, occurred_at);

-- A shift of one staff card on one nozzle, from the hand-over that started it to the one that ended
-- it (end_* NULL while open). Volumes are the totaliser's, in hundredths of the product's unit (as
-- fuel_sale.volume); amounts in fen. prev_end_* are the previous shift's end readings on the nozzle
-- when they differ from this start: the mismatch is kept as read and flagged, never corrected.
CREATE TABLE nozzle_shift (
  id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  nozzle_id             BIGINT        NOT NULL,
  terminal_id           BIGINT        NOT NULL,
  outlet_id             BIGINT        NOT NULL,
  nozzle_no             INT           NOT NULL,
  card_id               BIGINT        NOT NULL,
  team_id               BIGINT        NOT NULL,
  start_handover_id     BIGINT        NOT NULL,
  started_at            DATETIME(6)   NOT NULL,
  start_volume          BIGINT        NOT NULL,
  start_amount_fen      BIGINT        NOT NULL,
  start_mismatch        BOOLEAN       NOT NULL,
  prev_end_volume       BIGINT        NULL,
  prev_end_amount_fen   BIGINT        NULL,
  end_handover_id       BIGINT        NULL,
  ended_at              DATETIME(6)   NULL,
  end_volume            BIGINT        NULL,
  end_amount_fen        BIGINT        NULL,
  CONSTRAINT fk_nozzle_shift_nozzle FOREIGN KEY (nozzle_id) REFERENCES nozzle (id),
  CONSTRAINT fk_nozzle_shift_start FOREIGN KEY (start_handover_id) REFERENCES shift_handover (id),
  CONSTRAINT fk_nozzle_shift_end FOREIGN KEY (end_handover_id) REFERENCES shift_handover (id),
  CONSTRAINT ck_nozzle_shift_readings CHECK (start_volume >= 0 AND start_amount_fen >= 0)
);
CREATE INDEX ix_nozzle_shift_nozzle ON nozzle_shift (nozzle_id, id);
CREATE INDEX ix_nozzle_shift_outlet ON nozzle_shift (outlet_id, started_at);

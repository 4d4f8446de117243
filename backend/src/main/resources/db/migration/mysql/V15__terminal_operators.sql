-- Terminal-side people and acts (MySQL / MariaDB); openapi/terminal-protocol.md §2.8.

-- A terminal's operators (收银员), as a bank POS has them: number 00 is the terminal's supervisor
-- (主管, whose password voids a sale), 01-99 sign on to sell. Passwords are BCrypt; three wrong
-- ones in a row lock the operator until the card centre resets the password.
CREATE TABLE terminal_operator (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  terminal_id      BIGINT        NOT NULL,
  operator_no      VARCHAR(2)    NOT NULL,
  name             VARCHAR(50)   NOT NULL,
  password_hash    VARCHAR(100)  NOT NULL,
  failed_attempts  INT           NOT NULL,
  enabled          BOOLEAN       NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  CONSTRAINT uk_terminal_operator_no UNIQUE (terminal_id, operator_no),
  CONSTRAINT fk_terminal_operator_terminal FOREIGN KEY (terminal_id) REFERENCES terminal (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The operator signed on at the terminal when the sale was made (NULL: none was); no foreign key,
-- so deleting an operator keeps the sales they made.
ALTER TABLE consumption ADD COLUMN terminal_operator_id BIGINT NULL;
-- A correction at the terminal looks for the card's last consumption on that terminal.
CREATE INDEX ix_consumption_card_terminal ON consumption (card_id, terminal_no, posting_id);

-- Card types may ask for the cardholder's PIN at POS; existing types do not.
ALTER TABLE card_type ADD COLUMN pin_required BOOLEAN NOT NULL DEFAULT FALSE;
-- The cardholder's PIN, BCrypt; NULL = never set (a card of a type requiring one cannot pay).
ALTER TABLE card ADD COLUMN pin_hash VARCHAR(100) NULL;

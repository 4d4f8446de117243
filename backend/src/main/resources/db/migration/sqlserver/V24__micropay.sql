-- Scan-to-pay with a WeChat / Alipay payment code at a terminal (micropay), SQL Server.
-- Such a sale has no cardholder: its payment order and its consumption row name no person.
-- terminal_key is the terminal request's idempotency key (term:<terminal>:<trace>:<date>): one
-- gateway order per terminal request, so a repeated frame never charges the payer twice.
-- A refund started by a terminal's reversal has no card-centre operator.
-- SQL Server will not change a column that a constraint or index covers: drop, alter, recreate.
ALTER TABLE payment_order DROP CONSTRAINT uq_payment_order_client;
ALTER TABLE payment_order ALTER COLUMN person_id BIGINT NULL;
ALTER TABLE payment_order ADD CONSTRAINT uq_payment_order_client UNIQUE (person_id, client_key);
ALTER TABLE payment_order ADD terminal_key VARCHAR(100) NULL;
-- a unique index holds one NULL only in SQL Server: filter to the rows that have a key
CREATE UNIQUE INDEX uq_payment_order_terminal ON payment_order (terminal_key) WHERE terminal_key IS NOT NULL;
ALTER TABLE payment_refund ALTER COLUMN operator_id BIGINT NULL;
ALTER TABLE consumption DROP CONSTRAINT fk_consumption_person;
DROP INDEX ix_consumption_person ON consumption;
ALTER TABLE consumption ALTER COLUMN person_id BIGINT NULL;
ALTER TABLE consumption ADD CONSTRAINT fk_consumption_person FOREIGN KEY (person_id) REFERENCES person (id);
CREATE INDEX ix_consumption_person ON consumption (person_id, occurred_at);

-- Scan-to-pay with a WeChat / Alipay payment code at a terminal (micropay), H2.
-- Such a sale has no cardholder: its payment order and its consumption row name no person.
-- terminal_key is the terminal request's idempotency key (term:<terminal>:<trace>:<date>): one
-- gateway order per terminal request, so a repeated frame never charges the payer twice.
-- A refund started by a terminal's reversal has no card-centre operator.
ALTER TABLE payment_order ALTER COLUMN person_id SET NULL;
ALTER TABLE payment_order ADD COLUMN terminal_key VARCHAR(100) NULL;
CREATE UNIQUE INDEX uq_payment_order_terminal ON payment_order (terminal_key);
ALTER TABLE payment_refund ALTER COLUMN operator_id SET NULL;
ALTER TABLE consumption ALTER COLUMN person_id SET NULL;

-- Each transfer carries its posting's accounting date (written with it by the ledger, checked by
-- `verify`), so the monthly statement and period closing sum a wallet's transfers by date from the
-- account indexes alone instead of looking up the posting of every transfer (the statement's main cost
-- at 2,000,000 transfers). The account indexes of V29 carry the date in the place of the posting id,
-- which no read of them needs any more; the (credit|debit)_account_id, id prefix stays for reads of one
-- account's transfers in order and for the foreign keys.
ALTER TABLE ledger_transfer ADD COLUMN accounting_date DATE NULL;
UPDATE ledger_transfer SET accounting_date =
  (SELECT p.accounting_date FROM ledger_posting p WHERE p.id = ledger_transfer.posting_id);
ALTER TABLE ledger_transfer MODIFY accounting_date DATE NOT NULL;
CREATE INDEX ix_rpt_transfer_credit_day ON ledger_transfer (credit_account_id, id, accounting_date, code, amount);
DROP INDEX ix_rpt_transfer_credit ON ledger_transfer;
CREATE INDEX ix_rpt_transfer_debit_day ON ledger_transfer (debit_account_id, id, accounting_date, code, amount);
DROP INDEX ix_rpt_transfer_debit ON ledger_transfer;

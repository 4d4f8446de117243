-- The account indexes of V33 lead with the account and the accounting date (the transfer id follows in
-- every secondary index anyway), so a read of an account's transfers over a range of days seeks to the
-- range instead of reading the account's whole history: the merchant reconciliation reads one day of an
-- outlet's revenue, and the monthly statement after a closed month reads only the open months. No read
-- needs an account's transfers in id order but a cardholder's history, whose wallets are small. The
-- posting id makes the index cover the reconciliation, which nets each posting's transfers: without it
-- every transfer of the day was a look-up in the table.
CREATE INDEX ix_rpt_transfer_credit_date ON ledger_transfer (credit_account_id, accounting_date, code, amount, posting_id);
DROP INDEX ix_rpt_transfer_credit_day ON ledger_transfer;
CREATE INDEX ix_rpt_transfer_debit_date ON ledger_transfer (debit_account_id, accounting_date, code, amount, posting_id);
DROP INDEX ix_rpt_transfer_debit_day ON ledger_transfer;

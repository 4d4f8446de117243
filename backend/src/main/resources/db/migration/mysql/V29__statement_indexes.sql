-- The monthly statement and period closing (org.onecard.reports.statement, reports.period) read every
-- wallet's transfers by account. The account indexes of V1 are replaced by ones that also carry what
-- those reads need (posting, code, amount), so they no longer fetch each transfer's row: the same number
-- of indexes on ledger_transfer, so a posting writes no more of them. The (credit|debit)_account_id, id
-- prefix is kept for the reads of one account's transfers in order and for the foreign keys.
CREATE INDEX ix_rpt_transfer_credit ON ledger_transfer (credit_account_id, id, posting_id, code, amount);
DROP INDEX ix_ledger_transfer_credit ON ledger_transfer;
CREATE INDEX ix_rpt_transfer_debit ON ledger_transfer (debit_account_id, id, posting_id, code, amount);
DROP INDEX ix_ledger_transfer_debit ON ledger_transfer;

-- V27 and V28 both indexed ledger_posting (accounting_date); ix_rpt_posting_day stays. In the place of
-- the duplicate: the first month with postings (closing a first month) is then one index look-up, not a
-- scan of every posting.
DROP INDEX ix_ledger_posting_accounting_date ON ledger_posting;
CREATE INDEX ix_rpt_posting_status_day ON ledger_posting (status, accounting_date);

-- Indexes the reports read by (org.onecard.reports). Names carry "rpt" so they cannot clash with
-- indexes other capabilities add on the same tables.

-- Daily consumption summary: every outlet's consumptions of a date range, grouped by outlet and
-- meal (ix_consumption_outlet leads with the outlet, so it cannot serve "all outlets").
CREATE INDEX ix_rpt_consumption_day ON consumption (accounting_date, outlet_id, meal_period_id);

-- A correction counts on its own accounting date: from the correction's posting to what it corrected.
CREATE INDEX ix_rpt_consumption_correction ON consumption (correction_posting_id);

-- Postings of a date range (corrections, recharges by channel, terminal debit/credit).
CREATE INDEX ix_rpt_posting_day ON ledger_posting (accounting_date);

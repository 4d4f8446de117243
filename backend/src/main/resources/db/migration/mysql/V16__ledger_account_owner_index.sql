-- Accounts by owner (a person's wallets, read on every terminal purchase and card view): the
-- unique key (kind, owner_type, owner_id) cannot serve a lookup without the kind, which scanned
-- every account (measured by make bench: ~40,000 index entries read per purchase at 20,000 cards).
CREATE INDEX ix_ledger_account_by_owner ON ledger_account (owner_type, owner_id);

-- A password the card centre set (first or reset) must be replaced by the cardholder's own before the
-- mobile page shows anything else; the cardholder's own choice clears it.
ALTER TABLE cardholder_credential ADD must_change BOOLEAN NOT NULL DEFAULT FALSE;

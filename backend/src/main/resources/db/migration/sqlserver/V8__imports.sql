-- Excel imports (SQL Server).

-- The last import version taken per person and kind of money import (DOMAIN §7): a row is
-- taken only when its version is greater, so the same file uploaded twice moves no money.
-- Written in the same transaction as the postings of the file.
CREATE TABLE import_version (
  person_id     BIGINT       NOT NULL,
  kind          NVARCHAR(16)  NOT NULL,
  last_version  BIGINT       NOT NULL,
  updated_at    DATETIME2(6)  NOT NULL,
  PRIMARY KEY (person_id, kind),
  CONSTRAINT fk_import_version_person FOREIGN KEY (person_id) REFERENCES person (id)
);

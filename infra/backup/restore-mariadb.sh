#!/usr/bin/env bash
# Restores a backup-mariadb.sh dump into DB_NAME, then proves the books with the ledger's verify.
#   make restore DB=mariadb FILE=/var/backups/onecard/onecard-20261122-030000.sql.gz [FORCE=1]
# Refuses (exit 2) when DB_NAME already has tables, unless FORCE=1: then the current contents are
# dumped to BACKUP_DIR first (…-before-restore-….sql.gz) and the database is dropped and recreated.
# Stop the servers first: a server writing while the database is replaced loses those writes.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

FILE="${1:-${FILE:-}}"
[ -n "$FILE" ] || EXIT_CODE=2 die "usage: restore-mariadb.sh FILE (a .sql.gz or .sql written by backup-mariadb.sh)"
[ -r "$FILE" ] || EXIT_CODE=2 die "cannot read $FILE"
read_backup() { case "$FILE" in *.gz) gzip -dc "$FILE" ;; *) cat "$FILE" ;; esac; }
read_backup | tail -n 1 | grep -q '^-- Dump completed' || EXIT_CODE=2 die "$FILE is not a complete dump"

tables="$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")"
if [ "$tables" -gt 0 ]; then
  [ "${FORCE:-0}" = 1 ] || EXIT_CODE=2 die "database $DB_NAME has $tables tables; refusing to overwrite it (FORCE=1 replaces it, keeping a dump of it first)"
  mkdir -p "$BACKUP_DIR"
  before="$BACKUP_DIR/${DB_NAME}-before-restore-$(stamp).sql.gz"
  PARTIAL="$before"
  dump --single-transaction --quick --routines --triggers --events --hex-blob "$DB_NAME" | gzip -6 > "$before"
  PARTIAL=
  echo "current contents kept in $before"
  sql -e "DROP DATABASE \`$DB_NAME\`"
fi
sql -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
echo "restoring $FILE into $DB_NAME"
read_backup | sql "$DB_NAME"
echo "restored: $(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'") tables"
verify_books --spring.profiles.active=mariadb

#!/usr/bin/env bash
# Backup round trip on MariaDB through the real scripts: a throwaway database with the demo data
# and real money movements; backup-mariadb.sh; DROP DATABASE; restore-mariadb.sh (which runs the
# jar's verify); then every account's balance and every table's row count must be what they were.
# Also: restore refuses a non-empty database, and FORCE=1 replaces it keeping a dump of it first.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
export DB_HOST=127.0.0.1 DB_PORT=3306 DB_USER=onecard_test DB_PASSWORD=onecard_test
export DB_NAME="onecard_t_backup_$(date +%s)_$$"
work="$(mktemp -d)"
export BACKUP_DIR="$work/backups"
q() { MYSQL_PWD="$DB_PASSWORD" mysql --default-character-set=utf8mb4 --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" -N -B "$@"; }
cleanup() { stop_server; q -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" || true; rm -rf "$work"; }
trap cleanup EXIT

q -e "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
echo "== server on $DB_NAME with the demo data"
start_server "$work/server.log" --spring.profiles.active=mariadb,demo
money_activity
# a name outside the basic plane (4-byte UTF-8) must survive the dump's character set
q "$DB_NAME" -e "UPDATE person SET name = '𠮷野家 张三' WHERE id = 1"
stop_server

snapshot() {
  q "$DB_NAME" -e "$BALANCES_SQL" > "$1.balances"
  q -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$DB_NAME' ORDER BY table_name" |
    while read -r t; do echo "$t $(q "$DB_NAME" -e "SELECT COUNT(*) FROM \`$t\`")"; done > "$1.rows"
  q "$DB_NAME" -e "SELECT name FROM person WHERE id = 1" > "$1.name"
}
snapshot "$work/before"

echo "== backup, drop, restore"
bash "$ROOT/infra/backup/backup-mariadb.sh"
backup="$(ls "$BACKUP_DIR"/"$DB_NAME"-*.sql.gz)"
q -e "DROP DATABASE \`$DB_NAME\`"
bash "$ROOT/infra/backup/restore-mariadb.sh" "$backup"
snapshot "$work/after"
same_or_fail "balances" "$work/before.balances" "$work/after.balances"
same_or_fail "row counts" "$work/before.rows" "$work/after.rows"
same_or_fail "a 4-byte name" "$work/before.name" "$work/after.name"

echo "== restore over the restored database: refused without FORCE, replaced with FORCE=1"
set +e; bash "$ROOT/infra/backup/restore-mariadb.sh" "$backup" > "$work/refused" 2>&1; status=$?; set -e
[ "$status" = 2 ] && grep -q 'refusing to overwrite' "$work/refused" || { cat "$work/refused"; echo "FAIL: restore over a non-empty database was not refused (exit $status)"; exit 1; }
# a row written after the backup: FORCE=1 keeps it in the dump it takes first, and the restore drops it
q "$DB_NAME" -e "INSERT INTO app_setting (name, setting_value, updated_at) VALUES ('backup_test_marker', 'x', NOW(6))"
FORCE=1 VERIFY=0 bash "$ROOT/infra/backup/restore-mariadb.sh" "$backup"
# (grep without -q reads to the end: an early exit would fail gzip with SIGPIPE under pipefail)
gzip -dc "$BACKUP_DIR"/"$DB_NAME"-before-restore-*.sql.gz | grep backup_test_marker >/dev/null ||
  { echo "FAIL: FORCE=1 did not keep the replaced contents"; exit 1; }
snapshot "$work/forced"
same_or_fail "balances (FORCE=1)" "$work/before.balances" "$work/forced.balances"
same_or_fail "row counts (FORCE=1)" "$work/before.rows" "$work/forced.rows"

accounts=$(wc -l < "$work/before.balances"); tables=$(wc -l < "$work/before.rows")
rows=$(awk '{s += $2} END {print s}' "$work/before.rows")
transfers=$(awk '$1 == "ledger_transfer" {print $2}' "$work/before.rows")
echo "backup round trip (MariaDB): $accounts accounts with identical balances, $tables tables / $rows rows identical ($transfers transfers), verify clean"

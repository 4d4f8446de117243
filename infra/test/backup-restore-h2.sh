#!/usr/bin/env bash
# Backup round trip on the embedded H2 file of `make run`, through the real scripts: the server on
# a throwaway data dir with the demo data and real money movements; backup-h2.sh refused while the
# server holds the file, then taken once it stopped; the data dir wiped; restore-h2.sh (which runs
# the jar's verify); then every account's balance and every table's exact row count compared.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
work="$(mktemp -d)"
export DATA_DIR="$work/data" BACKUP_DIR="$work/backups"
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT

h2() {
  java -cp "$JAR" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
    -url "jdbc:h2:file:$DATA_DIR/onecard;IFEXISTS=TRUE" -user sa -sql "$1" | grep -v ' ms)$'
}

echo "== server on H2 in $DATA_DIR with the demo data"
start_server "$work/server.log" --onecard.data-dir="$DATA_DIR" --spring.profiles.active=default,demo
money_activity
if bash "$ROOT/infra/backup/backup-h2.sh" > "$work/refused" 2>&1 || ! grep -q 'still running' "$work/refused"; then
  cat "$work/refused"; echo "FAIL: an H2 backup was taken (or failed unexplained) while the server held the file"; exit 1
fi
stop_server

bash "$ROOT/infra/backup/backup-h2.sh"
backup="$(ls "$BACKUP_DIR"/onecard-h2-*.sql.gz)"
# every table the backup holds, counted exactly (the script's own counts are estimates)
counts="$(gzip -dc "$backup" | sed -n 's/^-- [0-9]* +\/- SELECT COUNT(\*) FROM PUBLIC\.\([^;]*\);.*/\1/p' |
  while read -r t; do echo "SELECT '$t' AS table_name, COUNT(*) AS row_count FROM PUBLIC.\"$t\""; done |
  awk 'NR > 1 {printf " UNION ALL "} {printf "%s", $0}')"
snapshot() {
  h2 "$BALANCES_SQL" > "$1.balances"
  h2 "$counts ORDER BY table_name; SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1" > "$1.rows"
}
snapshot "$work/before"

echo "== wipe $DATA_DIR, restore"
rm -rf "$DATA_DIR"
bash "$ROOT/infra/backup/restore-h2.sh" "$backup"
snapshot "$work/after"
same_or_fail "balances" "$work/before.balances" "$work/after.balances"
same_or_fail "row counts" "$work/before.rows" "$work/after.rows"

set +e; bash "$ROOT/infra/backup/restore-h2.sh" "$backup" > "$work/refused" 2>&1; status=$?; set -e
[ "$status" = 2 ] && grep -q 'refusing to overwrite' "$work/refused" || { cat "$work/refused"; echo "FAIL: restore over an existing H2 database was not refused (exit $status)"; exit 1; }

accounts=$(($(wc -l < "$work/before.balances") - 1))
tables=$(grep -c ' | ' "$work/before.rows" || true)
rows=$(awk -F' \\| ' 'NF == 2 && $2 ~ /^[0-9]+$/ {s += $2} END {print s}' "$work/before.rows")
echo "backup round trip (H2): $accounts accounts with identical balances, $((tables - 1)) tables / $rows rows identical, verify clean"

#!/usr/bin/env bash
# infra/mariadb/onecard.cnf on a real MariaDB: a private server of this test's own (a throwaway data
# directory, Unix socket only, no TCP port) started with the file, then asked what it runs with —
# a misspelt setting is ignored by MariaDB, so only the running values prove the file. Then a
# backup-mariadb.sh dump as a user with only the application's privileges must carry the binary
# log position (the starting point of point-in-time recovery) that the file's binlog makes possible.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# the production file, with only the place (and a small buffer pool) made private to this test
cnf="$work/my.cnf"
{
  cat "$ROOT/infra/mariadb/onecard.cnf"
  printf '[mysqld]\ndatadir=%s\nsocket=%s\npid-file=%s\nskip-networking\nuser=%s\n' \
    "$work/data" "$work/mysqld.sock" "$work/mysqld.pid" "$(id -un)"
  printf 'innodb_buffer_pool_size=64M\ninnodb_log_file_size=48M\nlog_error=%s\n' "$work/error.log"
} > "$cnf"
mariadb-install-db --defaults-file="$cnf" --auth-root-authentication-method=normal >/dev/null 2>"$work/install.log" ||
  { cat "$work/install.log"; exit 1; }
/usr/sbin/mariadbd --defaults-file="$cnf" 2>>"$work/error.log" &
pid=$!
for _ in $(seq 1 120); do
  mysqladmin --socket="$work/mysqld.sock" -uroot ping >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/error.log"; echo "MariaDB did not start with onecard.cnf"; exit 1; }
  sleep 0.5
done
root() { mysql --socket="$work/mysqld.sock" --default-character-set=utf8mb4 -uroot -N -B "$@"; }

expect() {
  local actual; actual="$(root -e "SELECT @@$1")"
  [ "$actual" = "$2" ] || { echo "FAIL: onecard.cnf runs with $1=$actual, not $2"; exit 1; }
}
expect innodb_flush_log_at_trx_commit 1
expect sync_binlog 1
expect log_bin 1
expect binlog_format ROW
expect character_set_server utf8mb4
expect collation_server utf8mb4_unicode_ci
expect time_zone +00:00
expect innodb_doublewrite 1
expect binlog_expire_logs_seconds 1296000

# the application's user, as infra/dev/mariadb.sh app and the compose file create it
root <<'SQL'
CREATE DATABASE onecard CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'onecard'@'localhost' IDENTIFIED BY 'onecard';
GRANT ALL PRIVILEGES ON onecard.* TO 'onecard'@'localhost';
CREATE TABLE onecard.t (id BIGINT PRIMARY KEY, name VARCHAR(20)) ENGINE=InnoDB;
INSERT INTO onecard.t VALUES (1, '𠮷');
SQL
DB_SOCKET="$work/mysqld.sock" DB_NAME=onecard DB_USER=onecard DB_PASSWORD=onecard BACKUP_DIR="$work/backups" \
  bash "$ROOT/infra/backup/backup-mariadb.sh" >/dev/null
dump="$(ls "$work"/backups/onecard-*.sql.gz)"
position="$(gzip -dc "$dump" | grep -m1 -- "-- CHANGE MASTER TO MASTER_LOG_FILE='mariadb-bin" || true)"
[ -n "$position" ] || { echo "FAIL: the backup does not record the binlog position"; exit 1; }
echo "onecard.cnf: durable settings in force on MariaDB $(root -e 'SELECT VERSION()'); backup as the app user records ${position#-- }"

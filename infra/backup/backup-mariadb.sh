#!/usr/bin/env bash
# Consistent online backup of the OneCard MariaDB/MySQL database; keeps the last KEEP_DAYS days.
#   make backup DB=mariadb      (or DB_NAME=... BACKUP_DIR=... infra/backup/backup-mariadb.sh)
# Daily: infra/systemd/onecard-backup.timer, or cron: 0 3 * * *  /opt/onecard/infra/backup/backup-mariadb.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

mkdir -p "$BACKUP_DIR"
file="$BACKUP_DIR/${DB_NAME}-$(stamp).sql.gz"
PARTIAL="$file.part"
options=(--single-transaction --quick --routines --triggers --events --hex-blob --skip-dump-date)
# With the binary log on (infra/mariadb/onecard.cnf), the dump records its binlog position as a
# comment, the starting point of a point-in-time recovery (needs RELOAD and REPLICATION CLIENT).
if [ "$(sql -e 'SELECT @@log_bin')" = 1 ]; then
  options+=(--master-data=2)
fi
# --single-transaction: one consistent InnoDB snapshot without locking terminals out.
dump "${options[@]}" "$DB_NAME" | gzip -6 > "$file.part"
# An interrupted dump lacks mysqldump's closing line: never keep it as a backup.
gzip -dc "$file.part" | tail -n 1 | grep -q '^-- Dump completed' || die "dump of $DB_NAME incomplete: $file.part"
mv "$file.part" "$file"
PARTIAL=
echo "backup written: $file ($(stat -c %s "$file") bytes)"
prune "${DB_NAME}"

#!/usr/bin/env bash
# Consistent online backup of the OneCard database; keeps the last KEEP_DAYS days.
# cron: 0 3 * * *  /opt/onecard/infra/backup/backup-mariadb.sh
set -euo pipefail
DB_NAME="${DB_NAME:-onecard}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/onecard}"
KEEP_DAYS="${KEEP_DAYS:-14}"

mkdir -p "$BACKUP_DIR"
file="$BACKUP_DIR/${DB_NAME}-$(date +%Y%m%d-%H%M%S).sql.gz"
# --single-transaction: a consistent snapshot of InnoDB without locking terminals out.
mysqldump --single-transaction --routines --triggers --hex-blob "$DB_NAME" | gzip -9 > "$file.part"
mv "$file.part" "$file"
find "$BACKUP_DIR" -name "${DB_NAME}-*.sql.gz" -mtime +"$KEEP_DAYS" -delete
echo "backup written: $file"

#!/usr/bin/env bash
# Restores a backup-h2.sh script into DATA_DIR/onecard, then proves the books with verify.
#   make restore FILE=backups/onecard-h2-20261122-030000.sql.gz [FORCE=1]
# Refuses (exit 2) when DATA_DIR already holds a database unless FORCE=1: then its files are moved
# aside (onecard.mv.db.before-restore-…), never deleted. Stop the server first.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

FILE="${1:-${FILE:-}}"
[ -n "$FILE" ] || EXIT_CODE=2 die "usage: restore-h2.sh FILE (a .sql.gz written by backup-h2.sh)"
[ -r "$FILE" ] || EXIT_CODE=2 die "cannot read $FILE"
gzip -t "$FILE" 2>/dev/null || EXIT_CODE=2 die "$FILE is not a gzip'd H2 script"

db="$DATA_DIR/onecard"
if [ -e "$db.mv.db" ]; then
  [ "${FORCE:-0}" = 1 ] || EXIT_CODE=2 die "$db.mv.db exists; refusing to overwrite it (FORCE=1 moves it aside first)"
  suffix="before-restore-$(stamp)"
  for f in "$db".*.db; do mv "$f" "$f.$suffix"; done
  echo "current database moved aside: $db.mv.db.$suffix"
fi
mkdir -p "$DATA_DIR"
echo "restoring $FILE into $db"
jar_main org.h2.tools.RunScript -url "jdbc:h2:file:$db" -user sa -script "$FILE" -options compression gzip
verify_books "--onecard.data-dir=$DATA_DIR"

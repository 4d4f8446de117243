#!/usr/bin/env bash
# Backup of the embedded H2 database (`make run`): a gzip'd SQL script of DATA_DIR/onecard, taken
# with H2's own SCRIPT TO, which reads one consistent state of the file and can be loaded by later
# H2 versions. The server holds the file locked while it runs, so stop it first.
#   make backup                 (DATA_DIR=./data)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[ -f "$DATA_DIR/onecard.mv.db" ] || die "no H2 database at $DATA_DIR/onecard.mv.db"
mkdir -p "$BACKUP_DIR"
file="$BACKUP_DIR/onecard-h2-$(stamp).sql.gz"
PARTIAL="$file"

if ! jar_main org.h2.tools.Script -url "jdbc:h2:file:$DATA_DIR/onecard;IFEXISTS=TRUE" -user sa \
    -script "$file" -options compression gzip; then
  die "H2 backup failed: is the server (make run) still running on $DATA_DIR? Stop it first."
fi
PARTIAL=
echo "backup written: $file ($(stat -c %s "$file") bytes)"
prune onecard-h2

# Shared by the backup and restore scripts (sourced, not run).
# The database is named like the server's own settings: DB_HOST, DB_PORT, DB_NAME, DB_USER,
# DB_PASSWORD (application-mariadb.yml, /etc/onecard/onecard.env); the H2 file lives in DATA_DIR
# (the server's onecard.data-dir; `make run` uses ./data). DB_SOCKET instead of host and port: a
# local server's Unix socket.
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_NAME="${DB_NAME:-onecard}"
DB_USER="${DB_USER:-onecard}"
DB_PASSWORD="${DB_PASSWORD-onecard}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/onecard}"
KEEP_DAYS="${KEEP_DAYS:-14}"
DATA_DIR="${DATA_DIR:-/var/lib/onecard}"
# the verify command reads the same variables (application-mariadb.yml)
export DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD

# The server jar: the one built in this checkout, else the installed one (infra/README.md).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -z "${JAR:-}" ]; then
  JAR="$ROOT/backend/target/onecard-server.jar"
  [ -f "$JAR" ] || JAR=/opt/onecard/onecard-server.jar
fi

die() { echo "$*" >&2; exit "${EXIT_CODE:-1}"; }
[[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ ]] || EXIT_CODE=2 die "DB_NAME must be letters, digits and _: '$DB_NAME'"

# Removed however the script ends: the client option file and a half-written backup.
CLIENT_OPTIONS=
PARTIAL=
trap 'rm -f "$CLIENT_OPTIONS" "$PARTIAL"' EXIT

# The password goes in a mode-600 option file, never on a command line other users can read in ps.
# Written once here, not on first use: a first use inside $(...) would lose the name and the file.
write_client_options() {
  CLIENT_OPTIONS="$(mktemp)"
  chmod 600 "$CLIENT_OPTIONS"
  if [ -n "${DB_SOCKET:-}" ]; then
    printf '[client]\nprotocol=socket\nsocket=%s\n' "$DB_SOCKET"
  else
    printf '[client]\nprotocol=tcp\nhost=%s\nport=%s\n' "$DB_HOST" "$DB_PORT"
  fi > "$CLIENT_OPTIONS"
  local password="${DB_PASSWORD//\\/\\\\}"   # option files unescape \\ and \" inside quotes
  printf 'user=%s\npassword="%s"\ndefault-character-set=utf8mb4\n' "$DB_USER" "${password//\"/\\\"}" >> "$CLIENT_OPTIONS"
}
write_client_options

sql() { mysql --defaults-extra-file="$CLIENT_OPTIONS" -N -B "$@"; }
dump() { mysqldump --defaults-extra-file="$CLIENT_OPTIONS" "$@"; }

# A class of the server jar run through Spring Boot's launcher (the H2 tools ship inside it).
jar_main() {
  local main="$1"; shift
  [ -f "$JAR" ] || die "no server jar at $JAR (make backend builds it; JAR=... names another)"
  java -cp "$JAR" -Dloader.main="$main" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

# The ledger's own check of the books (exit 0 = clean); VERIFY=0 skips it.
verify_books() {
  [ "${VERIFY:-1}" = 0 ] && { echo "verify skipped (VERIFY=0)"; return; }
  [ -f "$JAR" ] || die "no server jar at $JAR to verify with (make backend, or JAR=...)"
  echo "verifying the restored books"
  java -jar "$JAR" verify "$@" || die "verify FAILED on the restored database"
}

# Keeps KEEP_DAYS days of backups named PREFIX-*; runs only after a good backup, so the newest stays.
prune() {
  find "$BACKUP_DIR" -maxdepth 1 -name "$1-*" -type f -mtime +"$KEEP_DAYS" -print -delete \
    | sed 's/^/pruned: /'
}

stamp() { date +%Y%m%d-%H%M%S; }

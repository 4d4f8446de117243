#!/usr/bin/env bash
# Browser tests against the real server: the built jar (with both front ends inside) on a
# throwaway MariaDB database with the demo data, then each front end's e2e suite.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${E2E_PORT:-18080}"
DB_NAME="onecard_t_e2e_$(date +%s)_$$"
LOG="$(mktemp -t onecard-e2e-XXXX.log)"

mysql -uroot -e "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
cleanup() {
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  mysql -uroot -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" || true
  rm -f "${RESULTS:-}"
}
trap cleanup EXIT

make --no-print-directory build

echo "== starting the server for browser tests on port $PORT (log: $LOG)"
# pay codes of 20 s renew after 10 s, so the browser test sees one renew; the server is a centre
# with one registered site, whose link the sites test shows (web-admin/e2e/sites.e2e.ts)
(cd backend && DB_NAME="$DB_NAME" DB_USER=onecard_test DB_PASSWORD=onecard_test PORT="$PORT" ONECARD_TERMINAL_PORT=0 \
  ONECARD_PAY_CODE_TTL=20s \
  exec java -jar target/onecard-server.jar --spring.profiles.active=mariadb,demo \
    --onecard.sites.role=CENTRE --onecard.sites.code=HQ --onecard.sites.sites.E2E=e2e-site-secret-e2e-site-secret-e2e) \
  >"$LOG" 2>&1 &
SERVER_PID=$!

# a loaded machine can take minutes to start the server (Flyway, demo data): wait up to 5 minutes
for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$LOG"; echo "server died"; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { tail -50 "$LOG"; echo "server did not start"; exit 1; }

status=0
RESULTS="$(mktemp -t onecard-e2e-results-XXXX.log)"
for app in web-admin mobile-h5; do
  echo "== browser tests: $app"
  # pipefail: the pipeline fails when the tests do
  if ! (cd "$app" && BASE_URL="http://127.0.0.1:$PORT" npm run test:e2e) 2>&1 | tee -a "$RESULTS"; then status=1; fi
done
if [ "$status" != 0 ]; then
  echo "--- server log (tail)"; tail -40 "$LOG"
  # last, so that a CI page showing only the end of the output still names what failed
  echo "--- failed browser tests"
  sed 's/\x1b\[[0-9;]*m//g' "$RESULTS" | grep -E -A6 'FAIL|✗|×|AssertionError|Error:' | head -60
fi
exit "$status"

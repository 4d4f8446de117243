# Shared by the backup round-trip tests (sourced): the server jar started on ephemeral ports with the
# demo data, some real money movements over HTTP, and a clean stop.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/backend/target/onecard-server.jar"
export JAR
[ -f "$JAR" ] || { echo "no $JAR: make jar builds it"; exit 1; }

SERVER_PID=
stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}

# start_server LOG ARGS...: the jar in the background on free ports; sets HTTP_PORT once it answers.
start_server() {
  local log="$1"; shift
  PORT=0 ONECARD_TERMINAL_PORT=0 java -jar "$JAR" "$@" > "$log" 2>&1 &
  SERVER_PID=$!
  # a loaded machine takes minutes to migrate a new database and load the demo data
  local deadline=$((SECONDS + ${START_TIMEOUT_SECONDS:-600}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    HTTP_PORT="$(grep -so 'Netty started on port [0-9]*' "$log" | grep -o '[0-9]*$' || true)"
    [ -n "$HTTP_PORT" ] && curl -fsS "http://127.0.0.1:$HTTP_PORT/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$log"; echo "server died"; exit 1; }
    sleep 1
  done
  tail -40 "$log"; echo "server did not start"; exit 1
}

# post PATH KEY JSON: one authorised money request under an idempotency key; prints the answer.
post() {
  curl -fsS "http://127.0.0.1:$HTTP_PORT$1" -H "authorization: Bearer $TOKEN" \
    -H 'content-type: application/json' -H "Idempotency-Key: $2" -d "$3"
}

card_id() {
  curl -fsS "http://127.0.0.1:$HTTP_PORT/api/cards/lookup?input=$1" -H "authorization: Bearer $TOKEN" \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2
}

# Counter recharges, one of them sent twice (the retry moves nothing), a supplementary meal, a
# subsidy and a manual adjustment: postings on cardholder wallets and counter-accounts alike.
money_activity() {
  TOKEN="$(curl -fsS "http://127.0.0.1:$HTTP_PORT/api/auth/login" -H 'content-type: application/json' \
    -d '{"username":"admin","password":"admin123"}' | grep -o '"accessToken":"[^"]*"' | cut -d'"' -f4)"
  [ -n "$TOKEN" ] || { echo "admin login failed"; exit 1; }
  local serial n=0 card
  for serial in 04A1B2C3 04D4E5F6 04778899; do
    n=$((n + 1)); card="$(card_id "$serial")"
    post "/api/cards/$card/recharge" "bk-r-$n" "{\"amountFen\":$((n * 1234))}" >/dev/null
  done
  post "/api/cards/$card/recharge" "bk-r-$n" "{\"amountFen\":$((n * 1234))}" | grep '"replayed":true' >/dev/null
  post /api/consumptions/supplementary bk-sup-1 \
    '{"personId":1,"outletId":1,"terminalNo":"12","occurredAt":"'"$(date -u +%Y-%m-%dT%H:%M:%SZ)"'","amountFen":1200}' >/dev/null
  post /api/subsidies bk-s-1 \
    '{"items":[{"personId":2,"amountFen":3000,"mode":"CUMULATIVE"}],"batchRef":"backup test","distribute":true}' >/dev/null
  post /api/ledger/adjustments bk-adj-1 '{"accountId":1,"direction":"CREDIT","amountFen":100,"note":"backup test"}' >/dev/null
  echo "money activity: 3 recharges (+1 replay), 1 supplementary meal, 1 subsidy, 1 adjustment"
}

# The per-account figures compared before and after: the stored balance and credits − debits.
BALANCES_SQL="SELECT a.id, a.unit, a.balance, COALESCE(c.s, 0) - COALESCE(d.s, 0) AS credits_minus_debits
FROM ledger_account a
LEFT JOIN (SELECT credit_account_id AS id, SUM(amount) AS s FROM ledger_transfer GROUP BY credit_account_id) c ON c.id = a.id
LEFT JOIN (SELECT debit_account_id AS id, SUM(amount) AS s FROM ledger_transfer GROUP BY debit_account_id) d ON d.id = a.id
ORDER BY a.id"

# same_or_fail WHAT BEFORE AFTER
same_or_fail() {
  if ! diff -u "$2" "$3" > "$3.diff"; then cat "$3.diff"; echo "FAIL: $1 differ after restore"; exit 1; fi
}

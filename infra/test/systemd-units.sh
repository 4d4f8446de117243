#!/usr/bin/env bash
# `systemd-analyze verify` on infra/systemd: every key known, every value parsed, the timer's
# calendar valid, each ExecStart an executable file. The /opt/onecard paths point at this checkout,
# as the install steps in infra/README.md put them there. Any message at all fails the check
# (systemd-analyze only warns, exit 0, about unknown keys).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
units=(onecard.service onecard-backup.service onecard-backup.timer)
for u in "${units[@]}"; do
  sed "s|/opt/onecard/infra/|$ROOT/infra/|g" "$ROOT/infra/systemd/$u" > "$work/$u"
done
if ! command -v systemd-analyze >/dev/null 2>&1; then
  echo "systemd-analyze not installed: units NOT verified (apt-get install systemd to check them)" >&2
  exit 1
fi
cd "$work"
if ! systemd-analyze verify "${units[@]}" > out 2>&1 || [ -s out ]; then
  cat out; echo "systemd-analyze verify: infra/systemd has problems"; exit 1
fi
grep -q '^OnCalendar=' onecard-backup.timer && grep -q '^Persistent=true' onecard-backup.timer
echo "systemd-analyze verify: ${units[*]} are valid"

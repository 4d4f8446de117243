#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (no browser downloads).
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version

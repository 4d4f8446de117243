#!/usr/bin/env bash
# Makes sure Debian's nginx (with the stream module) is installed, for `make test-infra`'s `nginx -t`.
# Never starts it: the package's start is refused by a policy-rc.d for the length of the install,
# so no nginx ever listens on 80/443 here.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
echo "nginx is not installed; installing Debian's nginx-light and its stream module (not started)"
policy=/usr/sbin/policy-rc.d
own_policy=
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod 755 "$policy" && own_policy=1
fi
trap '[ -z "$own_policy" ] || rm -f "$policy"' EXIT
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light libnginx-mod-stream >/dev/null

#!/usr/bin/env bash
# `nginx -t` on infra/nginx as deployed (nginx.conf + onecard.conf + onecard-stream.conf), in a
# throwaway prefix with a self-signed certificate made now. Nothing listens: -t only parses, loads
# the module and the certificate, and checks the upstreams and every directive.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work"/{etc/conf.d,etc/stream.d,ssl,logs}

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=onecard.example.edu \
  -keyout "$work/ssl/privkey.pem" -out "$work/ssl/fullchain.pem" 2>/dev/null
# the deployed paths, moved under the throwaway prefix
relocate() {
  sed -e "s|/etc/nginx/|$work/etc/|g" -e "s|/etc/ssl/onecard/|$work/ssl/|g" \
      -e "s|/var/log/nginx/|$work/logs/|g" -e "s|/run/nginx.pid|$work/nginx.pid|g" \
      -e "s|$work/etc/modules-enabled/|/etc/nginx/modules-enabled/|g" "$1" > "$2"
}
relocate "$ROOT/infra/nginx/nginx.conf" "$work/etc/nginx.conf"
relocate "$ROOT/infra/nginx/onecard.conf" "$work/etc/conf.d/onecard.conf"
relocate "$ROOT/infra/nginx/onecard-stream.conf" "$work/etc/stream.d/onecard-stream.conf"
cp /etc/nginx/mime.types "$work/etc/mime.types"

# -T: test, then print every file it read, so a glob that matched nothing cannot pass unseen
"$NGINX" -T -e "$work/logs/error.log" -c "$work/etc/nginx.conf" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
grep 'nginx:' "$work/out"
for f in conf.d/onecard.conf stream.d/onecard-stream.conf; do
  grep -q "^# configuration file $work/etc/$f:" "$work/out" || { echo "nginx did not read $f"; exit 1; }
done
echo "nginx -t: infra/nginx is valid (http on 443/80 to the server, stream 9100 to the terminal port)"

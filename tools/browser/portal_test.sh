#!/usr/bin/env bash
# A real headless Chromium (Debian's) signs in to the emulator through Negotiate from a page on
# another origin, as the MIM sample portal does: XMLHttpRequest with withCredentials, a CORS
# preflight for the JSON POST, and an error body read through odata.error.message.value.
#
#   tools/browser/portal_test.sh     (needs: chromium, the KDC packages; .ci/run installs them)
#
# Everything listens on loopback only; every process started here is stopped by PID on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/mim-portal.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  tools/kdc/kdc.sh stop "$work/kdc"
  [ -n "${KEEP_PORTAL_WORK:-}" ] && { echo "kept $work"; return; }; rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

tools/kdc/kdc.sh start "$work/kdc"
# shellcheck disable=SC1091
source "$work/kdc/env"
export KRB5CCNAME=FILE:$work/kdc/jen.cc
kinit -kt "$work/kdc/jen.keytab" jen

cargo build -q -p mim-emulator --features negotiate
api_port=$(free_port)
page_port=$(free_port)
origin="http://localhost:$page_port"
target/debug/mim-emulator --listen "127.0.0.1:$api_port" --db "$work/emulator.db" \
  --keytab "$work/kdc/http.keytab" --cors-origin "$origin" >"$work/emulator.log" 2>&1 &
pids+=($!)
mkdir -p "$work/site" && cp tools/browser/portal.html "$work/site/index.html"
python3 -m http.server "$page_port" --bind 127.0.0.1 --directory "$work/site" >"$work/site.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  curl -s -o /dev/null "http://127.0.0.1:$api_port/api/pamresources/pamroles" &&
    curl -s -o /dev/null "http://127.0.0.1:$page_port/index.html" && break
  sleep 0.1
done

# A profile that takes Negotiate at the first challenge and never shows a Basic prompt
# (shared/reference/browser-negotiate.md: both are traps in a fresh headless profile).
profile=$work/profile
mkdir -p "$profile"
cat >"$profile/Local State" <<'JSON'
{"net": {"received_http_auth_negotiate_headers": true}, "auth": {"schemes": "negotiate"}}
JSON
chromium_bin=/usr/lib/chromium/chromium
[ -x "$chromium_bin" ] || chromium_bin=$(command -v chromium)
dom=$(timeout 60 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" \
  --auth-server-allowlist=localhost --auth-negotiate-delegate-allowlist=localhost \
  --disable-auth-negotiate-cname-lookup \
  --virtual-time-budget=30000 --dump-dom \
  "$origin/index.html?api=http://localhost:$api_port" 2>"$work/chromium.log")

fail() { echo "portal test FAILED: $1" >&2; echo "--- page:" >&2; echo "$dom" >&2; echo "--- emulator:" >&2; tail -20 "$work/emulator.log" >&2; exit 1; }
for expected in "roles status=200" "roles count=2" 'user=PRIV\Jen' "close status=404" \
  "error message=" "cm create status=201" "done"; do
  grep -qF -- "$expected" <<<"$dom" || fail "the page lacks '$expected'"
done
# The retried Authorization header is not visible to the page: assert on what the server logged.
grep -q 'signed in.*PRIV\\Jen.*Negotiate' "$work/emulator.log" || fail "the emulator logged no Negotiate sign-in"
grep -q 'method=OPTIONS' "$work/emulator.log" && fail "a preflight reached the router (it must be answered by CORS)"
echo "portal test passed: Chromium signed in through Negotiate from $origin and read the API's error body"

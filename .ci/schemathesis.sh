#!/usr/bin/env bash
# Contract tests: schemathesis (pinned) against the emulator on loopback, with both specs and every check.
#
#   bash .ci/schemathesis.sh            (called by .ci/run when executable)
#
# Creates target/ci-venv with schemathesis, builds mim-emulator, and runs `st run --checks all` in three passes,
# each against a freshly started emulator (free 127.0.0.1 port, new temporary database = the seeded demo world):
#
#   1. spec/pam.yaml as PRIV\Jen (creator of the seeded requests), without the Approvals operations: Jen is no
#      approver, so there they can only answer 403 (the emulator's own tests check that);
#   2. spec/pam.yaml as PRIV\Bob, all operations: he approves ApprovalRole, so Approve/Reject reach real data;
#   3. spec/cm.yaml as PRIV\Jen (owner of the seeded CM requests, card and profile), all operations.
#
# (Two PAM passes rather than per-operation `auth` in the config: schemathesis 4.32.5 puts the credentials of the
# first operation it runs on its shared HTTP session, where they override every later operation's.)
#
# Per-operation settings (known ids, the documented relaxations) are in .ci/schemathesis.toml. The emulator is
# stopped on exit; the script exits non-zero if any pass found a failure. Environment knobs: ST_SEED,
# ST_MAX_EXAMPLES, ST_WORKERS.
set -euo pipefail
cd "$(dirname "$0")/.."

ST_VERSION=4.32.5
VENV=target/ci-venv
SEED=${ST_SEED:-20251123}
MAX_EXAMPLES=${ST_MAX_EXAMPLES:-100}
WORKERS=${ST_WORKERS:-1}
PASSWORD=Pa55w.rd
started=$SECONDS

if ! "$VENV/bin/st" --version 2>/dev/null | grep -qF "version $ST_VERSION"; then
  echo "installing schemathesis==$ST_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$ST_VERSION"
fi

cargo build --quiet -p mim-emulator
emulator="${CARGO_TARGET_DIR:-target}/debug/mim-emulator"

work=$(mktemp -d "${TMPDIR:-/tmp}/mim-schemathesis.XXXXXX")
emulator_pid=
base=

stop_emulator() {
  if [ -n "$emulator_pid" ]; then
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
    emulator_pid=
  fi
}
cleanup() {
  stop_emulator
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Start the emulator on a free loopback port with a new database ($1 names it) and wait until it answers.
start_emulator() {
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  base="http://127.0.0.1:$port"
  RUST_LOG=warn NO_COLOR=1 "$emulator" --db "$work/$1.db" --listen "127.0.0.1:$port" >"$work/$1.log" 2>&1 &
  emulator_pid=$!
  for _ in $(seq 100); do
    # Any HTTP answer will do (401 without credentials).
    if python3 - "$base" 2>/dev/null <<'EOF'; then
import sys, urllib.error, urllib.request
try:
    urllib.request.urlopen(sys.argv[1] + "/api/pamresources/sessioninfo", timeout=1)
except urllib.error.HTTPError:
    pass
EOF
      return 0
    fi
    if ! kill -0 "$emulator_pid" 2>/dev/null; then
      echo "mim-emulator exited during startup:" >&2
      cat "$work/$1.log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "mim-emulator did not answer at $base" >&2
  return 1
}

failed=()
# run_pass NAME SPEC USER [extra st options...]
run_pass() {
  local name=$1 spec=$2 user=$3
  shift 3
  start_emulator "$name"
  printf '\n--- pass %s: st run %s as %s (emulator pid %s at %s)\n' "$name" "$spec" "$user" "$emulator_pid" "$base"
  # --generation-database none: no .hypothesis/ directory; a pass depends on the seed only.
  if ! "$VENV/bin/st" --no-color --config-file .ci/schemathesis.toml run "$spec" \
    --url "$base" \
    --checks all \
    --auth "$user:$PASSWORD" \
    --seed "$SEED" \
    --max-examples "$MAX_EXAMPLES" \
    --workers "$WORKERS" \
    --generation-database none \
    --request-timeout 10 \
    "$@"; then
    failed+=("$name")
    echo "--- last lines of the emulator log ($name)" >&2
    tail -n 20 "$work/$name.log" >&2
  fi
  stop_emulator
}

run_pass pam-jen spec/pam.yaml 'PRIV\Jen' --exclude-tag Approvals
run_pass pam-bob spec/pam.yaml 'PRIV\Bob'
run_pass cm-jen spec/cm.yaml 'PRIV\Jen'

printf '\nschemathesis step took %ss\n' "$((SECONDS - started))"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "schemathesis found failures in: ${failed[*]}" >&2
  exit 1
fi
echo "schemathesis: no failures"

#!/usr/bin/env bash
# Install the Debian packages listed in .ci/debian-packages.txt (pinned; see that file).
set -euo pipefail
cd "$(dirname "$0")"
mapfile -t pinned < <(grep -v '^\s*#' debian-packages.txt | grep -v '^\s*$')
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
if ! apt-get install -y -qq "${pinned[@]}" >/tmp/ci-apt.log 2>&1; then
  echo "WARNING: a pinned Debian version is no longer served; installing the mirror's versions:" >&2
  grep -E "^E:" /tmp/ci-apt.log >&2 || true
  apt-get install -y -qq "${pinned[@]%%=*}" >/tmp/ci-apt.log 2>&1 ||
    { cat /tmp/ci-apt.log >&2; exit 1; }
fi
dpkg-query -W -f '  ${Package} ${Version}\n' "${pinned[@]%%=*}"

#!/usr/bin/env bash
# Run the Negotiate (Kerberos/NTLM) tests against a throwaway MIT KDC on loopback.
#
#   tools/kdc/test.sh [extra cargo test args]
#
# Starts the realm PRIV.TEST (tools/kdc/kdc.sh), gives Jen a ticket with kinit, runs the
# feature-gated tests of the emulator and the CLI with the Kerberos environment set before any
# test thread starts, and stops the KDC by its PID whatever happens. Needs the Debian packages
# krb5-kdc krb5-admin-server krb5-user libkrb5-dev pkg-config libclang-dev (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=$(mktemp -d /tmp/mim-kdc.XXXXXX)
trap 'tools/kdc/kdc.sh stop "$dir"; rm -rf "$dir"' EXIT
tools/kdc/kdc.sh start "$dir"
# shellcheck disable=SC1091
source "$dir/env"
export KRB5CCNAME=FILE:$dir/jen.cc
kinit -kt "$dir/jen.keytab" jen
cargo test -p mim-emulator -p mim-cli --features negotiate --test negotiate "$@"

#!/usr/bin/env bash
# A throwaway MIT Kerberos realm on loopback for the Negotiate tests.
#
#   tools/kdc/kdc.sh start DIR   creates realm PRIV.TEST in DIR, starts krb5kdc on 127.0.0.1, writes DIR/env
#   tools/kdc/kdc.sh stop DIR    stops that KDC (by the PID it recorded)
#
# DIR/env exports KRB5_CONFIG, KRB5_KDC_PROFILE, KRB5_KTNAME (the service keytab, HTTP/localhost) and
# KRB5RCACHEDIR; each user gets a keytab DIR/<user>.keytab (made with -norandkey, so the password
# Pa55w.rd keeps working) and `kinit -kt` fills any ccache from it. Principals: jen, bob, eve (the
# emulator's seeded users PRIV\Jen, PRIV\Bob, PRIV\Eve) and HTTP/localhost. Nothing listens outside
# 127.0.0.1; no systemd, no root files touched outside DIR.
set -euo pipefail
cmd=${1:?usage: kdc.sh start|stop DIR}
dir=${2:?usage: kdc.sh start|stop DIR}
realm=PRIV.TEST
password=Pa55w.rd

stop() {
  if [ -f "$dir/kdc.pid" ]; then
    kill "$(cat "$dir/kdc.pid")" 2>/dev/null || true
    rm -f "$dir/kdc.pid"
  fi
}

start() {
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  stop
  rm -rf "$dir/db" && mkdir -p "$dir/db" "$dir/rcache"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  cat > "$dir/krb5.conf" <<CONF
[libdefaults]
    default_realm = $realm
    dns_lookup_kdc = false
    dns_lookup_realm = false
    rdns = false
    dns_canonicalize_hostname = false
    ignore_acceptor_hostname = false
    udp_preference_limit = 1
    forwardable = true
[realms]
    $realm = {
        kdc = 127.0.0.1:$port
    }
[domain_realm]
    localhost = $realm
    127.0.0.1 = $realm
CONF
  cat > "$dir/kdc.conf" <<CONF
[kdcdefaults]
    kdc_listen = 127.0.0.1:$port
    kdc_tcp_listen = 127.0.0.1:$port
[realms]
    $realm = {
        database_name = $dir/db/principal
        key_stash_file = $dir/db/stash
        acl_file = $dir/db/kadm5.acl
        max_life = 10h
        max_renewable_life = 1d
    }
[logging]
    kdc = FILE:$dir/kdc.log
CONF
  export KRB5_CONFIG=$dir/krb5.conf KRB5_KDC_PROFILE=$dir/kdc.conf
  kdb5_util create -s -r "$realm" -P masterkey >/dev/null
  for user in jen bob eve; do
    kadmin.local -q "addprinc -pw $password $user" >/dev/null
    kadmin.local -q "ktadd -norandkey -k $dir/$user.keytab $user" >/dev/null
  done
  kadmin.local -q "addprinc -randkey HTTP/localhost" >/dev/null
  kadmin.local -q "ktadd -k $dir/http.keytab HTTP/localhost" >/dev/null
  # -n: stay in the foreground (we keep its PID); its output goes to its log, not our pipe.
  krb5kdc -n -P "$dir/kdc.pid.unused" >"$dir/kdc.out" 2>&1 </dev/null &
  echo $! > "$dir/kdc.pid"
  # Wait until it answers (bounded): a kinit from a user keytab.
  for _ in $(seq 50); do
    if KRB5CCNAME=FILE:$dir/probe.cc kinit -kt "$dir/jen.keytab" jen 2>/dev/null; then break; fi
    sleep 0.1
  done
  KRB5CCNAME=FILE:$dir/probe.cc klist -s || { echo "KDC did not come up; see $dir/kdc.log" >&2; stop; exit 1; }
  rm -f "$dir/probe.cc"
  cat > "$dir/env" <<ENV
export KRB5_CONFIG=$dir/krb5.conf
export KRB5_KDC_PROFILE=$dir/kdc.conf
export KRB5_KTNAME=FILE:$dir/http.keytab
export KRB5RCACHEDIR=$dir/rcache
export MIM_TEST_KDC_DIR=$dir
ENV
  echo "KDC for $realm on 127.0.0.1:$port (pid $(cat "$dir/kdc.pid")); source $dir/env"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: kdc.sh start|stop DIR" >&2; exit 2 ;;
esac

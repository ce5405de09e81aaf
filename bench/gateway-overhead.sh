#!/usr/bin/env bash
# Gateway overhead: the same GET of one ticket at 32 concurrent clients, through the gateway and straight to
# ticket-service, side by side in one run (the suite must be up). Prints figures; asserts nothing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
gw="${GATEWAY:-http://127.0.0.1:8080}"
direct="${TICKET_SERVICE:-http://127.0.0.1:8081}"
secs="${BENCH_SECONDS:-20}"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in 1 2; do
    java bench/ApiLoad.java "$gw" read 32 "$secs"
    TOKEN_BASE="$gw" java bench/ApiLoad.java "$direct" read 32 "$secs"
done

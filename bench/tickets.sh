#!/usr/bin/env bash
# Ticket API benchmark through the gateway (the suite must be up: ./ticketing up). Prints figures; asserts nothing.
#   1. create and read throughput and p50/p99 at 1, 8 and 32 concurrent clients (20 s each, after a 5 s warm-up);
#   2. filtered-list p50/p99 with at least 100 000 tickets in the database (seeds them once, with the mysql client).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
gw="${GATEWAY:-http://127.0.0.1:8080}"
secs="${BENCH_SECONDS:-20}"
db="ticketing_tickets${TICKETING_DB_SUFFIX:-}"

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); gateway $gw"
for scenario in create read; do
    for clients in 1 8 32; do
        java bench/ApiLoad.java "$gw" "$scenario" "$clients" "$secs"
    done
done

count=$(mysql -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM $db.ticket")
if (( count < 100000 )); then
    echo "== seeding 100 000 tickets into $db (has $count)"
    mysql -h127.0.0.1 -uroot "$db" < bench/seed-100k-tickets.sql
    mysql -h127.0.0.1 -uroot "$db" -e "ANALYZE TABLE ticket" > /dev/null
fi
echo "== lists with $(mysql -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM $db.ticket") tickets (as supervisor: sees all)"
for clients in 1 8; do
    java bench/ApiLoad.java "$gw" list "$clients" "$secs" supervisor
    java bench/ApiLoad.java "$gw" "get:/api/v1/tickets?q=printer&category=INCIDENT&size=20" "$clients" "$secs" supervisor
    java bench/ApiLoad.java "$gw" "get:/api/v1/tickets?requesterId=00000000-0000-4000-8000-000000000042&sort=-updatedAt" "$clients" "$secs" supervisor
done

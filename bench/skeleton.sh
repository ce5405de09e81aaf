#!/usr/bin/env bash
# Benchmark of the walking skeleton. Prints figures; asserts nothing. Record them in docs/benchmarks.md.
#
#   bench/skeleton.sh [--with-verify]
#
# 1. (--with-verify) wall time of the test command `mvn -B verify`;
# 2. wall time of `./ticketing up` until every /q/health/ready answers 200 (jars already built);
# 3. each service's resident memory (RSS) right after start;
# 4. create -> counted-in-reports latency p50/p99 over 200 tickets (bench/CreateToReportLatency.java).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${1:-}" == "--with-verify" ]]; then
    t0=$(date +%s)
    mvn -B -q verify > /tmp/bench-verify.log 2>&1 || { echo "mvn verify failed, see /tmp/bench-verify.log"; exit 1; }
    echo "== mvn -B verify: $(( $(date +%s) - t0 )) s"
fi

./ticketing down > /dev/null 2>&1 || true
t0=$(date +%s.%N)
./ticketing up > /tmp/bench-up.log 2>&1 || { cat /tmp/bench-up.log; exit 1; }
t1=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" 'BEGIN { printf "== ./ticketing up to all-ready: %.1f s\n", b - a }'

echo "== RSS after start:"
home="${TICKETING_HOME:-$root/.run}"
for s in gateway ticket-service assignment-service notification-service reporting-service; do
    pid=$(cat "$home/pids/$s.pid")
    printf '   %-22s %6d MB\n' "$s" $(( $(awk '/VmRSS/{print $2}' "/proc/$pid/status") / 1024 ))
done
kpid=$(cat "$home/kafka/broker.pid" 2>/dev/null || true)
[[ -n "$kpid" ]] && printf '   %-22s %6d MB\n' "kafka broker" $(( $(awk '/VmRSS/{print $2}' "/proc/$kpid/status") / 1024 ))

echo "== latency:"
java bench/CreateToReportLatency.java "http://127.0.0.1:8080" 200

#!/usr/bin/env bash
# Mixed load through the gateway (the suite must be up: ./ticketing up): bench/MixedLoad.java at N clients for S
# seconds, then the CPU milliseconds per request of each process of the suite (from /proc, utime + stime) and the
# load average. Prints figures; asserts nothing.   Usage: bench/mixed.sh [clients=64] [seconds=300]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
gw="${GATEWAY:-http://127.0.0.1:8080}"
home="${TICKETING_HOME:-$root/.run}"
clients="${1:-64}"
secs="${2:-300}"
tick=$(getconf CLK_TCK)

declare -A pids
for f in "$home"/pids/*.pid "$home"/kafka/broker.pid "$home"/mariadb/*.pid; do
    [[ -f "$f" ]] && kill -0 "$(cat "$f")" 2>/dev/null && pids[$(basename "$f" .pid)]=$(cat "$f")
done
if pgrep -x mariadbd >/dev/null && [[ -z "${pids[mariadb]:-}" ]]; then pids[mariadbd]=$(pgrep -x mariadbd | head -1); fi
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
declare -A before
for name in "${!pids[@]}"; do before[$name]=$(cpu "${pids[$name]}"); done

echo "== $(date -u +%FT%TZ), $(nproc) cores, JDK $(java -version 2>&1 | head -1), load before $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(java bench/MixedLoad.java "$gw" "$clients" "$secs")
echo "$out"
echo "== load after $(cut -d' ' -f1-3 /proc/loadavg)"
n=$(sed -E 's/.* n=([0-9]+).*/\1/' <<<"$out")
total=0
for name in $(printf '%s\n' "${!pids[@]}" | sort); do
    used=$(( $(cpu "${pids[$name]}") - ${before[$name]} ))
    total=$(( total + used ))
    rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/${pids[$name]}/status")
    printf '%-22s CPU %7.1f s  %5.2f ms/request  RSS %5d MB\n' "$name" "$(bc -l <<<"$used / $tick")" \
        "$(bc -l <<<"$used * 1000 / $tick / $n")" "$rss"
done
printf '%-22s CPU %7.1f s  %5.2f ms/request\n' "all" "$(bc -l <<<"$total / $tick")" "$(bc -l <<<"$total * 1000 / $tick / $n")"

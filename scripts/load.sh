#!/usr/bin/env bash
# Load benchmark of `ragplan serve` (not a test): starts the release server
# on a free port of 127.0.0.1, then CLIENTS clients from a second process
# (examples/load.rs) post a sample to /check, REQUESTS requests in all, ROUNDS times (2);
# prints requests/s, median and 95th-percentile latency, and the server's
# peak memory (VmHWM) and resident memory (VmRSS) at the start and after
# each round: flat memory means the second round costs nothing more.
#
#   scripts/load.sh                          # 1,000 requests, 8 clients, samples/priority-1.xlsx
#   REQUESTS=200 CLIENTS=4 FILES="samples/*.xlsx" scripts/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${REQUESTS:-1000}
CLIENTS=${CLIENTS:-8}
FILES=${FILES:-samples/priority-1.xlsx}
ROUTE=${ROUTE:-/check}
ROUNDS=${ROUNDS:-2}

cargo build --release --quiet --bin ragplan --example load

out=$(mktemp)
target/release/ragplan serve --port 0 --max-checks "$CLIENTS" > "$out" 2> /dev/null &
pid=$!
trap 'kill -INT "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 100); do
  grep -q "http://" "$out" && break
  sleep 0.1
done
address=$(grep -o '127\.0\.0\.1:[0-9]*' "$out" | head -n 1)
[ -n "$address" ] || { echo "the server did not start" >&2; exit 1; }

memory() { # LABEL
  awk -v label="$1" '/^VmHWM/ { peak = $2 } /^VmRSS/ { rss = $2 }
    END { printf "%-22s peak %6.1f MB, resident %6.1f MB\n", label, peak / 1024, rss / 1024 }' "/proc/$pid/status"
}

files=()
for f in $FILES; do files+=(--file "$f"); done

echo "ragplan serve on $address; $REQUESTS requests to $ROUTE from $CLIENTS clients, each posting: $FILES"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m)"
memory "at the start:"
for round in $(seq "$ROUNDS"); do
  target/release/examples/load "$address" --requests "$REQUESTS" --clients "$CLIENTS" --route "$ROUTE" "${files[@]}"
  memory "after round $round:"
done

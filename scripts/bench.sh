#!/usr/bin/env bash
# Whole-process timings: `ragplan check` and `ragplan build` on generated
# plans (wall time and peak memory with /usr/bin/time -v), next to the peers a
# user would otherwise reach for, when Python has them: openpyxl reading every
# cell (read-only) and pandas read_excel. Usage: scripts/bench.sh [ACTIONS...]
# (default 1000 10000 20000 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 20000 100000}")
read -r -a sizes <<< "${sizes[*]}"
command -v /usr/bin/time > /dev/null || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
cargo build --release -q
cargo build --release -q --example generate
bin=target/release/ragplan
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
timed() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" > /dev/null 2> "$out/time" || true
  local wall mem
  wall=$(grep 'Elapsed (wall clock)' "$out/time" | awk '{print $NF}')
  mem=$(grep 'Maximum resident set size' "$out/time" | awk '{print $NF}')
  printf '%-28s %10s  %8d MB\n' "$label" "$wall" "$((mem / 1024))"
}
python_has() { python3 -c "import $1" 2>/dev/null; }
for n in "${sizes[@]}"; do
  plan="$out/plan-$n.xlsx"
  target/release/examples/generate "$n" "$plan" > /dev/null
  echo "== $n actions ($(du -h "$plan" | cut -f1))"
  timed "ragplan check" "$bin" check --format short "$plan"
  timed "ragplan build" "$bin" build "$plan" -o "$out/master-$n.xlsx" --force
  if python_has openpyxl; then
    timed "openpyxl read every cell" python3 -c "
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row)
" "$plan"
  fi
  if python_has pandas && python_has openpyxl; then
    timed "pandas read_excel (all)" python3 -c "import pandas, sys; pandas.read_excel(sys.argv[1], sheet_name=None)" "$plan"
  fi
done

#!/usr/bin/env bash
# Whole-process timings on generated plans (wall time and peak memory, with
# /usr/bin/time): the floor (calamine streaming every cell, nothing else),
# `ragplan check` and `ragplan build`, and, when they are installed, the
# peers a user would otherwise reach for: openpyxl reading every cell
# (read-only), pandas read_excel, and `frictionless validate` with an
# equivalent schema (scripts/frictionless-schema.json: the RAG codes as an
# enum, a required lead), sheet by sheet. Prints the ratios at the end of
# each size. Each command runs RUNS times (default 3): the median wall time and
# the largest peak memory are shown (a shared machine's timings vary by a third
# from run to run). Usage: [RUNS=n] scripts/bench.sh [ACTIONS...] (default 1000
# 10000 20000 100000).
# The peers: pip install openpyxl pandas frictionless
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 20000 100000}")
read -r -a sizes <<< "${sizes[*]}"
command -v /usr/bin/time > /dev/null || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
cargo build --release -q
cargo build --release -q --example generate --example bare_read
bin=target/release/ragplan
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

runs=${RUNS:-3}

# timed KEY LABEL COMMAND...: runs the command $runs times; prints the median
# wall time and the largest peak memory, and keeps the median in secs[KEY]
# for the ratios.
declare -A secs
timed() {
  local key=$1 label=$2; shift 2
  local walls=() mems=() wall mem
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %M" -o "$out/time" "$@" > /dev/null 2> "$out/err" || true
    read -r wall mem < <(tail -n 1 "$out/time")
    walls+=("$wall")
    mems+=("$mem")
  done
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  mem=$(printf '%s\n' "${mems[@]}" | sort -n | tail -n 1)
  secs[$key]=$wall
  printf '  %-36s %7.2f s  %6d MB\n' "$label" "$wall" "$((mem / 1024))"
}
ratio() { # A B: A/B to one decimal place
  awk -v a="${secs[$1]:-0}" -v b="${secs[$2]:-0}" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "n/a" }'
}
python_has() { python3 -c "import $1" 2> /dev/null; }

for n in "${sizes[@]}"; do
  secs=()
  plan="$out/plan-$n.xlsx"
  target/release/examples/generate "$n" "$plan" > /dev/null
  echo "== $n actions ($(du -h "$plan" | cut -f1))"
  timed bare "calamine bare read (the floor)" target/release/examples/bare_read "$plan"
  timed check "ragplan check" "$bin" check --format short "$plan"
  timed build "ragplan build" "$bin" build "$plan" -o "$out/master-$n.xlsx" --force
  if python_has openpyxl; then
    timed openpyxl "openpyxl, read every cell" python3 -c "
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row)
" "$plan"
  fi
  if python_has pandas && python_has openpyxl; then
    timed pandas "pandas read_excel (every sheet)" python3 -c "import pandas, sys; pandas.read_excel(sys.argv[1], sheet_name=None)" "$plan"
  fi
  if command -v frictionless > /dev/null; then
    # One validation per sheet (frictionless reads one table at a time): the
    # two header rows (labels, then periods) and no limit on errors, so it
    # reads every row.
    timed frictionless "frictionless validate, 8 sheets" bash -c '
      for s in 1 2 3 4 5 6 7 8; do
        frictionless validate --trusted --schema "$1" --header-rows 3,4 \
          --sheet "Priority $s" --skip-errors incorrect-label \
          --limit-errors 100000000 --json "$2" > /dev/null || true
      done' _ "$PWD/scripts/frictionless-schema.json" "$plan"
  fi
  echo "  check = $(ratio check bare) the bare read;" \
    "openpyxl = $(ratio openpyxl check), pandas = $(ratio pandas check)," \
    "frictionless = $(ratio frictionless check) the time of check"
done

#!/usr/bin/env bash
# The master as a board would print it: builds the samples' master, renders it
# with LibreOffice to PDF, measures the smallest printed text (the measure of
# tests/integration/print.rs: each word's height against 11 pt text printed
# at 100%, fails under 8 pt), and writes every page as a PNG to look at.
#
#   scripts/print-check.sh [FOLDER]     (default: print-check/)
#
# Needs LibreOffice (soffice) and poppler-utils (pdftotext, pdftoppm); on
# Debian: apt-get install libreoffice-calc-nogui poppler-utils
# fonts-crosextra-carlito (Carlito has Calibri's metrics, so the pages break
# as in Excel; without it LibreOffice sets the text in a wider font and the
# tables take more pages, at the same size).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-print-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)
set +e
log=$(RAGPLAN_REQUIRE_PRINT=1 RAGPLAN_PRINT_KEEP="$out" \
  cargo test -q --test integration print::the_printed_master_has_no_text_under_8_pt -- --nocapture 2>&1)
status=$?
set -e
grep -E "smallest printed text|has text printed at" <<<"$log" || true
if [ -s "$out/master.pdf" ]; then
  rm -f "$out"/page-*.png
  pdftoppm -png -r 60 "$out/master.pdf" "$out/page"
  echo "$out/master.pdf: $(ls "$out"/page-*.png | wc -l) pages, one PNG a page: $out/page-*.png"
fi
if [ "$status" -ne 0 ]; then
  tail -n 30 <<<"$log" >&2
  exit 1
fi

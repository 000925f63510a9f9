#!/usr/bin/env bash
# Writes the seed inputs of the `xml` fuzz target (fuzz/seeds/xml/): one per
# part it can replace, taken from priority-1's sample and LibreOffice copy.
# Each seed is the part's number (its first byte) followed by the part.
# Needs unzip. Run from the repository root: fuzz/make-seeds.sh
set -euo pipefail
out=fuzz/seeds/xml
mkdir -p "$out"
i=0
for part in xl/worksheets/sheet1.xml xl/sharedStrings.xml xl/styles.xml; do
  { printf "\\x0$i"; unzip -p samples/priority-1.xlsx "$part"; } > "$out/$i-$(basename "$part").bin"
  i=$((i + 1))
done
{ printf '\x03'; unzip -p tests/fixtures/libreoffice/priority-1.ods content.xml; } > "$out/3-content.xml.bin"

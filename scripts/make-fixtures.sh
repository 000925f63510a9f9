#!/usr/bin/env bash
# Rebuilds the committed test fixtures that need tools other than Rust:
# the samples as LibreOffice saves them (.ods, .xls: another producer, no
# fills, date cells as LibreOffice writes them) and a password-protected
# workbook (ECMA-376 agile encryption, as Excel's "Encrypt with Password").
# Needs: libreoffice (Debian: libreoffice-calc-nogui), python3 with
# msoffcrypto-tool (pip). CI does not run this; it uses the committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures
mkdir -p "$out/libreoffice"
cargo run -q --example samples
for f in samples/*.xlsx; do
  libreoffice --headless --convert-to ods --outdir "$out/libreoffice" "$f" >/dev/null
  libreoffice --headless --convert-to xls --outdir "$out/libreoffice" "$f" >/dev/null
done
python3 - <<'PY'
from msoffcrypto.format.ooxml import OOXMLFile
with open("samples/priority-1.xlsx", "rb") as src, open("tests/fixtures/password.xlsx", "wb") as dst:
    f = OOXMLFile(src)
    f.encrypt("secret", dst)
PY
echo "fixtures written to $out"

#!/usr/bin/env bash
# Rebuilds the committed test fixtures that need tools other than Rust:
# the samples as LibreOffice saves them (.ods, .xls: another producer, its
# own styles and palette, date cells as LibreOffice writes them), a small
# workbook of format features (fills, a merge, a hidden row and column) as
# .xlsx and as LibreOffice saves it, a password-protected
# workbook (ECMA-376 agile encryption, as Excel's "Encrypt with Password"),
# and the two other-areas workbooks committed only as LibreOffice saves them
# (samples/other-areas/eastmoor-wsoa-tracker.ods, southvale-monthly-progress.xls;
# their .xlsx is an intermediate, written to a temporary folder).
# Needs: libreoffice (Debian: libreoffice-calc-nogui), python3 with
# msoffcrypto-tool (pip). CI does not run this; it uses the committed files.
# Usage: scripts/make-fixtures.sh [other-areas]  (with other-areas, only the
# last part: the two converted other-areas workbooks)
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures
if [ "${1:-}" != other-areas ]; then
mkdir -p "$out/libreoffice"
cargo run -q --example samples
for f in samples/*.xlsx; do
  libreoffice --headless --convert-to ods --outdir "$out/libreoffice" "$f" >/dev/null
  libreoffice --headless --convert-to xls --outdir "$out/libreoffice" "$f" >/dev/null
done
cargo run -q --example format_features -- "$out/libreoffice"
libreoffice --headless --convert-to ods --outdir "$out/libreoffice" "$out/libreoffice/features.xlsx" >/dev/null
libreoffice --headless --convert-to xls --outdir "$out/libreoffice" "$out/libreoffice/features.xlsx" >/dev/null
python3 - <<'PY'
from msoffcrypto.format.ooxml import OOXMLFile
with open("samples/priority-1.xlsx", "rb") as src, open("tests/fixtures/password.xlsx", "wb") as dst:
    f = OOXMLFile(src)
    f.encrypt("secret", dst)
PY
fi
# The other areas: the generator writes the seven .xlsx and EXPECTED.tsv
# (which already names the .ods and .xls), and the two intermediates.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run -q --example other_areas -- samples/other-areas --intermediate "$tmp"
# A private LibreOffice profile, so a running LibreOffice does not take the job.
lo() { libreoffice -env:UserInstallation="file://$tmp/profile" --headless "$@" >/dev/null; }
lo --convert-to ods --outdir samples/other-areas "$tmp/eastmoor-wsoa-tracker.xlsx"
lo --convert-to xls --outdir samples/other-areas "$tmp/southvale-monthly-progress.xlsx"
rm -f samples/other-areas/eastmoor-wsoa-tracker.xlsx samples/other-areas/southvale-monthly-progress.xlsx
test -s samples/other-areas/eastmoor-wsoa-tracker.ods
test -s samples/other-areas/southvale-monthly-progress.xls
echo "fixtures written to $out and samples/other-areas"

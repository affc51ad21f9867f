#!/usr/bin/env bash
# Writes the workbooks of other spreadsheet programs that ForeignWorkbooksTest imports:
#   libreoffice/<type>.xlsx  Tandem's export opened and saved again by LibreOffice Calc (headless)
#   openpyxl/<type>.xlsx     a new workbook written by openpyxl with the values and formats of Tandem's export
# Input: Tandem's exports of the test's sample plans, which ForeignWorkbooksTest writes to ../target/tandem-workbooks/
# (./mvnw verify -pl tests/tandem.excel.tests first). Needs Debian's libreoffice-calc-nogui and python3-openpyxl.
# Run it again when the sample plans or the workbook layouts change.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exports=${1:-$here/../target/tandem-workbooks}
types="center campaigns staffing training ivr goals"
for type in $types; do
  [ -f "$exports/$type.xlsx" ] || { echo "no $exports/$type.xlsx: run tests/tandem.excel.tests first" >&2; exit 1; }
done

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$here/libreoffice" "$here/openpyxl"
for type in $types; do
  soffice "-env:UserInstallation=file://$profile" --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' \
    --outdir "$here/libreoffice" "$exports/$type.xlsx" >/dev/null
  /usr/bin/python3 "$here/openpyxl-copy.py" "$exports/$type.xlsx" "$here/openpyxl/$type.xlsx"
done
ls -l "$here/libreoffice" "$here/openpyxl"

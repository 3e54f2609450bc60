#!/usr/bin/env bash
# packaging_desktop_entry: the desktop entry passes desktop-file-validate and
# names the icon and the program the packages install.
# usage: check_desktop_entry.sh SOURCE_DIR APP_ID
set -euo pipefail
source_dir=$1 app_id=$2
desktop=$source_dir/packaging/$app_id.desktop

command -v desktop-file-validate >/dev/null ||
    { echo "FAIL: desktop-file-validate is missing (apt-get install desktop-file-utils)" >&2; exit 1; }
# desktop-file-validate exits 0 on warnings and hints; they fail here too
# (a missing main category hides the entry in menus).
report=$(desktop-file-validate "$desktop" 2>&1) || { echo "$report" >&2; echo "FAIL: desktop-file-validate" >&2; exit 1; }
if [ -n "$report" ]; then
    echo "$report" >&2
    echo "FAIL: desktop-file-validate reported problems" >&2
    exit 1
fi

expect() {
    grep -qx "$1" "$desktop" || { echo "FAIL: $desktop has no line \"$1\"" >&2; exit 1; }
}
expect "Icon=$app_id"
expect "Exec=usagedesk"
expect "Terminal=false"
for lang in de fr; do
    grep -q "^Name\[$lang\]=" "$desktop" || { echo "FAIL: no Name[$lang]" >&2; exit 1; }
    grep -q "^Comment\[$lang\]=" "$desktop" || { echo "FAIL: no Comment[$lang]" >&2; exit 1; }
done
echo "PASS: $desktop"

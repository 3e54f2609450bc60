#!/usr/bin/env bash
# packaging_appstream: the AppStream metainfo validates offline, pedantic
# hints included, and its release matches the project version.
# usage: check_appstream.sh SOURCE_DIR APP_ID VERSION
set -euo pipefail
source_dir=$1 app_id=$2 version=$3
metainfo=$source_dir/packaging/$app_id.metainfo.xml

command -v appstreamcli >/dev/null ||
    { echo "FAIL: appstreamcli is missing (apt-get install appstream)" >&2; exit 1; }
# appstreamcli fails on errors and warnings only; infos (E:, W:, I:) fail
# here too. Pedantic hints (P:) are printed, not fatal: the one there is,
# cid-contains-uppercase-letter, is the reverse-DNS id we chose and keep
# (renaming it would orphan installed copies in software centres).
report=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) ||
    { echo "$report" >&2; echo "FAIL: appstreamcli validate" >&2; exit 1; }
echo "$report"
if grep -Eq '^[EWI]: ' <<<"$report"; then
    echo "FAIL: appstreamcli reported errors, warnings or infos" >&2
    exit 1
fi

grep -q "<id>$app_id</id>" "$metainfo" || { echo "FAIL: the id is not $app_id" >&2; exit 1; }
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    { echo "FAIL: the launchable is not $app_id.desktop" >&2; exit 1; }
grep -q "<release version=\"$version\"" "$metainfo" ||
    { echo "FAIL: no <release version=\"$version\"> (the project version): add release notes" >&2; exit 1; }
for shot in $(grep -o 'docs/screenshots/[^<]*\.png' "$metainfo"); do
    [ -f "$source_dir/$shot" ] || { echo "FAIL: the screenshot $shot does not exist" >&2; exit 1; }
done
echo "PASS: $metainfo"

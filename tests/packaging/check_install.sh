#!/usr/bin/env bash
# packaging_install: installs the .deb that packaging_cpack built (apt-get,
# so the Depends line is resolved from the archive), runs the INSTALLED
# usagedesk-cli (--version, init, seed, report generate --out) in a throw-away
# HOME, then removes the package and checks nothing of it is left.
#
# It changes the system, so it needs root on a Debian system (the CI case).
# Elsewhere it fails, unless USAGEDESK_SKIP_INSTALL_TEST=1 is set: then it
# exits 77, which CTest reports as skipped, never as passed.
# usage: check_install.sh DEB_DIR VERSION
set -euo pipefail
deb_dir=$1 version=$2

fail() { echo "FAIL: $*" >&2; exit 1; }
cannot_run() {
    if [ "${USAGEDESK_SKIP_INSTALL_TEST:-}" = 1 ]; then
        echo "SKIP: $* (USAGEDESK_SKIP_INSTALL_TEST=1)"
        exit 77
    fi
    fail "$*; this test installs the .deb system-wide. Run the tests as root on Debian, or set USAGEDESK_SKIP_INSTALL_TEST=1 to skip it"
}
[ "$(id -u)" = 0 ] || cannot_run "not running as root"
command -v dpkg >/dev/null && command -v apt-get >/dev/null || cannot_run "no dpkg/apt-get here"

shopt -s nullglob
debs=("$deb_dir"/usagedesk_*.deb)
[ ${#debs[@]} = 1 ] || fail "expected one usagedesk_*.deb in $deb_dir (built by packaging_cpack), found ${#debs[@]}"
deb=$(cd "$(dirname "${debs[0]}")" && pwd)/$(basename "${debs[0]}")

installed() { dpkg-query -W -f='${Status}' usagedesk 2>/dev/null | grep -q 'install ok installed'; }

# A copy left by an earlier run of this test that was killed before its
# clean-up (a CTest timeout) is ours: take it away first. Any other
# installed usagedesk is the user's: leave it alone.
if installed; then
    maintainer=$(dpkg-query -W -f='${Maintainer}' usagedesk)
    if [ "$maintainer" = "$(dpkg-deb --field "$deb" Maintainer)" ] &&
        [ "$(dpkg-query -W -f='${Version}' usagedesk)" = "$(dpkg-deb --field "$deb" Version)" ]; then
        echo "removing a usagedesk left installed by an earlier run"
        DEBIAN_FRONTEND=noninteractive apt-get purge -y usagedesk >/dev/null 2>&1 ||
            fail "could not remove the usagedesk left by an earlier run (apt-get purge usagedesk)"
    else
        fail "another usagedesk is installed; this test will not replace it"
    fi
fi

work=$(mktemp -d)
cleanup() {
    status=$?
    # Finish the removal even if the terminal or the caller goes away: an
    # interrupted dpkg leaves the system needing `dpkg --configure -a`.
    trap '' INT TERM PIPE HUP
    if installed; then
        echo "clean-up: removing usagedesk"
        DEBIAN_FRONTEND=noninteractive apt-get purge -y usagedesk >/dev/null 2>&1 || dpkg --purge usagedesk || true
    fi
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

echo "installing $deb"
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >"$work/apt.log" 2>&1; then
    cat "$work/apt.log" >&2
    fail "apt-get install $deb (without network, its Depends must already be installed)"
fi
installed || fail "dpkg does not list usagedesk as installed"
files=$(dpkg -L usagedesk)

cli=/usr/bin/usagedesk-cli
[ -x "$cli" ] && [ -x /usr/bin/usagedesk ] || fail "the package did not install /usr/bin/usagedesk and $cli"
got=$("$cli" --version)
[ "$got" = "usagedesk-cli $version" ] || fail "$cli --version printed \"$got\", expected \"usagedesk-cli $version\""
echo "$got"
# The GUI starts and reads its options (offscreen: CI has no display).
mkdir -m 0700 "$work/runtime"
XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen /usr/bin/usagedesk --version | grep -q "$version" ||
    fail "/usr/bin/usagedesk --version does not print $version"

# A fresh user: the default database in the per-user data folder.
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$HOME"
unset USAGEDESK_DB
cd "$work"
run() {
    echo "+ usagedesk-cli $*" >&2
    "$cli" "$@" || fail "usagedesk-cli $* exited $?"
}
USAGEDESK_NEW_PASSWORD='package test password' run init --admin packager
export USAGEDESK_USER=packager USAGEDESK_PASSWORD='package test password'
run seed --tenants 20 --days 40 --seed 7 --end 2026-10-31
id=$(run --today 2026-11-15 report generate --name "Package test" --scope all \
    --period last-month --out "$work/october.csv")
[[ "$id" =~ ^[0-9]+$ ]] || fail "report generate printed \"$id\", not a report id"
[ -s "$work/october.csv" ] || fail "report generate did not write $work/october.csv"
head -n 1 "$work/october.csv" | grep -q '^tenant_id,hostname,company_name,contract_mode,period_start,period_end' ||
    fail "the report's header is wrong: $(head -n 1 "$work/october.csv")"
rows=$(($(wc -l <"$work/october.csv") - 1))
[ "$rows" = 20 ] || fail "the report has $rows rows, expected one per tenant (20)"
grep -q ',2026-10-01,2026-10-31,' "$work/october.csv" || fail "the report is not for October 2026"
ls "$XDG_DATA_HOME"/*/*.sqlite >/dev/null 2>&1 || ls "$XDG_DATA_HOME"/*/*/*.sqlite >/dev/null 2>&1 ||
    fail "no database in the per-user data folder $XDG_DATA_HOME"

# A bad command is refused by the installed program too.
if "$cli" report generate --name x --scope all --period someday >/dev/null 2>&1; then
    fail "report generate accepted --period someday"
fi

echo "removing usagedesk"
DEBIAN_FRONTEND=noninteractive apt-get purge -y usagedesk >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; fail "apt-get purge usagedesk"; }
installed && fail "usagedesk is still installed after apt-get purge"
[ ! -e "$cli" ] || fail "$cli is still there after removal"
while read -r path; do
    [ -d "$path" ] && continue
    [ ! -e "$path" ] || fail "$path is still there after removal"
done <<<"$files"
echo "PASS: installed, ran and removed $deb"

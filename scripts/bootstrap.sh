#!/usr/bin/env bash
# UsageDesk's one entry point for a fresh Debian 12 machine:
#   scripts/bootstrap.sh demo   install what is missing, build, start the GUI on a demo database
#   scripts/bootstrap.sh test   install what is missing, build, run every test
#   scripts/bootstrap.sh build  install what is missing and build
# `test` then runs scripts/hardening.sh ci (ASan/UBSan subset and a short
# fuzz run, docs/hardening.md) unless USAGEDESK_HARDENING=0.
# Run it as root, or as a user who may use sudo (only apt-get needs it).
# Environment: BUILD_DIR (default ./build), JOBS (default: all cores).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
jobs=${JOBS:-$(nproc)}
what=${1:-}

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-charts-dev
    libquazip1-qt6-dev qtkeychain-qt6-dev
    libsqlite3-dev sqlite3 libpq-dev libssl-dev
    postgresql python3 python3-aiosmtpd
    dpkg-dev lintian desktop-file-utils appstream
    clang libclang-rt-14-dev llvm
)

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build_dir" -j "$jobs"
}

run_demo() {
    local db="$build_dir/demo/usagedesk-demo.sqlite"
    local cli="$build_dir/app/usagedesk-cli"
    # The demo database's Super Administrator (sign in with these).
    local user=demo password="demo password"
    if [ ! -f "$db" ]; then
        mkdir -p "$(dirname "$db")"
        USAGEDESK_NEW_PASSWORD="$password" "$cli" --db "$db" init --admin "$user"
        USAGEDESK_USER="$user" USAGEDESK_PASSWORD="$password" \
            "$cli" --db "$db" seed --tenants 5000 --days 400 --seed 42
    fi
    echo "Demo database: $db (sign in as \"$user\" with the password \"$password\")"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): run this from a desktop session," >&2
        echo "or set QT_QPA_PLATFORM=offscreen to start without a window." >&2
        exit 1
    fi
    exec "$build_dir/app/usagedesk" --db "$db"
}

run_tests() {
    (cd "$build_dir" && ctest --output-on-failure -j "$jobs" --timeout 1800)
    if [ "${USAGEDESK_HARDENING:-1}" != 0 ]; then
        JOBS=$jobs "$here/scripts/hardening.sh" ci
    fi
}

case "$what" in
demo) install_missing; build; run_demo ;;
test) install_missing; build; run_tests ;;
build) install_missing; build ;;
*)
    echo "usage: $0 demo|test|build" >&2
    exit 2
    ;;
esac

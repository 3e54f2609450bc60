#!/usr/bin/env bash
# clang-tidy (.clang-tidy) over the project's own sources, with the compile
# commands of a configured build (CMAKE_EXPORT_COMPILE_COMMANDS is on):
#   scripts/clang-tidy.sh [FILE|DIR...]    default: app bench fuzz models tests ui
# Environment: BUILD_DIR (default ./build; configured if missing), JOBS.
# Exit status 1 when any check reports (they are all errors).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
jobs=${JOBS:-$(nproc)}

if [ ! -f "$build_dir/compile_commands.json" ]; then
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
# moc and uic output must exist for the sources that include it: build each
# target's <target>_autogen step (and the generated headers they need).
mapfile -t autogen < <(cmake --build "$build_dir" -- -t targets all |
    sed -n 's/^\([A-Za-z0-9_.-]*_autogen\): .*/\1/p')
cmake --build "$build_dir" -j "$jobs" --target "${autogen[@]}" >/dev/null

cd "$here"
[ $# -gt 0 ] || set -- app bench fuzz models tests ui
mapfile -t files < <(find "$@" -name '*.cpp' | sort)
echo "clang-tidy: ${#files[@]} files"
# One process per file; every check is an error (WarningsAsErrors), so a
# file with any finding exits non-zero, and so does xargs (123).
start=$SECONDS
if ! printf '%s\n' "${files[@]}" |
    xargs -P "$jobs" -n 1 clang-tidy -p "$build_dir" --quiet 2> >(grep -v '^[0-9]* warnings\? generated\.$' >&2); then
    echo "clang-tidy: findings (above), $((SECONDS - start)) s" >&2
    exit 1
fi
echo "clang-tidy: clean, ${#files[@]} files, $((SECONDS - start)) s"

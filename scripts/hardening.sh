#!/usr/bin/env bash
# Sanitizer and fuzzing runs (docs/hardening.md):
#   scripts/hardening.sh asan-quick   a fast part of the suite under ASan + UBSan
#   scripts/hardening.sh asan-full [CTEST ARGS]
#                                     the whole suite under ASan + UBSan (extra
#                                     arguments go to ctest, e.g. -R _sqlite)
#   scripts/hardening.sh tsan         the worker-thread tests under ThreadSanitizer, with
#                                     a Qt built with it (scripts/build-tsan-qt.sh, first
#                                     run 1-2 hours on 2 shared cores; not in `ci`)
#   scripts/hardening.sh fuzz [SECS]  each libFuzzer target for SECS seconds (default 60)
#   scripts/hardening.sh ci           what CI runs: asan-quick, then fuzz for 30 s each
# Builds with clang in build-asan and build-tsan beside build/ (ccache makes
# the second run cheap). Environment: JOBS (default: all cores),
# ASAN_BUILD_DIR, TSAN_BUILD_DIR, FUZZ_SECONDS, QT_TSAN_DIR (where
# build-tsan-qt.sh keeps its Qt), TSAN_SYSTEM_QT=1 (tsan with Debian's Qt:
# quick, but TSan then cannot see Qt's synchronisation).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
jobs=${JOBS:-$(nproc)}
asan_dir=${ASAN_BUILD_DIR:-$here/build-asan}
tsan_dir=${TSAN_BUILD_DIR:-$here/build-tsan}
fuzz_targets=(fuzz_csvreader fuzz_filterparser fuzz_smtpreply)

# The quick subset: the parsers, the CSV and MIME writers, the import, the
# filters in SQL and report generation and export on a worker thread (no GUI:
# the ui library would double the build), on SQLite only; and the fuzz
# corpora. The other worker-thread tests are in `tsan`, the rest in
# `asan-full`. About 5 minutes of tests on 2 cores once built.
quick_targets=(
    tst_textrules tst_csvreader tst_csvwriter tst_filterparser tst_smtpreply tst_mailmessage
    tst_reportperiod tst_progressmeter tst_import tst_filtersql tst_reportjob
    "${fuzz_targets[@]/%/_replay}")
quick_tests='^(tst_(textrules|csvreader|csvwriter|filterparser|smtpreply|mailmessage|reportperiod|progressmeter)|tst_(import|filtersql|reportjob)_sqlite|fuzz_corpus_.*)$'

# The tests that run work on worker threads: report generation and export
# (ReportJob, cancel, FileExportJob), the Tenants List's background loaders
# and the scheduler's run-due, on SQLite and on PostgreSQL (the suite's own
# cluster fixture starts first).
tsan_targets=(tst_reportjob tst_reportcancel tst_tenanttablemodel tst_schedulerunner
    tst_fileexportjob)
tsan_tests='^(tst_(reportjob|reportcancel|tenanttablemodel|schedulerunner)_(sqlite|postgres)|tst_fileexportjob)$'
qt_tsan_dir=${QT_TSAN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/usagedesk/qt-tsan-6.4.2}

configure() { # dir sanitizers fuzz
    CC=clang CXX=clang++ cmake -S "$here" -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ "-DUSAGEDESK_SANITIZE=$2" "-DUSAGEDESK_FUZZ=$3" \
        -DUSAGEDESK_BUILD_BENCH=OFF >/dev/null
}

run_ctest() { # dir regex (empty: all)
    cd "$1"
    local args=(--output-on-failure -j "$jobs" --timeout 1800)
    [ -n "$2" ] && args+=(-R "$2")
    ctest "${args[@]}"
}

asan_quick() {
    configure "$asan_dir" "address;undefined" ON
    cmake --build "$asan_dir" -j "$jobs" --target "${quick_targets[@]}"
    run_ctest "$asan_dir" "$quick_tests"
}

asan_full() {
    configure "$asan_dir" "address;undefined" ON
    cmake --build "$asan_dir" -j "$jobs"
    # The packaging checks test the installed package, not our code.
    cd "$asan_dir" && ctest --output-on-failure -j "$jobs" --timeout 3600 -LE packaging "$@"
}

# Our code compiles against the system Qt headers (the same 6.4.2); the
# tests then run with the instrumented Qt libraries and plugins first
# (LD_LIBRARY_PATH, QT_PLUGIN_PATH from its env.sh), so the system libraries
# that link QtCore (QuaZip, QtKeychain, QtGui...) bind to it too.
tsan() {
    local with_qt=
    if [ -z "${TSAN_SYSTEM_QT:-}" ]; then
        [ -f "$qt_tsan_dir/prefix/.complete" ] ||
            QT_TSAN_DIR=$qt_tsan_dir JOBS=$jobs "$here/scripts/build-tsan-qt.sh"
        with_qt=$qt_tsan_dir/prefix
    fi
    configure "$tsan_dir" thread OFF
    cmake --build "$tsan_dir" -j "$jobs" --target "${tsan_targets[@]}"
    if [ -n "$with_qt" ]; then
        # shellcheck source=/dev/null
        . "$with_qt/env.sh"
        check_tsan_qt "$with_qt"
    fi
    run_ctest "$tsan_dir" "$tsan_tests"
}

# Fails unless the dynamic loader picks each instrumented Qt library (listed
# in PREFIX/instrumented) from PREFIX for every test.
check_tsan_qt() { # prefix
    local target lib loaded
    for target in "${tsan_targets[@]}"; do
        # Captured first: grep -q would end the pipe early (pipefail).
        loaded=$(ldd "$tsan_dir/tests/$target")
        while read -r lib; do
            case "$lib" in libQt6*) ;; *) continue ;; esac
            if ! grep -q "^[[:space:]]*$lib => $1/lib/" <<<"$loaded"; then
                echo "hardening: $target does not load $lib from $1/lib" >&2
                return 1
            fi
        done <"$1/instrumented"
    done
    echo "hardening: every test loads the instrumented Qt libraries from $1/lib"
}

# Each target for $1 seconds on its checked-in corpus, new inputs kept in a
# scratch folder (add the interesting ones to the corpus by hand). A crash
# or sanitizer report leaves crash-*/leak-* files in build-asan/fuzz-out.
fuzz() {
    local seconds=${1:-${FUZZ_SECONDS:-60}}
    configure "$asan_dir" "address;undefined" ON
    cmake --build "$asan_dir" -j "$jobs" --target "${fuzz_targets[@]}"
    local out="$asan_dir/fuzz-out"
    for target in "${fuzz_targets[@]}"; do
        mkdir -p "$out/$target/new"
        echo "== $target: $seconds s"
        (cd "$out/$target" &&
            env ASAN_OPTIONS=detect_leaks=1 \
                UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
                LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp" \
                "$asan_dir/fuzz/$target" -max_total_time="$seconds" -max_len=4096 \
                -print_final_stats=1 new "$here/fuzz/corpus/$target")
    done
}

case "${1:-}" in
asan-quick) asan_quick ;;
asan-full) shift; asan_full "$@" ;;
tsan) tsan ;;
fuzz) fuzz "${2:-}" ;;
ci)
    asan_quick
    fuzz "${FUZZ_SECONDS:-30}"
    ;;
*)
    echo "usage: $0 asan-quick|asan-full|tsan|fuzz [seconds]|ci" >&2
    exit 2
    ;;
esac

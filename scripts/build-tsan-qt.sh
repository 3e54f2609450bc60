#!/usr/bin/env bash
# Builds the parts of Qt 6.4.2 that the worker-thread tests load (QtCore,
# QtNetwork with the OpenSSL backend, QtSql with the SQLite and PostgreSQL
# drivers, QtTest) with ThreadSanitizer, from Debian 12's own qt6-base source
# package, for `scripts/hardening.sh tsan` (docs/hardening.md).
#
# Our code keeps compiling against the system Qt headers (the same 6.4.2);
# only at run time do LD_LIBRARY_PATH and QT_PLUGIN_PATH put these libraries
# first. They keep the sonames and symbol versions of Debian's build, so the
# system libraries that link QtCore (QuaZip, QtKeychain, QtDBus, QtGui...)
# bind to the instrumented one.
#
# Result: $QT_TSAN_DIR/prefix/{lib,plugins}, and prefix/env.sh with the run-time
# settings. Environment:
#   QT_TSAN_DIR  where to fetch, build and install (default:
#                ${XDG_CACHE_HOME:-$HOME/.cache}/usagedesk/qt-tsan-6.4.2)
#   JOBS         parallel compile jobs (default 2; the build runs under nice)
# About 40-60 minutes on 2 shared cores; rerunning resumes (ccache, ninja).
set -euo pipefail

version=6.4.2
dir=${QT_TSAN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/usagedesk/qt-tsan-$version}
jobs=${JOBS:-2}
prefix=$dir/prefix
src=$dir/src/qtbase
build=$dir/build

# The installed Qt we must match (headers used by our code, the other
# system libraries that link QtCore).
installed=$(dpkg-query -W -f='${Version}' libqt6core6)
case "$installed" in
"$version"+*) ;;
*)
    echo "build-tsan-qt: installed libqt6core6 is $installed, not $version" >&2
    exit 1
    ;;
esac

fetch() {
    # A private sources list and package lists: the system's apt
    # configuration stays as it is (no deb-src line needed there).
    mkdir -p "$dir/apt/lists/partial" "$dir/src"
    echo 'deb-src http://deb.debian.org/debian bookworm main' >"$dir/apt/sources.list"
    local apt_opts=(-o "Dir::Etc::SourceList=$dir/apt/sources.list"
        -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$dir/apt/lists")
    apt-get "${apt_opts[@]}" update
    local available
    available=$(apt-cache "${apt_opts[@]}" showsrc qt6-base |
        sed -n 's/^Version: //p' | grep -Fx "$installed" || true)
    if [ "$available" != "$installed" ]; then
        echo "build-tsan-qt: source qt6-base $installed not in bookworm's archive" >&2
        exit 1
    fi
    (cd "$dir/src" && apt-get "${apt_opts[@]}" source --download-only "qt6-base=$installed")
    # dpkg-source applies Debian's patches, as the package build does.
    rm -rf "$src"
    (cd "$dir/src" && dpkg-source -x "qt6-base_$installed.dsc" qtbase)
}

configure() {
    # The QtCore features follow debian/rules (glib event dispatcher, ICU,
    # system PCRE2/zlib/double-conversion/libb2/zstd, no bundled MIME
    # database) so behaviour and exported symbols match Debian's build. Left
    # out: the GUI modules, D-Bus, Concurrent and Xml (the tests load the
    # system ones if any: see docs/hardening.md), examples and tests.
    # forkfd_pidfd OFF: QProcess then starts children with fork(), which
    # TSan intercepts and handles, instead of clone(CLONE_VM|CLONE_VFORK),
    # on which clang 14's TSan runtime aborts (CHECK in ForkAfter,
    # docs/hardening.md). The feature is private: no change to the ABI.
    # -g1: line numbers in TSan's stacks (Qt picks -O2 itself). The build
    # tools (moc, rcc, tracegen) are the installed 6.4.2 ones: building them
    # would first build the bootstrap library, a copy of much of QtCore.
    local flags="-O1 -g1 -DNDEBUG"
    cmake -S "$src" -B "$build" -G Ninja \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_C_FLAGS_RELWITHDEBINFO=$flags" "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$flags" \
        "-DCMAKE_INSTALL_PREFIX=$prefix" \
        -DFEATURE_sanitize_thread=ON \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DBUILD_WITH_PCH=ON \
        -DQT_FORCE_FIND_TOOLS=ON -DQT_HOST_PATH=/usr \
        -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DFEATURE_gui=OFF -DFEATURE_widgets=OFF -DFEATURE_dbus=OFF \
        -DFEATURE_concurrent=OFF -DFEATURE_xml=OFF \
        -DFEATURE_mimetype_database=OFF -DFEATURE_glib=ON -DFEATURE_icu=ON \
        -DFEATURE_doubleconversion=ON -DFEATURE_system_doubleconversion=ON \
        -DFEATURE_pcre2=ON -DFEATURE_system_pcre2=ON -DFEATURE_zlib=ON \
        -DFEATURE_system_zlib=ON -DFEATURE_system_libb2=ON -DFEATURE_zstd=ON \
        -DFEATURE_network=ON -DFEATURE_ssl=ON -DFEATURE_openssl=ON \
        -DFEATURE_libproxy=OFF -DFEATURE_system_proxies=ON \
        -DFEATURE_sql=ON -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
        -DFEATURE_sql_psql=ON -DFEATURE_sql_mysql=OFF -DFEATURE_sql_odbc=OFF \
        -DFEATURE_testlib=ON -DFEATURE_forkfd_pidfd=OFF
}

# The libraries and plugins the tests load, most useful first: QtCore holds
# the synchronisation TSan must see (QMutex, QWaitCondition, QThread, the
# event queues). Each one replaces Debian's on its own (same soname and
# symbol versions), so a run can use a partial build: install_runtime copies
# what is built so far. Not the tools: our code builds with the system ones.
targets=(Core Sql QSQLiteDriverPlugin QPSQLDriverPlugin Network QTlsBackendOpenSSLPlugin Test)

install_runtime() {
    rm -rf "$prefix"
    mkdir -p "$prefix/lib" "$prefix/plugins"
    local lib plugin
    for lib in Core Sql Network Test; do
        [ -e "$build/lib/libQt6$lib.so.$version" ] || continue
        cp -a "$build/lib/libQt6$lib.so"* "$prefix/lib/"
        echo "libQt6$lib.so.6" >>"$prefix/instrumented"
    done
    for plugin in sqldrivers/libqsqlite.so sqldrivers/libqsqlpsql.so tls/libqopensslbackend.so; do
        [ -e "$build/plugins/$plugin" ] || continue
        mkdir -p "$prefix/plugins/${plugin%/*}"
        cp -a "$build/plugins/$plugin" "$prefix/plugins/$plugin"
        echo "$plugin" >>"$prefix/instrumented"
    done
    # Our plugins first, then the system's for the rest (platforms for the
    # GUI tests, any plugin not built here).
    cat >"$prefix/env.sh" <<EOF
# Source this to run a program with the ThreadSanitizer Qt ($version).
export LD_LIBRARY_PATH=$prefix/lib\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}
export QT_PLUGIN_PATH=$prefix/plugins:/usr/lib/x86_64-linux-gnu/qt6/plugins
EOF
}

started=$(date +%s)
[ -f "$src/CMakeLists.txt" ] || fetch
[ -f "$build/build.ninja" ] || configure
for target in "${targets[@]}"; do
    echo "== build-tsan-qt: $target ($(($(date +%s) - started)) s)"
    nice cmake --build "$build" -j "$jobs" --target "$target"
    install_runtime
done
touch "$prefix/.complete"
echo "build-tsan-qt: $prefix ready in $(($(date +%s) - started)) s"

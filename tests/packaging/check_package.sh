#!/usr/bin/env bash
# packaging_cpack: builds the .deb and the .tar.gz with CPack into OUT_DIR,
# runs lintian on the .deb and checks what both packages hold. The install
# test (check_install.sh) then uses the .deb left in OUT_DIR.
# usage: check_package.sh BUILD_DIR OUT_DIR APP_ID
set -euo pipefail
build_dir=$1 out_dir=$2 app_id=$3

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cmake cpack dpkg-deb dpkg-shlibdeps lintian tar; do
    command -v "$tool" >/dev/null || fail "$tool is missing (see scripts/bootstrap.sh)"
done

# CPack packages what the build made and, with Ninja, builds nothing itself:
# bring the packaged targets up to date first (a no-op after a full build).
cmake --build "$build_dir" --target usagedesk usagedesk-cli packaging_files ||
    fail "building the packaged targets"

rm -rf "$out_dir"
mkdir -p "$out_dir"
# Its own output folder (and _CPack_Packages staging inside it), so a package
# built by hand in the build folder is neither used nor overwritten.
cpack --config "$build_dir/CPackConfig.cmake" -G "DEB;TGZ" -B "$out_dir" >"$out_dir/cpack.log" 2>&1 ||
    { cat "$out_dir/cpack.log" >&2; fail "cpack"; }

shopt -s nullglob
debs=("$out_dir"/usagedesk_*.deb)
tgzs=("$out_dir"/usagedesk-*.tar.gz)
[ ${#debs[@]} = 1 ] || fail "expected one usagedesk_*.deb in $out_dir, found ${#debs[@]}"
[ ${#tgzs[@]} = 1 ] || fail "expected one usagedesk-*.tar.gz in $out_dir, found ${#tgzs[@]}"
deb=${debs[0]} tgz=${tgzs[0]}
echo "built: $deb $tgz"

# lintian: no error and no warning (infos are printed, not fatal). Tags
# that are not ours to fix are suppressed, each for the reason given:
suppress=(
    # Asks a first upload to the Debian archive to close its ITP bug. This
    # package is not uploaded to Debian, so there is no such bug to close.
    initial-upload-closes-no-bugs
)
lintian_args=(--fail-on error,warning --tag-display-limit 0 --display-info)
[ ${#suppress[@]} = 0 ] || lintian_args+=(--suppress-tags "$(IFS=,; echo "${suppress[*]}")")
lintian_log=$out_dir/lintian.log
lintian "${lintian_args[@]}" "$deb" >"$lintian_log" 2>&1 || {
    cat "$lintian_log" >&2
    fail "lintian reported errors or warnings on $deb"
}
cat "$lintian_log"

# The control fields that matter to apt.
control=$(dpkg-deb --field "$deb")
echo "$control"
grep -q '^Package: usagedesk$' <<<"$control" || fail "Package is not usagedesk"
depends=$(dpkg-deb --field "$deb" Depends)
for need in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 \
            libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libc6; do
    grep -Eq "(^|, )$need( |,|$)" <<<"$depends" || fail "Depends lacks $need: $depends"
done

# Both packages hold the same files (the tar.gz below a top folder).
deb_files=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./usr/|/|')
tgz_files=$(tar -tzf "$tgz" | sed 's|^[^/]*/|/|')
required=(
    /bin/usagedesk
    /bin/usagedesk-cli
    /share/applications/$app_id.desktop
    /share/metainfo/$app_id.metainfo.xml
    /share/icons/hicolor/scalable/apps/$app_id.svg
    /share/man/man1/usagedesk.1.gz
    /share/man/man1/usagedesk-cli.1.gz
    /share/doc/usagedesk/copyright
    /share/doc/usagedesk/changelog.Debian.gz
)
for size in 16 22 24 32 48 64 128 256; do
    required+=("/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${required[@]}"; do
    grep -qx "$file" <<<"$deb_files" || fail "the .deb lacks $file"
    grep -qx "$file" <<<"$tgz_files" || fail "the .tar.gz lacks $file"
done

# Executables 0755, everything else 0644, owned by root.
while read -r mode owner _ _ _ path _; do
    case "$path" in
    */) [ "$mode" = drwxr-xr-x ] || fail "$path has mode $mode" ;;
    ./usr/bin/*) [ "$mode" = -rwxr-xr-x ] || fail "$path has mode $mode" ;;
    *) [ "$mode" = -rw-r--r-- ] || fail "$path has mode $mode" ;;
    esac
    [ "$owner" = root/root ] || fail "$path is owned by $owner"
done < <(dpkg-deb --contents "$deb")

echo "PASS: $deb and $tgz"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Build Godwit's Debian package with CPack and check what it contains.
#
# Usage: packaging/check-deb.sh BUILD_DIR [APP_ID]
#
# BUILD_DIR is a configured and built CMake build directory (it holds
# CPackConfig.cmake). Runs `cpack -G DEB` there, then checks with dpkg-deb that
#   * the package is called godwit;
#   * it contains usr/bin/godwit, usr/bin/godwit-cli and usr/libexec/godwit/godwit-cli-full (executable),
#     usr/share/applications/APP_ID.desktop, usr/share/metainfo/APP_ID.metainfo.xml
#     and usr/share/icons/hicolor/scalable/apps/APP_ID.svg;
#   * Depends names libqt6core6 (or libqt6core6t64), found by dpkg-shlibdeps, and
#     the run-time plugin packages libqt6sql6-psql and friends;
# and validates the installed desktop and metainfo files where the tools exist.
#
# Exit status: 0 all checks passed, 1 a check failed, 2 usage error,
# 1  also when cpack or dpkg-deb is not installed (a missing tool fails, it never skips).

set -u

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 BUILD_DIR [APP_ID]" >&2
    exit 2
fi
if [[ ! -f $1/CPackConfig.cmake ]]; then
    echo "$0: $1 is not a configured build directory (no CPackConfig.cmake)" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
app_id=${2:-org.godwit.Godwit}
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok:   $*"
}

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian packages cmake, dpkg, dpkg-dev)" >&2
        exit 1
    fi
done

# --- build the package -----------------------------------------------------------------
# CPack writes the package to its CPACK_PACKAGE_DIRECTORY, the build directory
# by default; remove packages left by an earlier run so the check sees this one.
rm -f "$build"/godwit_*.deb "$build"/godwit_*.deb.sha256
echo "--- cpack -G DEB in $build"
if ! (cd "$build" && cpack -G DEB --config CPackConfig.cmake); then
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi

shopt -s nullglob
debs=("$build"/godwit_*.deb)
shopt -u nullglob
if [[ ${#debs[@]} -ne 1 ]]; then
    echo "FAIL: expected one godwit_*.deb in $build, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
echo "--- dpkg-deb -I $(basename "$deb")"
dpkg-deb -I "$deb" || fail "dpkg-deb -I cannot read $deb"

# --- control fields --------------------------------------------------------------------
field() {
    dpkg-deb -f "$deb" "$1" 2>/dev/null
}
package=$(field Package)
[[ $package == godwit ]] && pass "Package: godwit" || fail "Package is '$package', expected godwit"
section=$(field Section)
[[ $section == database ]] && pass "Section: database" || fail "Section is '$section', expected database"

depends=$(field Depends)
# One dependency per line, without version restrictions or alternatives' spaces.
dep_names=$(tr ',|' '\n\n' <<<"$depends" | sed -e 's/([^)]*)//g' -e 's/:any//' -e 's/[[:space:]]//g' | grep -v '^$')
has_dep() {
    grep -qxE "$1" <<<"$dep_names"
}
if has_dep 'libqt6core6(t64)?'; then
    pass "Depends has libqt6core6 (from dpkg-shlibdeps)"
else
    fail "Depends lacks libqt6core6/libqt6core6t64: did dpkg-shlibdeps run? Depends: $depends"
fi
for dep in libqt6sql6-psql libqt6sql6-sqlite libqt6sql6-mysql libqt6svg6 qt6-qpa-plugins; do
    if has_dep "$dep"; then
        pass "Depends has $dep"
    else
        fail "Depends lacks $dep. Depends: $depends"
    fi
done

# --- contents --------------------------------------------------------------------------
echo "--- dpkg-deb -c $(basename "$deb")"
contents=$(dpkg-deb -c "$deb") || fail "dpkg-deb -c cannot list $deb"
printf '%s\n' "$contents"
# Lines look like: -rwxr-xr-x root/root 123 2026-11-22 10:00 ./usr/bin/godwit
entry_for() {
    awk -v p="./$1" '$NF == p { print; exit }' <<<"$contents"
}
for path in usr/bin/godwit usr/bin/godwit-cli usr/libexec/godwit/godwit-cli-full; do
    line=$(entry_for "$path")
    if [[ -z $line ]]; then
        fail "$path is not in the package"
    elif [[ $line != -rwx* ]]; then
        fail "$path is not an executable regular file: $line"
    else
        pass "$path"
    fi
done
for path in "usr/share/applications/$app_id.desktop" \
            "usr/share/metainfo/$app_id.metainfo.xml" \
            "usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    if [[ -n $(entry_for "$path") ]]; then
        pass "$path"
    else
        fail "$path is not in the package"
    fi
done

# --- installed files still validate ----------------------------------------------------
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
if dpkg-deb -x "$deb" "$tree"; then
    if command -v desktop-file-validate >/dev/null 2>&1 &&
       [[ -f $tree/usr/share/applications/$app_id.desktop ]]; then
        if out=$(desktop-file-validate "$tree/usr/share/applications/$app_id.desktop" 2>&1) &&
           ! grep -qiE '(error|warning):' <<<"$out"; then
            pass "installed desktop file validates"
        else
            printf '%s\n' "$out"
            fail "installed desktop file does not validate"
        fi
    fi
    if command -v appstreamcli >/dev/null 2>&1; then
        if out=$(appstreamcli validate-tree --no-net "$tree" 2>&1) &&
           ! grep -qE '^(E|W): ' <<<"$out"; then
            pass "appstreamcli validate-tree on the package contents"
        else
            printf '%s\n' "$out"
            fail "appstreamcli validate-tree reported problems"
        fi
    fi
else
    fail "dpkg-deb -x cannot unpack $deb"
fi

if [[ $failures -ne 0 ]]; then
    echo "check-deb.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "check-deb.sh: all checks passed for $(basename "$deb")"
exit 0

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Validate Godwit's desktop integration files.
#
# Usage: packaging/validate.sh SOURCE_DIR [APP_ID]
#
# Checks, relative to SOURCE_DIR:
#   * packaging/APP_ID.desktop passes desktop-file-validate without errors or warnings;
#   * packaging/APP_ID.metainfo.xml passes `appstreamcli validate --no-net`
#     (with --pedantic --strict where supported: pedantic hints are shown but
#     only infos, warnings and errors fail);
#   * the application id is identical in the desktop file name, its Icon= key,
#     the metainfo file name, its <id>, its <launchable> and the icon file name
#     resources/icons/APP_ID.svg;
#   * every file listed in resources/icons/icons.qrc exists, and every SVG in
#     resources/icons is listed there.
#
# APP_ID defaults to the base name of the only *.desktop file in packaging/;
# CMake passes GODWIT_APP_ID so a mismatch with the build system is caught too.
#
# Exit status: 0 all checks passed, 1 a check failed, 2 usage error,
# 1  also when a required validator is not installed (a missing tool fails, it never skips).

set -u

if [[ $# -lt 1 || $# -gt 2 || ! -d $1 ]]; then
    echo "usage: $0 SOURCE_DIR [APP_ID]" >&2
    exit 2
fi

src=$(cd "$1" && pwd)
pkg="$src/packaging"
icons="$src/resources/icons"
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok:   $*"
}

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian packages desktop-file-utils, appstream)" >&2
        exit 1
    fi
done

# --- application id ----------------------------------------------------------
if [[ $# -eq 2 ]]; then
    app_id=$2
else
    shopt -s nullglob
    desktops=("$pkg"/*.desktop)
    shopt -u nullglob
    if [[ ${#desktops[@]} -ne 1 ]]; then
        echo "FAIL: expected exactly one .desktop file in $pkg, found ${#desktops[@]}" >&2
        exit 1
    fi
    app_id=$(basename "${desktops[0]}" .desktop)
fi

if [[ ! $app_id =~ ^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)+$ ]]; then
    fail "application id '$app_id' is not a reverse-DNS name"
fi
echo "application id: $app_id"

desktop="$pkg/$app_id.desktop"
metainfo="$pkg/$app_id.metainfo.xml"
icon="$icons/$app_id.svg"
qrc="$icons/icons.qrc"

for f in "$desktop" "$metainfo" "$icon" "$qrc"; do
    if [[ -f $f ]]; then
        pass "exists: ${f#"$src"/}"
    else
        fail "missing: ${f#"$src"/} (file names must use the application id)"
    fi
done

# --- desktop file ------------------------------------------------------------
if [[ -f $desktop ]]; then
    echo "--- desktop-file-validate ${desktop#"$src"/}"
    out=$(desktop-file-validate "$desktop" 2>&1)
    rc=$?
    [[ -n $out ]] && printf '%s\n' "$out"
    if [[ $rc -ne 0 ]] || grep -qiE '(error|warning):' <<<"$out"; then
        fail "desktop-file-validate reported problems (exit $rc)"
    else
        pass "desktop-file-validate: no errors, no warnings"
    fi

    # Keys read from the [Desktop Entry] group only.
    entry() {
        awk -v key="$1" '
            /^\[/ { in_group = ($0 == "[Desktop Entry]"); next }
            in_group && index($0, key "=") == 1 { print substr($0, length(key) + 2); exit }
        ' "$desktop"
    }
    desktop_icon=$(entry Icon)
    if [[ $desktop_icon == "$app_id" ]]; then
        pass "desktop Icon= is $app_id"
    else
        fail "desktop Icon= is '$desktop_icon', expected '$app_id'"
    fi
    desktop_exec=$(entry Exec)
    if [[ $desktop_exec =~ ^godwit([[:space:]]|$) ]]; then
        pass "desktop Exec= starts the godwit binary"
    else
        fail "desktop Exec= is '$desktop_exec', expected the godwit binary"
    fi
fi

# --- metainfo ----------------------------------------------------------------
if [[ -f $metainfo ]]; then
    echo "--- appstreamcli validate ${metainfo#"$src"/}"
    as_opts=(--no-net)
    as_help=$(appstreamcli validate --help 2>&1)
    grep -q -- '--pedantic' <<<"$as_help" && as_opts+=(--pedantic)
    grep -q -- '--strict' <<<"$as_help" && as_opts+=(--strict)
    echo "appstreamcli validate ${as_opts[*]}"
    out=$(appstreamcli validate "${as_opts[@]}" "$metainfo" 2>&1)
    rc=$?
    [[ -n $out ]] && printf '%s\n' "$out"
    # Without --strict, warnings do not change the exit status: look for them.
    if [[ $rc -ne 0 ]] || grep -qE '^(E|W): ' <<<"$out"; then
        fail "appstreamcli validate reported problems (exit $rc)"
    else
        pass "appstreamcli validate: no errors, no warnings"
    fi

    # The files are formatted one element per line; read the values with sed
    # (no XML tool is required on the build machine).
    meta_id=$(sed -n 's:^[[:space:]]*<id>\([^<]*\)</id>[[:space:]]*$:\1:p' "$metainfo" | head -n 1)
    if [[ $meta_id == "$app_id" ]]; then
        pass "metainfo <id> is $app_id"
    else
        fail "metainfo <id> is '$meta_id', expected '$app_id'"
    fi
    launchable=$(sed -n 's:^[[:space:]]*<launchable type="desktop-id">\([^<]*\)</launchable>[[:space:]]*$:\1:p' "$metainfo" | head -n 1)
    if [[ $launchable == "$app_id.desktop" ]]; then
        pass "metainfo <launchable> is $app_id.desktop"
    else
        fail "metainfo <launchable type=\"desktop-id\"> is '$launchable', expected '$app_id.desktop'"
    fi
    if grep -q '<project_license>GPL-3.0-or-later</project_license>' "$metainfo"; then
        pass "metainfo project_license is GPL-3.0-or-later"
    else
        fail "metainfo <project_license> is not GPL-3.0-or-later"
    fi
    for bin in godwit godwit-cli; do
        if grep -q "<binary>$bin</binary>" "$metainfo"; then
            pass "metainfo provides binary $bin"
        else
            fail "metainfo does not provide <binary>$bin</binary>"
        fi
    done
fi

# --- icon resources ----------------------------------------------------------
if [[ -f $icon ]]; then
    if grep -q '<svg' "$icon" && grep -q 'viewBox="0 0 128 128"' "$icon"; then
        pass "application icon is a 128x128 SVG"
    else
        fail "application icon ${icon#"$src"/} is not an SVG with viewBox 0 0 128 128"
    fi
fi
if [[ -f $qrc ]]; then
    before=$failures
    listed=$(sed -n 's:.*<file[^>]*>\([^<]*\)</file>.*:\1:p' "$qrc")
    while IFS= read -r f; do
        [[ -z $f ]] && continue
        [[ -f "$icons/$f" ]] || fail "icons.qrc lists missing file $f"
    done <<<"$listed"
    for f in "$icons"/*.svg; do
        b=$(basename "$f")
        grep -qxF "$b" <<<"$listed" || fail "resources/icons/$b is not listed in icons.qrc"
        grep -q "alias=\"$b\">$b</file>" "$qrc" || fail "icons.qrc entry for $b does not use alias=\"$b\""
    done
    [[ $failures -eq $before ]] && pass "icons.qrc lists all $(grep -c . <<<"$listed") SVG files, all present"
fi

if [[ $failures -ne 0 ]]; then
    echo "validate.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "validate.sh: all checks passed"
exit 0

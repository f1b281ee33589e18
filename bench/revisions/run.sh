#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Benchmark: `godwit-cli revisions heads` against `alembic heads` on
# generated Invenio-style trees (8 labelled branches, depends_on edges,
# forks and merges; see gen_tree.py), plus the revision graph painted
# off screen when build/bin/godwit-bench-revisions-paint exists.
#
# Usage: bash bench/revisions/run.sh
#
# Environment:
#   BENCH_SIZES      revision counts (default "300 3000 30000")
#   GODWIT_CLI       godwit-cli binary (default REPO/build/bin/godwit-cli)
#   GODWIT_BENCH_PAINT  paint benchmark (default REPO/build/bin/godwit-bench-revisions-paint)
#   PYTHON           a Python with Alembic (default: python3, else /usr/bin/python3)
#   GODWIT_RUNS      runs of godwit-cli and of the paint benchmark per size, best kept (default 3)
#   ALEMBIC_RUNS     runs of alembic per size, best kept (default 3)
#   ALEMBIC_SLOW     seconds: when one alembic run takes longer, do not repeat it (default 60)
#   BENCH_RESULTS    where to write the Markdown table (default bench/revisions/results.md)
#   BENCH_KEEP=1     keep the generated trees (their folder is printed)
#
# Wall times are measured around each command with nanosecond clocks
# (/usr/bin/time's own %e only has 10 ms resolution); peak RSS is
# /usr/bin/time's %M. Both tools must print the same set of head ids,
# otherwise the script stops with exit status 1 and keeps the tree.

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

sizes=${BENCH_SIZES:-300 3000 30000}
godwit=${GODWIT_CLI:-$repo/build/bin/godwit-cli}
paint=${GODWIT_BENCH_PAINT:-$repo/build/bin/godwit-bench-revisions-paint}
godwit_runs=${GODWIT_RUNS:-3}
alembic_runs=${ALEMBIC_RUNS:-3}
alembic_slow=${ALEMBIC_SLOW:-60}
results=${BENCH_RESULTS:-$here/results.md}

die() { echo "run.sh: $*" >&2; exit 1; }

[ -x /usr/bin/time ] || die "/usr/bin/time is missing (GNU time, for peak RSS): apt install time"
[ -x "$godwit" ] || die "no godwit-cli at $godwit: cmake --build build --target godwit-cli (or set GODWIT_CLI)"

if [ -n "${PYTHON:-}" ]; then
    python=$PYTHON
    "$python" -c 'import alembic' 2>/dev/null || die "PYTHON=$python cannot import alembic"
else
    python=
    for candidate in python3 /usr/bin/python3; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import alembic' 2>/dev/null; then
            python=$(command -v "$candidate")
            break
        fi
    done
    [ -n "$python" ] || die "no python3 with Alembic found (apt install python3-alembic, or set PYTHON)"
fi
alembic_version=$("$python" -c 'import alembic; print(alembic.__version__)')
python_version=$("$python" -c 'import platform; print(platform.python_version())')

work=$(mktemp -d "${TMPDIR:-/tmp}/godwit-bench-revisions.XXXXXX")
keep=${BENCH_KEEP:-0}
cleanup() {
    if [ "$keep" = 1 ]; then
        echo "run.sh: generated trees kept in $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

now_ns() { date +%s%N; }

# timed OUT_PREFIX COMMAND...: runs COMMAND once, stdout to OUT_PREFIX.out,
# stderr to OUT_PREFIX.err; sets $secs (wall, 3 decimals) and $rss_kb.
timed() {
    local prefix=$1; shift
    local t0 t1 status=0
    t0=$(now_ns)
    /usr/bin/time -f "%e %M" -o "$prefix.time" "$@" >"$prefix.out" 2>"$prefix.err" || status=$?
    t1=$(now_ns)
    if [ "$status" != 0 ]; then
        echo "run.sh: command failed (exit $status): $*" >&2
        sed 's/^/    /' "$prefix.err" | tail -n 20 >&2
        keep=1
        exit 1
    fi
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    rss_kb=$(awk 'END { print $2 }' "$prefix.time")
}

# best_of RUNS LIMIT PREFIX COMMAND...: best wall time of up to RUNS runs
# (stops repeating once a run takes longer than LIMIT seconds); sets
# $best_secs, $best_rss_kb (peak RSS of the best run), $runs_done.
best_of() {
    local runs=$1 limit=$2 prefix=$3; shift 3
    best_secs= best_rss_kb= runs_done=0
    local r
    for ((r = 1; r <= runs; r++)); do
        timed "$prefix.$r" "$@"
        runs_done=$r
        if [ -z "$best_secs" ] || awk -v a="$secs" -v b="$best_secs" 'BEGIN { exit !(a < b) }'; then
            best_secs=$secs best_rss_kb=$rss_kb
        fi
        if [ "$r" -gt 1 ] && ! cmp -s "$prefix.1.out" "$prefix.$r.out"; then
            keep=1
            die "$1 printed something else on run $r than on run 1 (see $prefix.*.out)"
        fi
        if awk -v a="$secs" -v b="$limit" 'BEGIN { exit !(a > b) }'; then
            break
        fi
    done
}

# The head ids in `heads` output: the first word of each line, sorted.
head_ids() { awk 'NF { print $1 }' "$1" | sort; }

mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

rows=()
for n in $sizes; do
    tree=$work/tree-$n
    echo "== $n revisions: generating tree in $tree" >&2
    "$python" "$here/gen_tree.py" "$tree" "$n"
    ini=$tree/alembic.ini

    echo "   godwit-cli revisions heads (best of $godwit_runs)" >&2
    best_of "$godwit_runs" 1000000 "$work/godwit-$n" "$godwit" revisions heads --config "$ini"
    g_secs=$best_secs g_rss=$best_rss_kb g_runs=$runs_done
    if [ -s "$work/godwit-$n.1.err" ]; then
        echo "   note: godwit-cli wrote to stderr:" >&2
        sed 's/^/      /' "$work/godwit-$n.1.err" | head -n 10 >&2
    fi

    echo "   python3 -m alembic heads (best of $alembic_runs, a single run if it takes over ${alembic_slow}s)" >&2
    # With bytecode writing on, whatever the caller's environment says: Alembic's best run is a warm one.
    best_of "$alembic_runs" "$alembic_slow" "$work/alembic-$n" env -u PYTHONDONTWRITEBYTECODE "$python" -m alembic -c "$ini" heads
    a_secs=$best_secs a_rss=$best_rss_kb a_runs=$runs_done

    head_ids "$work/godwit-$n.1.out" >"$work/godwit-$n.heads"
    head_ids "$work/alembic-$n.1.out" >"$work/alembic-$n.heads"
    if ! cmp -s "$work/godwit-$n.heads" "$work/alembic-$n.heads"; then
        keep=1
        {
            echo
            echo "run.sh: FAILURE: godwit-cli and alembic disagree on the heads of the $n-revision tree ($tree)"
            echo "--- alembic heads"
            cat "$work/alembic-$n.1.out"
            echo "--- godwit-cli revisions heads"
            cat "$work/godwit-$n.1.out"
            echo "--- diff (< alembic, > godwit)"
            diff "$work/alembic-$n.heads" "$work/godwit-$n.heads" || true
        } >&2
        exit 1
    fi
    heads=$(wc -l <"$work/alembic-$n.heads")

    paint_cell="paint benchmark not built"
    if [ -x "$paint" ]; then
        echo "   $(basename "$paint") (best of $godwit_runs)" >&2
        best_paint=
        for ((r = 1; r <= godwit_runs; r++)); do
            if ! "$paint" --platform offscreen "$tree/versions" >"$work/paint-$n.$r.out" 2>"$work/paint-$n.$r.err"; then
                paint_cell="failed (see stderr)"
                echo "run.sh: $paint failed on $tree/versions:" >&2
                tail -n 20 "$work/paint-$n.$r.err" | sed 's/^/    /' >&2
                best_paint=
                break
            fi
            ms=$("$python" -c '
import json, sys
for line in reversed(open(sys.argv[1]).read().splitlines()):
    line = line.strip()
    if line.startswith("{"):
        d = json.loads(line)
        if int(d.get("revisions", -1)) != int(sys.argv[2]):
            sys.exit("paint benchmark read %s revisions, expected %s" % (d.get("revisions"), sys.argv[2]))
        print(d["total_ms"])
        break
else:
    sys.exit("no JSON line in the paint benchmark output")
' "$work/paint-$n.$r.out" "$n") || { paint_cell="failed (bad output)"; best_paint=; break; }
            if [ -z "$best_paint" ] || awk -v a="$ms" -v b="$best_paint" 'BEGIN { exit !(a < b) }'; then
                best_paint=$ms
            fi
        done
        [ -z "$best_paint" ] || paint_cell=$(awk -v m="$best_paint" 'BEGIN { printf "%.0f", m }')
    fi

    ratio=$(awk -v a="$a_secs" -v g="$g_secs" 'BEGIN { if (g > 0) printf "%.1f×", a / g; else print "n/a" }')
    a_note=
    [ "$a_runs" -ge "$alembic_runs" ] || a_note=" ($a_runs run$([ "$a_runs" = 1 ] && echo ", cold .pyc" || echo s))"
    rows+=("| $n | $heads | $g_secs | $(mb "$g_rss") | $a_secs$a_note | $(mb "$a_rss") | $ratio | $paint_cell |")
    echo "   godwit ${g_secs}s, alembic ${a_secs}s, ratio $ratio, graph on screen: $paint_cell" >&2
done

commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
built=$(date -u -r "$godwit" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo "?")
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
cores=$(nproc 2>/dev/null || echo "?")

table=$(
    echo "# Revisions benchmark"
    echo
    echo "Generated by \`bash bench/revisions/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
    echo "Godwit at $commit (godwit-cli built $built); Alembic $alembic_version on Python $python_version; ${cpu:-unknown CPU}, $cores cores."
    echo
    echo "Trees from \`gen_tree.py\` (8 labelled branches, depends_on edges, forks and merges)."
    echo "Times are wall seconds of the whole command, best of $godwit_runs (godwit-cli) and"
    echo "$alembic_runs (alembic, fewer when a run exceeds ${alembic_slow} s); RSS is the peak of that run."
    echo "Alembic's first run compiles the scripts to \`__pycache__\`, so its best run is a warm one"
    echo "(except with a single run); godwit-cli keeps no cache."
    echo "Both tools printed the same head ids at every size."
    echo
    echo "| revisions | heads | godwit-cli heads (s) | godwit RSS (MB) | alembic heads (s) | alembic RSS (MB) | alembic/godwit | graph on screen (ms) |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Targets: godwit-cli at least 20× faster than \`alembic heads\`; a 3,000-revision graph laid out and painted in under 500 ms."
)
printf '%s\n' "$table"
printf '%s\n' "$table" >"$results"
echo "run.sh: wrote $results" >&2

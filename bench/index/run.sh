#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Benchmark: Godwit's index migrations against the peers named in the issue, on the real OpenSearch 2 and
# Elasticsearch 7 nodes of scripts/test-servers, in one run, reported as ratios (bench/index/bench.py):
#   bulk   Godwit's bulk phase vs a bare _reindex            (target: overhead under 5 %)
#   cross  ES 7 -> OpenSearch 2, Godwit vs elasticdump (npm) (target: at least 10x faster)
#   lag    sync lag under a steady write load                (target: p95 under 2 s)
#
# Usage: bash bench/index/run.sh [bulk] [cross] [lag]
# Environment: BENCH_DOCS (100000), BENCH_CROSS_DOCS (50000), BENCH_LAG_SECONDS (60), BENCH_REPS (3),
#   GODWIT_CLI (REPO/build/bin/godwit-cli), BENCH_RESULTS (bench/index/results.md).
# elasticdump is installed with npm into ~/.cache/godwit-bench/elasticdump on first use.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
export GODWIT_CLI=${GODWIT_CLI:-$repo/build/bin/godwit-cli}
results=${BENCH_RESULTS:-$here/results.md}
die() { echo "run.sh: $*" >&2; exit 1; }
[ -x "$GODWIT_CLI" ] || die "no godwit-cli at $GODWIT_CLI (cmake --build build --target godwit-cli)"
command -v npm >/dev/null || die "npm is missing: apt install npm"

cache=${XDG_CACHE_HOME:-$HOME/.cache}/godwit-bench/elasticdump
export ELASTICDUMP=$cache/node_modules/.bin/elasticdump
if [ ! -x "$ELASTICDUMP" ]; then
    echo "run.sh: installing elasticdump 6.125.1 with npm into $cache" >&2
    npm install --no-audit --no-fund --prefix "$cache" elasticdump@6.125.1 >&2
fi

started_servers=0
if [ -z "${GODWIT_TEST_OPENSEARCH_URL:-}" ]; then
    "$repo/scripts/test-servers" start >&2
    started_servers=1
fi
eval "$("$repo/scripts/test-servers" env)"
work=$(mktemp -d "${TMPDIR:-/tmp}/godwit-bench-index.XXXXXX")
cleanup() {
    rm -rf "$work"
    [ "$started_servers" = 1 ] && "$repo/scripts/test-servers" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
export GODWIT_NO_KEYCHAIN=1 GODWIT_WORKSPACE="$work/ws"

table=$(python3 "$here/bench.py" "$@")
{
    echo "# Index migration benchmarks"
    echo
    echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m); OpenSearch 2 and Elasticsearch 7.10.2 single nodes (scripts/test-servers, 512 MB heaps)."
    echo
    echo "| Case | Peer | Peer's figure | Godwit's figure | Result |"
    echo "|---|---|---|---|---|"
    echo "$table"
} >"$results"
cat "$results"

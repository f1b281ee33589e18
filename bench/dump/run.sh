#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Benchmark: Godwit dumps against the tools administrators use today, on the same generated data, in one
# run, reported as ratios with peak memory:
#   export   godwit-cli dump export (PostgreSQL)      vs pg_dump --data-only
#   import   godwit-cli dump import (PostgreSQL)      vs psql replaying pg_dump's COPY data
#   SQLite → PostgreSQL  godwit-cli export + import   vs pgloader
#   SQLite → MariaDB     godwit-cli export + import   vs mysqldump + mysql reload
#   Django   godwit-cli fixture export / import       vs manage.py dumpdata / loaddata
#
# Usage: bash bench/dump/run.sh
# Environment:
#   BENCH_ROWS     rows across the three tables (default 1000000)
#   DJANGO_ROWS    parts for the Django comparison (default 20000; Django is slow)
#   GODWIT_CLI     default REPO/build/bin/godwit-cli
#   BENCH_RESULTS  default bench/dump/results.md
#   BENCH_KEEP=1   keep the work folder
# The real servers come from scripts/test-servers (started here when GODWIT_TEST_PG_URL is not set).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
rows=${BENCH_ROWS:-1000000}
django_rows=${DJANGO_ROWS:-20000}
godwit=${GODWIT_CLI:-$repo/build/bin/godwit-cli}
results=${BENCH_RESULTS:-$here/results.md}
die() { echo "run.sh: $*" >&2; exit 1; }
[ -x "$godwit" ] || die "no godwit-cli at $godwit (cmake --build build --target godwit-cli)"
[ -x /usr/bin/time ] || die "GNU time is missing: apt install time"
command -v pgloader >/dev/null || die "pgloader is missing: apt install pgloader"
command -v pg_dump >/dev/null || die "pg_dump is missing: apt install postgresql-client"
command -v mysqldump >/dev/null || die "mysqldump is missing: apt install mariadb-client"
/usr/bin/python3 -c 'import django' 2>/dev/null || die "Django is missing: apt install python3-django"

started_servers=0
if [ -z "${GODWIT_TEST_PG_URL:-}" ]; then
    "$repo/scripts/test-servers" start >&2
    started_servers=1
fi
eval "$("$repo/scripts/test-servers" env)"
work=$(mktemp -d "${TMPDIR:-/tmp}/godwit-bench-dump.XXXXXX")
cleanup() {
    [ "${BENCH_KEEP:-0}" = 1 ] && echo "run.sh: kept $work" >&2 || rm -rf "$work"
    [ "$started_servers" = 1 ] && "$repo/scripts/test-servers" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
export GODWIT_NO_KEYCHAIN=1 GODWIT_WORKSPACE="$work/ws" PYTHONDONTWRITEBYTECODE=1

# Server coordinates without the password on any command line: PGPASSWORD / MYSQL_PWD / GODWIT_PASSWORD.
pg_url=$GODWIT_TEST_PG_URL
pg_user=$(python3 -c 'import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).username)' "$pg_url")
pg_pass=$(python3 -c 'import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).password)' "$pg_url")
pg_port=$(python3 -c 'import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).port)' "$pg_url")
my_url=$GODWIT_TEST_MARIADB_URL
my_user=$(python3 -c 'import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).username)' "$my_url")
my_pass=$(python3 -c 'import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).password)' "$my_url")
my_port=$(python3 -c 'import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).port)' "$my_url")
export PGPASSWORD=$pg_pass PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=$pg_user MYSQL_PWD=$my_pass
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$@"; }
mysql_db() { mysql -h 127.0.0.1 -P "$my_port" -u "$my_user" "$@"; }
pg() { echo "postgresql://$pg_user@127.0.0.1:$pg_port/$1"; }
my() { echo "mysql://$my_user@127.0.0.1:$my_port/$1"; }
fresh_pg() { psql_db postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"; }
fresh_my() { mysql_db -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4"; }

# timed NAME CMD...: wall seconds (3 decimals) and peak RSS (MB) into $secs and $mb
timed() {
    local name=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    if ! /usr/bin/time -f "%M" -o "$work/$name.rss" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
        cat "$work/$name.err" >&2
        die "$name failed"
    fi
    t1=$(date +%s%N)
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", (b-a)/1e9}')
    mb=$(awk '{printf "%.0f", $1/1024}' "$work/$name.rss" | tail -1)
    echo "  $name: ${secs} s, ${mb} MB" >&2
}

rows_line=()
add() { # label godwit_s godwit_mb peer peer_s peer_mb
    local ratio
    ratio=$(awk -v g="$2" -v p="$5" 'BEGIN{ if (g > 0) printf "%.2f×", p/g; else print "–" }')
    rows_line+=("| $1 | $2 | $3 | $4 | $5 | $6 | $ratio |")
}

echo "run.sh: generating $rows rows" >&2
/usr/bin/python3 "$here/gen_data.py" "$work/src.sqlite3" "$rows" >/dev/null

echo "run.sh: SQLite → PostgreSQL" >&2
fresh_pg bench_src
timed godwit_sqlite_export "$godwit" dump export "$work/src.sqlite3" "$work/sqlite-dump"
e_s=$secs; e_mb=$mb
GODWIT_PASSWORD=$pg_pass timed godwit_sqlite_to_pg "$godwit" dump import "$work/sqlite-dump" "$(pg bench_src)" --create-tables --yes
g_s=$(awk -v a="$e_s" -v b="$secs" 'BEGIN{printf "%.2f", a+b}'); g_mb=$(( mb > e_mb ? mb : e_mb ))
fresh_pg bench_pgloader
timed pgloader pgloader --quiet "sqlite://$work/src.sqlite3" "postgresql://$pg_user@127.0.0.1:$pg_port/bench_pgloader"
loaded=$(psql_db bench_pgloader -tAc 'SELECT COUNT(*) FROM stockitem')
[ "$loaded" = "$(psql_db bench_src -tAc 'SELECT COUNT(*) FROM stockitem')" ] || die "pgloader loaded $loaded stock items"
add "SQLite → PostgreSQL (export + import, verified)" "$g_s" "$g_mb" "pgloader" "$secs" "$mb"

echo "run.sh: export from PostgreSQL" >&2
# Both take about a second, where this machine's noise is ±20 %: three alternating runs each, the median.
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
g_runs=(); p_runs=(); g_mb=0; p_mb=0
for run in 1 2 3; do
    GODWIT_PASSWORD=$pg_pass timed godwit_pg_export "$godwit" dump export "$(pg bench_src)" "$work/pg-dump-$run"
    g_runs+=("$secs"); g_mb=$(( mb > g_mb ? mb : g_mb ))
    timed pg_dump pg_dump --data-only -d bench_src -f "$work/pg-data.sql"
    p_runs+=("$secs"); p_mb=$(( mb > p_mb ? mb : p_mb ))
done
mv "$work/pg-dump-1" "$work/pg-dump"
add "export PostgreSQL → dump (median of 3)" "$(median "${g_runs[@]}")" "$g_mb" "pg_dump --data-only" "$(median "${p_runs[@]}")" "$p_mb"

echo "run.sh: import into PostgreSQL" >&2
pg_dump --schema-only -d bench_src -f "$work/pg-schema.sql"
fresh_pg bench_godwit; psql_db bench_godwit -f "$work/pg-schema.sql" >/dev/null
fresh_pg bench_copy; psql_db bench_copy -f "$work/pg-schema.sql" >/dev/null
GODWIT_PASSWORD=$pg_pass timed godwit_pg_import "$godwit" dump import "$work/pg-dump" "$(pg bench_godwit)" --yes
g_s=$secs; g_mb=$mb
timed psql_copy psql -X -q -v ON_ERROR_STOP=1 -d bench_copy -f "$work/pg-data.sql"
[ "$(psql_db bench_copy -tAc 'SELECT COUNT(*) FROM history')" = "$(psql_db bench_godwit -tAc 'SELECT COUNT(*) FROM history')" ] || die "the imports differ"
add "import dump → PostgreSQL (pre-flight, load, verify)" "$g_s" "$g_mb" "psql COPY (pg_dump data)" "$secs" "$mb"

echo "run.sh: SQLite → MariaDB" >&2
fresh_my bench_godwit
GODWIT_PASSWORD=$my_pass timed godwit_sqlite_to_my "$godwit" dump import "$work/sqlite-dump" "$(my bench_godwit)" --create-tables --yes
g_s=$(awk -v a="$e_s" -v b="$secs" 'BEGIN{printf "%.2f", a+b}'); g_mb=$(( mb > e_mb ? mb : e_mb ))
mysqldump -h 127.0.0.1 -P "$my_port" -u "$my_user" --no-data bench_godwit > "$work/my-schema.sql"
timed mysqldump mysqldump -h 127.0.0.1 -P "$my_port" -u "$my_user" --no-create-info --skip-triggers --result-file="$work/my-data.sql" bench_godwit
d_s=$secs; d_mb=$mb
fresh_my bench_reload; mysql_db bench_reload < "$work/my-schema.sql"
timed mysql_reload bash -c "mysql -h 127.0.0.1 -P $my_port -u $my_user bench_reload < '$work/my-data.sql'"
r_s=$(awk -v a="$d_s" -v b="$secs" 'BEGIN{printf "%.2f", a+b}'); r_mb=$(( mb > d_mb ? mb : d_mb ))
[ "$(mysql_db -N -e 'SELECT COUNT(*) FROM bench_reload.history')" = "$(mysql_db -N -e 'SELECT COUNT(*) FROM bench_godwit.history')" ] || die "the reload differs"
add "SQLite → MariaDB (export + import, verified)" "$g_s" "$g_mb" "mysqldump + mysql reload" "$r_s" "$r_mb"

echo "run.sh: Django ($django_rows parts)" >&2
dj="$repo/tests/dump/django"
dj_sqlite=(env GODWIT_DJANGO_ENGINE=sqlite "GODWIT_DJANGO_NAME=$work/dj.sqlite3")
dj_pg() { dj_pg_env=(env GODWIT_DJANGO_ENGINE=postgresql "GODWIT_DJANGO_NAME=$1" "GODWIT_DJANGO_USER=$pg_user" \
          "GODWIT_DJANGO_PASSWORD=$pg_pass" GODWIT_DJANGO_HOST=127.0.0.1 "GODWIT_DJANGO_PORT=$pg_port"); }
(cd "$dj" && "${dj_sqlite[@]}" /usr/bin/python3 manage.py migrate -v0 &&
 "${dj_sqlite[@]}" /usr/bin/python3 manage.py shell -c "
import datetime, decimal
from inventory.models import Category, Part, Tag
root = Category.objects.create(name='Root')
tags = [Tag.objects.create(name='t%d' % i) for i in range(5)]
now = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
Part.objects.bulk_create([Part(name='Part %d' % i, description='x' * (i % 40), category=root, price=decimal.Decimal(i) / 100,
    quantity=i, weight=i / 3, created=now + datetime.timedelta(seconds=i), metadata={'i': i}) for i in range($django_rows)], batch_size=2000)
")
cd "$dj"
timed dumpdata "${dj_sqlite[@]}" /usr/bin/python3 manage.py dumpdata inventory --output "$work/dumpdata.json"
p_s=$secs; p_mb=$mb
timed godwit_fixture_export "$godwit" dump export "$work/dj.sqlite3" "$work/godwit-fixture.json" --tables 'inventory_*'
add "Django fixture export ($django_rows objects)" "$secs" "$mb" "manage.py dumpdata" "$p_s" "$p_mb"
fresh_pg bench_dj1; dj_pg bench_dj1; "${dj_pg_env[@]}" /usr/bin/python3 manage.py migrate -v0
fresh_pg bench_dj2; dj_pg bench_dj2; "${dj_pg_env[@]}" /usr/bin/python3 manage.py migrate -v0
dj_pg bench_dj1
timed loaddata "${dj_pg_env[@]}" /usr/bin/python3 manage.py loaddata "$work/dumpdata.json"
p_s=$secs; p_mb=$mb
GODWIT_PASSWORD=$pg_pass timed godwit_fixture_import "$godwit" dump import "$work/dumpdata.json" "$(pg bench_dj2)" --yes
add "Django fixture import → PostgreSQL ($django_rows objects)" "$secs" "$mb" "manage.py loaddata" "$p_s" "$p_mb"
cd "$repo"

for db in bench_src bench_pgloader bench_godwit bench_copy bench_dj1 bench_dj2; do psql_db postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; done
mysql_db -e "DROP DATABASE IF EXISTS bench_godwit; DROP DATABASE IF EXISTS bench_reload"

commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
{
    echo "# Dump benchmark"
    echo
    echo "Generated by \`bash bench/dump/run.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC at Godwit $commit; $cpu, $(nproc) cores."
    echo "Data: \`gen_data.py\`, $rows rows in three related tables (integers, 64-bit integers, decimals, booleans, text with"
    echo "non-ASCII, timestamps, JSON, NULLs); the Django rows are the test project's parts (tests/dump/django)."
    echo "PostgreSQL $(psql_db postgres -tAc 'SHOW server_version' | cut -d' ' -f1), MariaDB $(mysql_db -N -e 'SELECT VERSION()'), pgloader $(pgloader --version | head -1 | awk '{print $NF}'), Django $(/usr/bin/python3 -c 'import django;print(django.__version__)')."
    echo
    echo "Whole commands, wall seconds of one run (the PostgreSQL export: the median of three alternating runs); peak RSS in MB. Ratio = peer time / Godwit time (above 1: Godwit is faster)."
    echo "Godwit's imports include what the peers do not: the pre-flight (every checksum of the dump verified, the"
    echo "target's schema and keys checked) and the verification after the load (the target's rows read back and"
    echo "checksummed)."
    echo
    echo "| operation | Godwit (s) | Godwit RSS (MB) | peer | peer (s) | peer RSS (MB) | ratio |"
    echo "|---|---:|---:|---|---:|---:|---:|"
    printf '%s\n' "${rows_line[@]}"
} > "$results"
cat "$results"

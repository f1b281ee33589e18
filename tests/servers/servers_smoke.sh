#!/usr/bin/env bash
# Smoke test for the servers started by scripts/test-servers:
#
#   scripts/test-servers start
#   eval "$(scripts/test-servers env)"
#   tests/servers/servers_smoke.sh
#
# Checks that every server is real and usable the way Godwit's tests need it.
# Exits non-zero with a message on the first failure.

set -euo pipefail

checks=0
fail() { echo "servers_smoke: FAIL: $*" >&2; echo "0 passed, 1 failed" >&2; exit 1; }
pass() { checks=$((checks + 1)); echo "ok $checks - $*"; }

for v in GODWIT_TEST_SERVERS_DIR GODWIT_TEST_PG_URL GODWIT_TEST_PG17_URL GODWIT_TEST_MARIADB_URL \
    GODWIT_TEST_OPENSEARCH_URL GODWIT_TEST_ES7_URL GODWIT_TEST_TLS_URL \
    GODWIT_TEST_TLS_CA GODWIT_TEST_TLS_USER GODWIT_TEST_TLS_PASSWORD; do
    [[ -n ${!v:-} ]] || fail "$v is not set (eval \"\$(scripts/test-servers env)\")"
done
for tool in curl psql mariadb python3; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

OS=$GODWIT_TEST_OPENSEARCH_URL
ES=$GODWIT_TEST_ES7_URL
SUFFIX=$$
JSON=(-H 'Content-Type: application/json')

# json_get EXPR: read JSON on stdin, print the python expression EXPR on `j`.
json_get() { python3 -c 'import json,sys; j=json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"; }

# http METHOD URL [curl args...]: print the body; fail on a non-2xx status.
http() {
    local method=$1 url=$2 out code
    shift 2
    out=$(mktemp)
    code=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" --max-time 120 "$@" "$url") ||
        { rm -f "$out"; fail "$method $url: curl failed"; }
    if [[ $code != 2* ]]; then
        cat "$out" >&2
        rm -f "$out"
        fail "$method $url returned HTTP $code"
    fi
    cat "$out"
    rm -f "$out"
}

cleanup() {
    local idx
    for idx in src copy fromes7 join; do
        curl -s -o /dev/null -X DELETE "$OS/godwit-smoke-$idx-$SUFFIX" || true
        curl -s -o /dev/null -X DELETE "$ES/godwit-smoke-$idx-$SUFFIX" || true
    done
    PGCONNECT_TIMEOUT=5 psql -X -q "$GODWIT_TEST_PG_URL" \
        -c "DROP DATABASE IF EXISTS godwit_smoke_$SUFFIX" >/dev/null 2>&1 || true
    mariadb_cmd -e "DROP DATABASE IF EXISTS godwit_smoke_$SUFFIX" >/dev/null 2>&1 || true
}

# ---------------------------------------------------------------- PostgreSQL
pg_version=$(PGCONNECT_TIMEOUT=5 psql -X -At "$GODWIT_TEST_PG_URL" -c 'select version()') ||
    fail "psql could not connect to GODWIT_TEST_PG_URL"
[[ $pg_version == "PostgreSQL 15."* ]] || fail "unexpected PostgreSQL version: $pg_version"
pass "PostgreSQL: $pg_version"
pg17_version=$(PGCONNECT_TIMEOUT=5 psql -X -At "$GODWIT_TEST_PG17_URL" -c 'select version()') ||
    fail "psql could not connect to GODWIT_TEST_PG17_URL"
[[ $pg17_version == "PostgreSQL 17."* ]] || fail "unexpected PostgreSQL version on the second server: $pg17_version"
[[ $(psql -X -At "$GODWIT_TEST_PG17_URL" -c 'select current_user') == godwit ]] ||
    fail "not logged in to PostgreSQL 17 as godwit"
pass "PostgreSQL 17: $pg17_version"
[[ $(psql -X -At "$GODWIT_TEST_PG_URL" -c 'select current_user') == godwit ]] ||
    fail "PostgreSQL: not connected as godwit"
psql -X -q "$GODWIT_TEST_PG_URL" -c "CREATE DATABASE godwit_smoke_$SUFFIX" ||
    fail "PostgreSQL: godwit cannot CREATE DATABASE"
psql -X -q "$GODWIT_TEST_PG_URL" -c "DROP DATABASE godwit_smoke_$SUFFIX" ||
    fail "PostgreSQL: godwit cannot DROP DATABASE"
pass "PostgreSQL: role godwit can create databases"
pg_wrong_url=$(sed 's#^\(postgresql://[^:/@]*:\)[^@]*@#\1wrong@#' <<<"$GODWIT_TEST_PG_URL")
[[ $pg_wrong_url == *:wrong@* ]] || fail "cannot parse GODWIT_TEST_PG_URL"
if PGCONNECT_TIMEOUT=5 psql -X -w -At "$pg_wrong_url" -c 'select 1' >/dev/null 2>&1; then
    fail "PostgreSQL accepted a wrong password"
fi
pass "PostgreSQL: password authentication enforced"

# ------------------------------------------------------------------- MariaDB
# mysql://USER:PASSWORD@HOST:PORT/DB
[[ $GODWIT_TEST_MARIADB_URL =~ ^mysql://([^:]+):([^@]+)@([^:/]+):([0-9]+)/(.+)$ ]] ||
    fail "cannot parse GODWIT_TEST_MARIADB_URL"
MY_USER=${BASH_REMATCH[1]} MY_PW=${BASH_REMATCH[2]} MY_HOST=${BASH_REMATCH[3]}
MY_PORT=${BASH_REMATCH[4]} MY_DB=${BASH_REMATCH[5]}
mariadb_cmd() {
    MYSQL_PWD=$MY_PW mariadb --no-defaults --protocol=TCP --connect-timeout=5 \
        -h "$MY_HOST" -P "$MY_PORT" -u "$MY_USER" -N -B "$MY_DB" "$@"
}
trap cleanup EXIT
my_version=$(mariadb_cmd -e 'select version()') || fail "mariadb could not connect to $MY_HOST:$MY_PORT"
pass "MariaDB: $my_version"
mariadb_cmd -e "CREATE DATABASE godwit_smoke_$SUFFIX; CREATE TABLE godwit_smoke_$SUFFIX.t (id int primary key, s varchar(20)); INSERT INTO godwit_smoke_$SUFFIX.t VALUES (1,'é'); DROP DATABASE godwit_smoke_$SUFFIX" ||
    fail "MariaDB: godwit cannot create databases/tables"
pass "MariaDB: user godwit can create databases"
[[ $(mariadb_cmd -e 'select @@global.local_infile') == 1 ]] || fail "MariaDB: local_infile is not enabled"
pass "MariaDB: local_infile=1"

# ---------------------------------------------------------------- OpenSearch
os_root=$(http GET "$OS/")
os_version=$(json_get 'j["version"]["number"]' <<<"$os_root")
os_dist=$(json_get 'j["version"].get("distribution", "")' <<<"$os_root")
[[ $os_dist == opensearch && $os_version == 2.* ]] ||
    fail "OpenSearch node reports distribution '$os_dist' version '$os_version'"
pass "OpenSearch: version $os_version"

es_root=$(http GET "$ES/")
es_version=$(json_get 'j["version"]["number"]' <<<"$es_root")
[[ $es_version == 7.10.2 ]] || fail "ES7 node reports version '$es_version'"
pass "Elasticsearch: version $es_version"

for url in "$OS" "$ES"; do
    plugins=$(http GET "$url/_nodes/plugins" | json_get \
        '" ".join(sorted(p["name"] for n in j["nodes"].values() for p in n["plugins"] + n["modules"]))')
    for want in ReindexPlugin CommonAnalysisPlugin PainlessPlugin MapperExtrasPlugin ParentJoinPlugin Netty4Plugin; do
        [[ " $plugins " == *"$want"* ]] || fail "$url: $want is not loaded (have: $plugins)"
    done
done
pass "both nodes load reindex, analysis-common, painless, mapper-extras, parent-join, netty4"

# bulk_docs URL INDEX: index 5 docs and refresh.
bulk_docs() {
    local body="" i
    for i in 1 2 3 4 5; do
        body+='{"index":{"_id":"'$i'"}}'$'\n''{"title":"Crème brûlée número '$i'","n":'$i'}'$'\n'
    done
    http POST "$1/$2/_bulk?refresh=true" -H 'Content-Type: application/x-ndjson' \
        --data-binary "$body" | json_get 'j["errors"]' | grep -qx False ||
        fail "$1: bulk indexing into $2 reported errors"
}
count() { http GET "$1/$2/_count" | json_get 'j["count"]'; }

# in-cluster _reindex on OpenSearch, with a painless script
bulk_docs "$OS" "godwit-smoke-src-$SUFFIX"
http POST "$OS/_reindex?refresh=true" "${JSON[@]}" -d '{
  "source": {"index": "godwit-smoke-src-'$SUFFIX'"},
  "dest":   {"index": "godwit-smoke-copy-'$SUFFIX'"},
  "script": {"lang": "painless", "source": "ctx._source.n2 = ctx._source.n * 2"}
}' >/dev/null
[[ $(count "$OS" "godwit-smoke-copy-$SUFFIX") == 5 ]] || fail "OpenSearch: in-cluster _reindex did not copy 5 docs"
n2=$(http GET "$OS/godwit-smoke-copy-$SUFFIX/_doc/3" | json_get 'j["_source"]["n2"]')
[[ $n2 == 6 ]] || fail "OpenSearch: painless reindex script did not run (n2=$n2)"
pass "OpenSearch: in-cluster _reindex (with painless script) copied 5 docs"

# remote reindex FROM the ES7 node INTO the OpenSearch node
bulk_docs "$ES" "godwit-smoke-src-$SUFFIX"
http POST "$OS/_reindex?refresh=true" "${JSON[@]}" -d '{
  "source": {"remote": {"host": "'"$ES"'"}, "index": "godwit-smoke-src-'$SUFFIX'"},
  "dest":   {"index": "godwit-smoke-fromes7-'$SUFFIX'"}
}' >/dev/null
[[ $(count "$OS" "godwit-smoke-fromes7-$SUFFIX") == 5 ]] ||
    fail "OpenSearch: remote _reindex from ES7 did not copy 5 docs"
pass "OpenSearch: remote _reindex from $ES copied 5 docs"

# in-cluster _reindex on ES7 too
http POST "$ES/_reindex?refresh=true" "${JSON[@]}" -d '{
  "source": {"index": "godwit-smoke-src-'$SUFFIX'"}, "dest": {"index": "godwit-smoke-copy-'$SUFFIX'"}
}' >/dev/null
[[ $(count "$ES" "godwit-smoke-copy-$SUFFIX") == 5 ]] || fail "ES7: in-cluster _reindex did not copy 5 docs"
pass "Elasticsearch: in-cluster _reindex copied 5 docs"

# analysis-common (asciifolding), mapper-extras (search_as_you_type) and
# parent-join (join field) on both nodes
for url in "$OS" "$ES"; do
    tokens=$(http POST "$url/_analyze" "${JSON[@]}" \
        -d '{"tokenizer":"standard","filter":["lowercase","asciifolding"],"text":"Crème BRÛLÉE"}' |
        json_get '" ".join(t["token"] for t in j["tokens"])')
    [[ $tokens == "creme brulee" ]] || fail "$url: _analyze gave '$tokens'"
    http PUT "$url/godwit-smoke-join-$SUFFIX" "${JSON[@]}" -d '{"mappings":{"properties":{
        "rel": {"type": "join", "relations": {"question": "answer"}},
        "title": {"type": "search_as_you_type"}}}}' >/dev/null
done
pass "both nodes: _analyze with asciifolding, join and search_as_you_type mappings"

# ---------------------------------------------------------- TLS + basic auth
tls_root=$(curl -sS --fail --max-time 30 --cacert "$GODWIT_TEST_TLS_CA" \
    -u "$GODWIT_TEST_TLS_USER:$GODWIT_TEST_TLS_PASSWORD" "$GODWIT_TEST_TLS_URL/") ||
    fail "TLS: request with CA and credentials failed"
[[ $(json_get 'j["version"]["distribution"]' <<<"$tls_root") == opensearch ]] ||
    fail "TLS: did not get the OpenSearch root document: $tls_root"
pass "TLS: $GODWIT_TEST_TLS_URL with --cacert and basic auth returns the OpenSearch root"

code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 --cacert "$GODWIT_TEST_TLS_CA" \
    -u "$GODWIT_TEST_TLS_USER:wrong-password" "$GODWIT_TEST_TLS_URL/") || true
[[ $code == 401 ]] || fail "TLS: wrong password got HTTP $code, expected 401"
code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 --cacert "$GODWIT_TEST_TLS_CA" \
    "$GODWIT_TEST_TLS_URL/") || true
[[ $code == 401 ]] || fail "TLS: no credentials got HTTP $code, expected 401"
pass "TLS: wrong or missing password gets 401"

rc=0
curl -s -o /dev/null --max-time 30 -u "$GODWIT_TEST_TLS_USER:$GODWIT_TEST_TLS_PASSWORD" \
    "$GODWIT_TEST_TLS_URL/" || rc=$?
[[ $rc == 60 ]] || fail "TLS: with only the system CAs curl exited $rc, expected 60 (untrusted cert)"
pass "TLS: without the generated CA the certificate is rejected"

echo "$checks passed, 0 failed"

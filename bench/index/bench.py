#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Index migration benchmarks, side by side in one run (called by bench/index/run.sh).

  bulk   Godwit's bulk phase (index init + run --once, timed from the state's bulk start/end)
         vs a bare POST _reindex?wait_for_completion=true into an index with the same mappings
  cross  Elasticsearch 7 -> OpenSearch 2: godwit-cli (remote reindex, and client-side copy)
         vs elasticdump (npm) --type=data
  lag    sync lag under a steady write load: a writer puts documents into the source alias; a
         checker reads them back from the destination (realtime GET); p50/p95/max of the delay
"""
import json, os, statistics, subprocess, sys, threading, time, urllib.request

ES, OS = os.environ["GODWIT_TEST_ES7_URL"], os.environ["GODWIT_TEST_OPENSEARCH_URL"]
CLI = os.environ["GODWIT_CLI"]
WS = os.environ["GODWIT_WORKSPACE"]
ELASTICDUMP = os.environ["ELASTICDUMP"]
DOCS = int(os.environ.get("BENCH_DOCS", "100000"))
CROSS_DOCS = int(os.environ.get("BENCH_CROSS_DOCS", "50000"))
LAG_SECONDS = int(os.environ.get("BENCH_LAG_SECONDS", "60"))
REPS = int(os.environ.get("BENCH_REPS", "3"))


def req(url, method="GET", body=None, ctype="application/json"):
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
    r = urllib.request.Request(url, data=data, method=method, headers={"content-type": ctype})
    try:
        with urllib.request.urlopen(r, timeout=600) as resp:
            raw = resp.read()
    except urllib.error.HTTPError as e:
        raw = e.read()
    return json.loads(raw) if raw else {}


MAPPING = {"properties": {"title": {"type": "text"}, "n": {"type": "integer"}, "tags": {"type": "keyword"},
                          "abstract": {"type": "text"}, "updated": {"type": "date", "format": "epoch_millis"}}}


def make_source(url, index, alias, count):
    req(f"{url}/{index}", "DELETE")
    req(f"{url}/{index}", "PUT", {"settings": {"number_of_shards": 2, "number_of_replicas": 0},
                                   "mappings": MAPPING, "aliases": {alias: {"is_write_index": True}}})
    now = int(time.time() * 1000) - 3600_000
    for start in range(0, count, 5000):
        lines = []
        for i in range(start, min(count, start + 5000)):
            lines.append(json.dumps({"index": {"_index": index, "_id": f"d{i}"}}))
            lines.append(json.dumps({"title": f"Record {i} about godwits", "n": i, "tags": [f"t{i % 10}", "bench"],
                                     "abstract": "Bar-tailed godwits fly eleven thousand kilometres non-stop. " * 3,
                                     "updated": now}))
        req(f"{url}/_bulk", "POST", ("\n".join(lines) + "\n").encode(), "application/x-ndjson")
    req(f"{url}/{index}/_refresh", "POST")


def cli(*args, check=True):
    p = subprocess.run([CLI, "--workspace", WS, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if check and p.returncode != 0:
        sys.exit(f"godwit-cli {' '.join(args)} failed: {p.stderr[-2000:]}")
    return p


def write_recipe(name, src, dst, alias, dest_index, method, sync=None):
    job = {"source": alias, "destination": dest_index, "method": method, "slices": "auto", "batch_size": "auto",
           "sync": sync or {"timestamp_field": "updated"}}
    recipe = {"format": "godwit-index-recipe/1", "name": name, "source": {"connection": src},
              "destination": {"connection": dst}, "jobs": [job]}
    os.makedirs(f"{WS}/recipes", exist_ok=True)
    with open(f"{WS}/recipes/{name}.json", "w") as f:
        json.dump(recipe, f)


def state(url, name):
    return req(f"{url}/.godwit-migrations/_doc/{name}").get("_source", {})


def count(url, index):
    req(f"{url}/{index}/_refresh", "POST")
    return req(f"{url}/{index}/_count").get("count", -1)


def bench_bulk(out):
    src = "bench-bulk-v1"
    make_source(OS, src, "bench-bulk", DOCS)
    bare, god = [], []
    for rep in range(REPS):
        # bare _reindex into an index with the same mappings, default settings
        req(f"{OS}/bench-bare", "DELETE")
        req(f"{OS}/bench-bare", "PUT", {"settings": {"number_of_shards": 2, "number_of_replicas": 0}, "mappings": MAPPING})
        t = time.time()
        r = req(f"{OS}/_reindex?wait_for_completion=true&slices=auto&refresh=false", "POST",
                {"source": {"index": src, "size": 1000}, "dest": {"index": "bench-bare"}})
        bare.append(time.time() - t)
        assert r.get("created") == DOCS, r
        # Godwit's bulk phase
        name = f"bench-bulk-{rep}"
        req(f"{OS}/bench-godwit", "DELETE")
        req(f"{OS}/.godwit-migrations/_doc/{name}", "DELETE")
        write_recipe(name, "os", "os", "bench-bulk", "bench-godwit", "reindex")
        cli("index", "init", name, "--yes")
        cli("index", "run", name, "--once")
        b = state(OS, name)["jobs"][0]["bulk"]
        god.append((b["ended_ms"] - b["started_ms"]) / 1000.0)
        assert count(OS, "bench-godwit") == DOCS
    mb, mg = statistics.median(bare), statistics.median(god)
    out.append(f"| Bulk phase, {DOCS:,} documents, in one OpenSearch 2 cluster | bare `_reindex` (wait_for_completion) "
               f"| {mb:.2f} s | {mg:.2f} s | {mg / mb:.3f} (overhead {100 * (mg - mb) / mb:+.1f} %) |")
    for i in ("bench-bare", "bench-godwit", src):
        req(f"{OS}/{i}", "DELETE")


def bench_cross(out):
    src = "bench-xc-v1"
    make_source(ES, src, "bench-xc", CROSS_DOCS)
    # elasticdump: mapping then data, as its README shows
    def elasticdump(extra):
        req(f"{OS}/bench-xc-dump", "DELETE")
        req(f"{OS}/bench-xc-dump", "PUT", {"settings": {"number_of_shards": 2, "number_of_replicas": 0}, "mappings": MAPPING})
        t = time.time()
        p = subprocess.run([ELASTICDUMP, f"--input={ES}/{src}", f"--output={OS}/bench-xc-dump", "--type=data", *extra,
                            "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        seconds = time.time() - t
        if p.returncode != 0:
            sys.exit("elasticdump failed: " + p.stderr[-2000:])
        assert count(OS, "bench-xc-dump") == CROSS_DOCS, count(OS, "bench-xc-dump")
        return seconds

    def godwit(method, rep):
        name = f"bench-xc-{method}-{rep}"
        dest = f"bench-xc-{method}"
        req(f"{OS}/{dest}", "DELETE")
        req(f"{OS}/.godwit-migrations/_doc/{name}", "DELETE")
        write_recipe(name, "es", "os", "bench-xc", dest, method)
        cli("index", "init", name, "--yes")
        t = time.time()
        cli("index", "run", name, "--once")
        total_s = time.time() - t
        b = state(OS, name)["jobs"][0]["bulk"]
        assert count(OS, dest) == CROSS_DOCS
        req(f"{OS}/{dest}", "DELETE")
        return (b["ended_ms"] - b["started_ms"]) / 1000.0, total_s

    # One untimed pass of each first: the nodes' JIT and caches warm up for everybody alike.
    elasticdump(["--limit=1000"])
    godwit("client", "warm")
    dump_default_s = statistics.median(elasticdump([]) for _ in range(REPS))            # its defaults (100 per request)
    dump_s = statistics.median(elasticdump(["--limit=1000"]) for _ in range(REPS))      # tuned
    for method in ("remote-reindex", "client"):
        runs = [godwit(method, rep) for rep in range(REPS)]
        bulk_s = statistics.median(r[0] for r in runs)
        total_s = statistics.median(r[1] for r in runs)
        out.append(f"| ES 7 → OpenSearch 2, {CROSS_DOCS:,} documents, Godwit `{method}` (bulk phase; whole `run --once` {total_s:.2f} s) "
                   f"| elasticdump 6.125 `--type=data` (defaults) | {dump_default_s:.2f} s | {bulk_s:.2f} s | {dump_default_s / bulk_s:.1f}× faster |")
        out.append(f"| ES 7 → OpenSearch 2, {CROSS_DOCS:,} documents, Godwit `{method}` (as above) "
                   f"| elasticdump 6.125 `--type=data --limit=1000` | {dump_s:.2f} s | {bulk_s:.2f} s | {dump_s / bulk_s:.1f}× faster |")
    req(f"{OS}/bench-xc-dump", "DELETE")
    req(f"{ES}/{src}", "DELETE")


def bench_lag(out):
    src = "bench-lag-v1"
    make_source(OS, src, "bench-lag", DOCS)
    name = "bench-lag"
    req(f"{OS}/bench-lag-v2", "DELETE")
    req(f"{OS}/.godwit-migrations/_doc/{name}", "DELETE")
    write_recipe(name, "os", "os", "bench-lag", "bench-lag-v2", "reindex",
                 {"timestamp_field": "updated", "interval_seconds": 0.5, "margin_seconds": 5, "reconcile_interval_seconds": 30})
    cli("index", "init", name, "--yes")
    runner = subprocess.Popen([CLI, "--workspace", WS, "index", "run", name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while state(OS, name).get("status") != "syncing":
        time.sleep(0.5)
    written = {}  # id -> write time
    seen = {}
    stop = threading.Event()
    lock = threading.Lock()

    def writer():
        i = 0
        while not stop.is_set():
            doc_id = f"w{i}"
            t = time.time()
            req(f"{OS}/bench-lag/_doc/{doc_id}", "PUT", {"title": "steady write", "n": i, "tags": ["lag"], "abstract": "x",
                                                           "updated": int(t * 1000)})
            with lock:
                written[doc_id] = t
            i += 1
            time.sleep(0.05)  # about 20 writes per second

    def checker():
        while not stop.is_set() or len(seen) < len(written):
            with lock:
                pending = [d for d in written if d not in seen]
            if pending:
                r = req(f"{OS}/bench-lag-v2/_mget", "POST", {"ids": pending[:500]})
                now = time.time()
                for d in r.get("docs", []):
                    if d.get("found"):
                        seen[d["_id"]] = now
            if stop.is_set() and time.time() > stop_time + 30:
                break
            time.sleep(0.05)

    stop_time = float("inf")
    w = threading.Thread(target=writer)
    c = threading.Thread(target=checker)
    w.start(); c.start()
    time.sleep(LAG_SECONDS)
    stop_time = time.time()
    stop.set()
    w.join(); c.join()
    runner.terminate()
    runner.wait(30)
    lags = sorted(seen[d] - written[d] for d in seen)
    missing = len(written) - len(seen)
    p50 = lags[len(lags) // 2]
    p95 = lags[int(len(lags) * 0.95)]
    out.append(f"| Sync lag, ~20 writes/s for {LAG_SECONDS} s on a {DOCS:,}-document index ({len(lags)} writes, {missing} not seen) "
               f"| target p95 < 2 s | p50 {p50:.2f} s | p95 {p95:.2f} s | max {lags[-1]:.2f} s |")
    cli("index", "cancel", name, "--delete-created", "--yes")
    req(f"{OS}/{src}", "DELETE")


def main():
    out = []
    which = sys.argv[1:] or ["bulk", "cross", "lag"]
    cli("connection", "add", "os", OS, "--search", check=False)
    cli("connection", "add", "es", ES, "--search", check=False)
    for w in which:
        print(f"bench.py: {w}", file=sys.stderr)
        {"bulk": bench_bulk, "cross": bench_cross, "lag": bench_lag}[w](out)
    print("\n".join(out))


if __name__ == "__main__":
    main()

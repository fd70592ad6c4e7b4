#!/usr/bin/env bash
# A year of news, measured: generate N documents, extract them with the Spark job in local
# mode, bulk-load them into a store, serve it and time every query in queries/.
#
#   bench/year-of-news.sh [--docs N] [--work DIR] [--cores C] [--stages generate,extract,load,serve]
#
# Defaults: 2000 documents in /tmp/tigris-bench-N, local[2], every stage. Each stage appends
# its figures (key=value) to DIR/results.txt and prints them: documents/s, wall seconds and
# peak RSS (GNU time's maximum resident set size) of extraction and load, the store's size on
# disk, the server's peak RSS, and p50/p99 latency of each query over --runs timed runs after
# one warm-up. Stages can be re-run alone on an existing DIR (e.g. --stages serve).
# Needs: python3, GNU time (/usr/bin/time); builds the jars when missing (the aggregator build
# makes both target/tigris.jar and the job's jar) and copies them to DIR/jars.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

docs=2000
work=""
cores=2
runs=20
stages="generate,extract,load,serve"
heap="3g"
while [ $# -gt 0 ]; do
    case "$1" in
        --docs) docs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --cores) cores="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        --stages) stages="$2"; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
work="${work:-/tmp/tigris-bench-$docs}"
mkdir -p "$work"
results="$work/results.txt"
# shellcheck source=bench/measure.sh
. "$root/bench/measure.sh"

# the jars measured are copied first, so that rebuilding during a long run cannot change them
mkdir -p "$work/jars"
if [ ! -f spark/job/target/tigris-spark.jar ] || [ ! -f spark/runtime/target/classpath.txt ]; then
    mvn -B -q -f spark/pom.xml package -Dmaven.test.skip=true
fi
[ -f "$work/jars/tigris-spark.jar" ] || cp spark/job/target/tigris-spark.jar "$work/jars/"
[ -f "$work/jars/tigris.jar" ] || cp target/tigris.jar "$work/jars/"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) docs=$docs cores=$cores stages=$stages load=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$results"

if has_stage generate; then
    if [ ! -d "$work/corpus" ]; then
        python3 bench/make-corpus.py "$docs" "$work/corpus"
    fi
    record corpus_bytes "$(du -sb "$work/corpus" | cut -f1)"
fi

if has_stage extract; then
    rm -rf "$work/extracted"
    TIGRIS_SPARK_JAR="$work/jars/tigris-spark.jar" timed extract spark/submit-local --master "local[$cores]" --driver-memory "$heap" -- \
        --out "$work/extracted" "$work/corpus" > "$work/extract.log" 2>&1
    extracted=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["documents"])' "$work/extracted/run.json")
    job_s=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["seconds"])' "$work/extracted/run.json")
    record extract_documents "$extracted"
    record extract_skipped "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["skipped"])' "$work/extracted/run.json")"
    record extract_quads "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["quads"])' "$work/extracted/run.json")"
    record extract_job_seconds "$job_s"
    record extract_wall_seconds "$(wall_s extract)"
    record extract_documents_per_second "$(python3 -c "print(round($extracted / $job_s, 1))")"
    record extract_cpu_seconds "$(cpu_s extract)"
    record extract_documents_per_cpu_second "$(python3 -c "print(round($extracted / $(cpu_s extract), 1))")"
    record extract_peak_rss_mb "$(peak_mb extract)"
    record extract_output_bytes "$(du -sb "$work/extracted" | cut -f1)"
fi

if has_stage load; then
    rm -rf "$work/store"
    timed load java -Xmx"$heap" -jar "$work/jars/tigris.jar" load --store "$work/store" "$work/extracted" \
        > "$work/load.log" 2>&1
    tail -n 3 "$work/load.log"
    loaded=$(grep -o '^[0-9]* documents' "$work/load.log" | tail -n 1 | cut -d' ' -f1)
    record load_documents "$loaded"
    record load_wall_seconds "$(wall_s load)"
    record load_documents_per_second "$(python3 -c "print(round($loaded / $(wall_s load), 1))")"
    record load_cpu_seconds "$(cpu_s load)"
    record load_peak_rss_mb "$(peak_mb load)"
    record store_bytes "$(du -sb "$work/store" | cut -f1)"
    record store_tdb2_bytes "$(du -sb "$work/store/tdb2" 2>/dev/null | cut -f1 || echo 0)"
fi

if has_stage serve; then
    port="$(free_port)"
    java -Xmx"$heap" -jar "$work/jars/tigris.jar" serve --store "$work/store" --port "$port" --localhost \
        --timeout 120 > "$work/serve.log" 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
    for _ in $(seq 1 300); do
        curl -fsS "http://localhost:$port/\$/ping" > /dev/null 2>&1 && break
        kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
        sleep 1
    done
    record serve_start_rss_mb "$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$server/status)"
    for q in queries/*.rq; do
        name="$(basename "$q" .rq)"
        python3 - "$port" "$q" "$runs" "$work/latency-$name.txt" <<'PY' | tee -a "$results"
import sys, time, urllib.request, urllib.parse
port, path, runs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
query = open(path, encoding="utf-8").read()
data = urllib.parse.urlencode({"query": query}).encode()
def once():
    req = urllib.request.Request(f"http://localhost:{port}/kg/sparql", data=data,
                                 headers={"Accept": "text/csv"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=300) as r:
        body = r.read()
    return time.perf_counter() - t0, body.count(b"\n") - 1
try:
    warm, _ = once()  # warm-up; a slow query gets fewer runs (at least 3), about a minute in all
    runs = max(3, min(runs, int(60 / max(warm, 0.001))))
    samples = [once() for _ in range(runs)]
except Exception as e:  # a timeout or an error is a result too
    print(f"query_{path.split('/')[-1][:-3]}=error {type(e).__name__}: {e}")
    sys.exit(0)
times = sorted(s[0] for s in samples)
rows = samples[0][1]
def pct(p):
    return times[min(len(times) - 1, int(round(p / 100 * (len(times) - 1))))]
open(out, "w").write("\n".join(f"{t:.4f}" for t in times) + "\n")
name = path.split('/')[-1][:-3]
print(f"query_{name}=p50 {pct(50)*1000:.0f} ms, p99 {pct(99)*1000:.0f} ms, {rows} rows, {runs} runs")
PY
    done
    record serve_peak_rss_mb "$(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$server/status)"
fi

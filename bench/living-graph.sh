#!/usr/bin/env bash
# A living graph, measured (issue 10): build a corpus, ingest it offline, compare with OpenNLP
# tagging alone and with Jena's tdb2.tdbloader on the same text and quads, ingest more
# documents into the running server, and time pages and queries idle and during a live ingest.
#
#   bench/living-graph.sh [--docs N] [--live M] [--work DIR] [--threads T] [--heap H]
#                         [--duration S] [--queries 'FILE.rq ...']
#                         [--stages corpus,ingest,tagging,tdbloader,live,latency]
#
# Run it with --docs 50000 for the figures the issue asks for; the default (2000) is a check.
# Defaults: --live N/10 (at least 20), --work /tmp/tigris-living-N, --threads 2, --heap 3g,
# --duration 10 (seconds per latency measurement), --queries 'queries/*.rq', every stage. Each stage appends its
# figures (key=value) to DIR/results.txt and prints them; stages can be re-run alone on an
# existing DIR. Needs python3 and GNU time (/usr/bin/time); uses wrk when installed (Debian:
# apt-get install wrk), else a Python loop (bench/latency.py). Builds target/tigris.jar when
# missing and copies it to DIR/jars first, so that rebuilding during a run cannot change it.
#
# Figures:
#   ingest_*      the offline batch (`tigris ingest --store`, a new store: read, extract,
#                 bulk load, cluster, text and spatial indexes): wall seconds from JVM start
#                 (ingest_batch_seconds: the batch's own report, without JVM start and model
#                 loading), CPU seconds (user + system) and peak RSS from GNU time
#   *_per_cpu_second  the same rates per CPU-second: the ones to compare on a shared machine
#   tokens        the OpenNLP tokenizer's tokens of the corpus (TaggingRate's count; the
#                 pipeline's own count differs by its clitic and quote splits and skipped
#                 boilerplate); ingest_tokens_per_second = tokens / ingest wall seconds
#   tagging_*     org.w3id.tigris.annotate.TaggingRate on the same files with T threads:
#                 sentence detector, tokenizer and POS tagger alone, timed (wall and the
#                 process's CPU) after model loading
#   store_quads   quads in the store (the lines of tdb2.tdbdump's N-Quads), and
#                 store_bytes_per_quad = store_bytes (du -sb, TDB2 + text + spatial) / quads
#   tdbloader_*   `java -cp tigris.jar tdb2.tdbloader --loc DIR` on those N-Quads
#   ratio_*       Tigris's rate over the other's on the same input (1.0 = as fast)
#   live_*        `tigris ingest --endpoint` of M more documents into the server on the store
#   lat_idle_* / lat_busy_*   p50/p99 of each page and query at 1 and 16 clients, with
#                 nothing else running / while another M documents are ingested live
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

docs=2000
live=""
work=""
threads=2
heap="3g"
duration=10
stages="corpus,ingest,tagging,tdbloader,live,latency"
queries="queries/*.rq"
while [ $# -gt 0 ]; do
    case "$1" in
        --docs) docs="$2"; shift 2 ;;
        --live) live="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --queries) queries="$2"; shift 2 ;;
        --stages) stages="$2"; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
live="${live:-$(( docs / 10 > 20 ? docs / 10 : 20 ))}"
work="${work:-/tmp/tigris-living-$docs}"
mkdir -p "$work"
results="$work/results.txt"
# shellcheck source=bench/measure.sh
. "$root/bench/measure.sh"
# the last value recorded for a key, from this run or an earlier one on the same DIR
value() { grep "^$1=" "$results" | tail -n 1 | cut -d= -f2-; }
ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(round(a / b, 3) if b else 'n/a')" "$1" "$2"; }

mkdir -p "$work/jars"
[ -f target/tigris.jar ] || mvn -B -q package -DskipTests
[ -f "$work/jars/tigris.jar" ] || cp target/tigris.jar "$work/jars/"
jar="$work/jars/tigris.jar"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) docs=$docs live=$live threads=$threads heap=$heap stages=$stages load=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$results"

if has_stage corpus; then
    # live batches sit one directory down, so that their source names (paths relative to the
    # directory given) differ from the corpus's and they add documents rather than replace them
    [ -d "$work/corpus" ] || python3 bench/make-corpus.py "$docs" "$work/corpus" --seed 7
    [ -d "$work/live/live" ] || python3 bench/make-corpus.py "$live" "$work/live/live" --seed 8
    [ -d "$work/busy/busy" ] || python3 bench/make-corpus.py "$live" "$work/busy/busy" --seed 9
    record corpus_documents "$(find "$work/corpus" -name '*.txt' | wc -l)"
    record corpus_bytes "$(du -sb "$work/corpus" | cut -f1)"
fi

if has_stage ingest; then
    rm -rf "$work/store"
    timed ingest java -Xmx"$heap" -jar "$jar" ingest --store "$work/store" --threads "$threads" "$work/corpus" \
        > "$work/ingest.log" 2>&1
    tail -n 1 "$work/ingest.log"
    ingested=$(grep -oE '^[0-9]+ documents' "$work/ingest.log" | tail -n 1 | cut -d' ' -f1)
    record ingest_documents "$ingested"
    record ingest_batch_seconds "$(grep -oE 'in [0-9.]+ s' "$work/ingest.log" | tail -n 1 | cut -d' ' -f2)"
    record ingest_wall_seconds "$(wall_s ingest)"
    record ingest_cpu_seconds "$(cpu_s ingest)"
    record ingest_documents_per_second "$(ratio "$ingested" "$(wall_s ingest)")"
    record ingest_peak_rss_mb "$(peak_mb ingest)"
    record store_bytes "$(du -sb "$work/store" | cut -f1)"
    # the store's quads, for bytes per quad and as the bulk loader's input
    java -Xmx"$heap" -cp "$jar" tdb2.tdbdump --loc "$work/store/tdb2" > "$work/store.nq"
    quads=$(wc -l < "$work/store.nq")
    record store_quads "$quads"
    record store_bytes_per_quad "$(ratio "$(value store_bytes)" "$quads")"
fi

if has_stage tagging; then
    timed tagging java -Xmx"$heap" -cp "$jar" org.w3id.tigris.annotate.TaggingRate --threads "$threads" "$work/corpus" \
        > "$work/tagging.log" 2>&1
    while IFS= read -r line; do
        [[ "$line" == tagging_*=* ]] && record "${line%%=*}" "${line#*=}"
    done < "$work/tagging.log"
    record tagging_peak_rss_mb "$(peak_mb tagging)"
    record tokens "$(value tagging_tokens)"
    record ingest_tokens_per_second "$(ratio "$(value tokens)" "$(value ingest_wall_seconds)" | awk '{printf "%.0f", $1}')"
    record ingest_tokens_per_cpu_second "$(ratio "$(value tokens)" "$(value ingest_cpu_seconds)" | awk '{printf "%.0f", $1}')"
    record ratio_ingest_to_tagging "$(ratio "$(value ingest_tokens_per_second)" "$(value tagging_tokens_per_second)")"
    record ratio_ingest_to_tagging_per_cpu_second "$(ratio "$(value ingest_tokens_per_cpu_second)" "$(value tagging_tokens_per_cpu_second)")"
fi

if has_stage tdbloader; then
    rm -rf "$work/tdbloader"
    timed tdbloader java -Xmx"$heap" -cp "$jar" tdb2.tdbloader --loc "$work/tdbloader" "$work/store.nq" \
        > "$work/tdbloader.log" 2>&1
    record tdbloader_wall_seconds "$(wall_s tdbloader)"
    record tdbloader_quads_per_second "$(ratio "$(value store_quads)" "$(wall_s tdbloader)" | awk '{printf "%.0f", $1}')"
    record tdbloader_cpu_seconds "$(cpu_s tdbloader)"
    record tdbloader_quads_per_cpu_second "$(ratio "$(value store_quads)" "$(cpu_s tdbloader)" | awk '{printf "%.0f", $1}')"
    record tdbloader_peak_rss_mb "$(peak_mb tdbloader)"
    record tdbloader_bytes "$(du -sb "$work/tdbloader" | cut -f1)"
    record ingest_quads_per_second "$(ratio "$(value store_quads)" "$(value ingest_wall_seconds)" | awk '{printf "%.0f", $1}')"
    record ingest_quads_per_cpu_second "$(ratio "$(value store_quads)" "$(value ingest_cpu_seconds)" | awk '{printf "%.0f", $1}')"
    record ratio_ingest_to_tdbloader "$(ratio "$(value ingest_quads_per_second)" "$(value tdbloader_quads_per_second)")"
    record ratio_ingest_to_tdbloader_per_cpu_second "$(ratio "$(value ingest_quads_per_cpu_second)" "$(value tdbloader_quads_per_cpu_second)")"
fi

if has_stage live || has_stage latency; then
    port="$(free_port)"
    url="http://localhost:$port"
    [ -f "$work/auth" ] || { echo "admin:$(python3 -c 'import secrets; print(secrets.token_hex(12))')" > "$work/auth"; chmod 600 "$work/auth"; }
    java -Xmx"$heap" -jar "$jar" serve --store "$work/store" --port "$port" --localhost --auth "$work/auth" \
        --timeout 120 > "$work/serve.log" 2>&1 &
    server=$!
    busy_pid=""
    cleanup() {
        [ -n "$busy_pid" ] && kill "$busy_pid" 2>/dev/null || true
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    }
    trap cleanup EXIT
    for _ in $(seq 1 600); do
        curl -fsS "$url/\$/ping" > /dev/null 2>&1 && break
        kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
        sleep 1
    done
    record serve_start_rss_mb "$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$server/status)"
fi

if has_stage live; then
    timed live java -jar "$jar" ingest --endpoint "$url" --auth "$work/auth" "$work/live" > "$work/live.log" 2>&1
    tail -n 1 "$work/live.log"
    added=$(grep -oE '[0-9]+ added' "$work/live.log" | tail -n 1 | cut -d' ' -f1)
    record live_documents_added "$added"
    record live_wall_seconds "$(wall_s live)"
    record live_documents_per_second "$(ratio "$added" "$(wall_s live)")"
    record live_client_peak_rss_mb "$(peak_mb live)"
fi

# the SPARQL endpoint's first CSV value of a query
first() {
    curl -fsS "$url/kg/sparql" -H 'Accept: text/csv' --data-urlencode "query=$1" | sed -n 2p | tr -d '\r' | cut -d, -f1
}
page() { echo "$url/page/${1#*/id/}"; }

if has_stage latency; then
    prefixes='PREFIX tg: <https://w3id.org/tigris/ontology#> PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>'
    entity="$(first "$prefixes SELECT ?e (COUNT(*) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1")"
    label="$(first "$prefixes SELECT ?l WHERE { <$entity> rdfs:label ?l } LIMIT 1")"
    document="$(first "$prefixes SELECT ?d WHERE { ?d a tg:Document } LIMIT 1")"
    claim="$(first "$prefixes SELECT ?c WHERE { ?c a tg:Claim } LIMIT 1")"
    # claims have evidence too: an event is evidenced and not a claim
    event="$(first "$prefixes SELECT ?e WHERE { ?e tg:evidence ?x FILTER NOT EXISTS { ?e a tg:Claim } } LIMIT 1")"
    [ -n "$event" ] || event="$(first "$prefixes SELECT ?e WHERE { ?e a/rdfs:subClassOf* tg:Event } LIMIT 1")"
    record lat_entity "$entity"
    record lat_search_words "$label"
    targets=(
        "page_entity $(page "$entity")"
        "page_document $(page "$document")"
        "page_claim $(page "$claim")"
        "page_event $(page "$event")"
        "search $url/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$label")"
    )
    measure() {  # $1 = idle or busy
        for clients in 1 16; do
            for t in "${targets[@]}"; do
                nice -n 19 python3 bench/latency.py "lat_$1_c${clients}_${t%% *}" "${t#* }" \
                    --clients "$clients" --duration "$duration" | tee -a "$results"
            done
            for q in $queries; do
                nice -n 19 python3 bench/latency.py "lat_$1_c${clients}_query_$(basename "$q" .rq)" "$url/kg/sparql" \
                    --query "$q" --clients "$clients" --duration "$duration" | tee -a "$results"
            done
        done
    }
    measure idle
    # during a live ingest: another M documents sent while the same measurements run
    java -jar "$jar" ingest --endpoint "$url" --auth "$work/auth" "$work/busy" > "$work/busy.log" 2>&1 &
    busy_pid=$!
    busy_start=$(date +%s)
    measure busy
    if kill -0 "$busy_pid" 2>/dev/null; then
        # the measurements are over: the client is stopped rather than waited for
        record lat_busy_ingest "still running when the measurements ended (client stopped)"
        kill "$busy_pid" 2>/dev/null || true
    else
        record lat_busy_ingest "ended $(( $(date +%s) - busy_start )) s into the measurements (those after it were idle): $(tail -n 1 "$work/busy.log")"
    fi
    wait "$busy_pid" 2>/dev/null || true
    busy_pid=""
fi

if has_stage live || has_stage latency; then
    record serve_peak_rss_mb "$(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$server/status)"
fi

#!/usr/bin/env python3
"""latency.py NAME URL --clients C --duration S [--query FILE.rq] [--wrk auto|no]

Latency of one page or query under C concurrent clients, for bench/living-graph.sh.
Prints one line: NAME=p50 X ms, p99 Y ms, N requests, E errors, by TOOL.

A GET of URL, or with --query a SPARQL query POSTed to URL (the endpoint) as a form, answers
asked as CSV. One warm-up request first. Then wrk (Debian's `wrk`) runs for S seconds when it
is installed and the warm-up took under S/4 seconds; otherwise (no wrk, or a request too slow
for wrk's fixed duration to give samples) each of C Python threads sends requests one after
another until S seconds have passed and at least 3 answers are in. Errors are non-2xx
answers, timeouts and refused connections; latencies are of every request, errors included.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

TIMEOUT = 300


def request_for(url, query):
    if query is None:
        return urllib.request.Request(url, headers={"Accept": "text/html"})
    body = urllib.parse.urlencode({"query": query}).encode()
    return urllib.request.Request(url, data=body, headers={
        "Accept": "text/csv", "Content-Type": "application/x-www-form-urlencoded"})


def once(url, query):
    t0 = time.perf_counter()
    ok = True
    try:
        with urllib.request.urlopen(request_for(url, query), timeout=TIMEOUT) as r:
            r.read()
            ok = 200 <= r.status < 300
    except Exception:
        ok = False
    return time.perf_counter() - t0, ok


def pct(times, p):
    times = sorted(times)
    return times[min(len(times) - 1, int(round(p / 100 * (len(times) - 1))))]


def python_loop(url, query, clients, duration):
    samples = []
    lock = threading.Lock()
    end = time.perf_counter() + duration

    def client():
        while True:
            with lock:
                if len(samples) >= 3 and time.perf_counter() >= end:
                    return
            s = once(url, query)
            with lock:
                samples.append(s)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times = [s[0] for s in samples]
    errors = sum(1 for s in samples if not s[1])
    return pct(times, 50), pct(times, 99), len(samples), errors, "python"


WRK_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}


def wrk_seconds(text):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    return float(m.group(1)) * WRK_UNITS[m.group(2)]


def run_wrk(url, query, clients, duration):
    with tempfile.TemporaryDirectory() as tmp:
        lua = os.path.join(tmp, "request.lua")
        with open(lua, "w", encoding="utf-8") as fh:
            if query is None:
                fh.write('wrk.headers["Accept"] = "text/html"\n')
            else:
                body = urllib.parse.urlencode({"query": query})
                fh.write('wrk.method = "POST"\n')
                fh.write('wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n')
                fh.write('wrk.headers["Accept"] = "text/csv"\n')
                fh.write("wrk.body = [==[" + body + "]==]\n")
        out = subprocess.run(
            ["wrk", "-t", str(min(clients, 2)), "-c", str(clients), "-d", f"{duration}s",
             "--timeout", f"{TIMEOUT}s", "--latency", "-s", lua, url],
            capture_output=True, text=True, check=True).stdout
    p50 = re.search(r"^\s*50%\s+(\S+)", out, re.M)
    p99 = re.search(r"^\s*99%\s+(\S+)", out, re.M)
    count = re.search(r"(\d+) requests in", out)
    errors = 0
    for m in re.finditer(r"Non-2xx or 3xx responses: (\d+)", out):
        errors += int(m.group(1))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if socket_errors:
        errors += sum(int(g) for g in socket_errors.groups())
    if not (p50 and p99 and count) or int(count.group(1)) == 0:
        return None
    return wrk_seconds(p50.group(1)), wrk_seconds(p99.group(1)), int(count.group(1)), errors, "wrk"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("url")
    ap.add_argument("--clients", type=int, default=1)
    ap.add_argument("--duration", type=float, default=10)
    ap.add_argument("--query")
    ap.add_argument("--wrk", choices=["auto", "no"], default="auto")
    args = ap.parse_args()
    query = open(args.query, encoding="utf-8").read() if args.query else None
    warm, ok = once(args.url, query)
    result = None
    if args.wrk == "auto" and shutil.which("wrk") and warm < args.duration / 4:
        result = run_wrk(args.url, query, args.clients, int(max(1, args.duration)))
    if result is None:
        result = python_loop(args.url, query, args.clients, args.duration)
    p50, p99, n, errors, tool = result
    print(f"{args.name}=p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, {n} requests, {errors} errors, by {tool}")


if __name__ == "__main__":
    sys.exit(main())

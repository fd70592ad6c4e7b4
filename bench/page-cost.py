#!/usr/bin/env python3
"""page-cost.py PID BASEURL NAME=PATH ... [--n N] [--c16 SECONDS]

What a page costs the server (README: "Researcher pages at size"). PID is the server's
process on this machine (its CPU is read from /proc). Every target is fetched twice first
(warm-up, so the JIT has compiled the pages), then per target N sequential GETs: wall p50/p99 and server CPU ms per request
(utime+stime of PID from /proc across each request); then 16 clients for S seconds: p50/p99."""
import sys, time, urllib.request, threading, os
args = sys.argv[1:]
n = 10; c16 = 0
if '--n' in args:
    i = args.index('--n'); n = int(args[i+1]); del args[i:i+2]
if '--c16' in args:
    i = args.index('--c16'); c16 = float(args[i+1]); del args[i:i+2]
pid, base, targets = args[0], args[1], args[2:]
tick = os.sysconf('SC_CLK_TCK')
def cpu():
    f = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) * 1000 / tick
def get(url):
    t = time.perf_counter(); ok = True
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={'Accept': 'text/html'}), timeout=300) as r:
            r.read(); ok = 200 <= r.status < 300
    except Exception as e:
        ok = False
    return (time.perf_counter() - t) * 1000, ok
def pct(xs, p):
    xs = sorted(xs); return xs[min(len(xs)-1, int(round(p/100*(len(xs)-1))))]
for _ in range(2):
    for t in targets:
        w, ok = get(base + t.split('=', 1)[1])
        if not ok: print("warm-up failed:", t, flush=True)
for t in targets:
    name, path = t.split('=', 1); url = base + path
    walls = []; cpus = []; errs = 0
    for _ in range(n):
        c0 = cpu(); w, ok = get(url); cpus.append(cpu() - c0); walls.append(w); errs += not ok
    line = f"{name}: c1 p50 {pct(walls,50):.0f} p99 {pct(walls,99):.0f} ms, cpu p50 {pct(cpus,50):.0f} max {max(cpus):.0f} ms, {n} req {errs} err"
    if c16:
        samples = []; lock = threading.Lock(); end = time.perf_counter() + c16
        def client():
            while True:
                with lock:
                    if len(samples) >= 3 and time.perf_counter() >= end: return
                s = get(url)
                with lock: samples.append(s)
        th = [threading.Thread(target=client) for _ in range(16)]
        [x.start() for x in th]; [x.join() for x in th]
        ws = [s[0] for s in samples]
        line += f"; c16 p50 {pct(ws,50):.0f} p99 {pct(ws,99):.0f} ms, {len(ws)} req {sum(1 for s in samples if not s[1])} err"
    print(line, flush=True)

#!/usr/bin/env python3
"""Prints the figures of bench/results/*.json as a Markdown table."""
import json, sys, pathlib, re
results = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "bench/results")
ceiling = {}
for f in sorted(results.glob("ceiling-*.txt")):
    m = re.search(r"tps = ([0-9.]+) \(without", f.read_text())
    if m: ceiling[f.stem] = float(m.group(1))
best = max(ceiling.values()) if ceiling else None
print("| run | learners | think ms | nodes | cycles/s | cycle p50/p95/p99 ms | next p99 | answer p99 | errors | app CPU % | db CPU % | client CPU % | app RSS MB | / ceiling |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
def key(f):
    d = json.loads(f.read_text()); return (d["nodes"], d["users"])
for f in sorted(results.glob("*.json"), key=key):
    d = json.loads(f.read_text())
    c, r, m = d["cycle"], d["requests"], d.get("machine", {})
    ratio = f"{d['cyclesPerSecond'] / best:.2f}" if best else "-"
    print(f"| {d['label']} | {d['users']} | {d.get('thinkMillis', 0)} | {d['nodes']} | {d['cyclesPerSecond']:.0f} | {c['p50']}/{c['p95']}/{c['p99']} | "
          f"{r.get('next-challenge', {}).get('p99', '-')} | {r.get('answer', {}).get('p99', '-')} | {d['errors']} | "
          f"{m.get('appCpuPercent', '-')} | {m.get('dbCpuPercent', '-')} | {m.get('clientCpuPercent', '-')} | "
          f"{m.get('appRssMaxMb', '-')} | {ratio} |")
for k, v in ceiling.items():
    print(f"\nDatabase ceiling {k}: {v:.0f} transactions/s")

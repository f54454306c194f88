#!/usr/bin/env python3
"""Aggregates JFR execution samples: inclusive counts per frame matching a prefix (default org.acquis).
usage: jfr print --json --events jdk.ExecutionSample --stack-depth 200 rec.jfr | jfr_hot.py [prefix...]"""
import json, sys, collections
prefixes = sys.argv[1:] or ["org.acquis"]
data = json.load(sys.stdin)
events = data["recording"]["events"]
incl = collections.Counter(); top = collections.Counter(); total = 0
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    names = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".") for f in frames]
    if any("BCrypt" in n for n in names):
        continue
    total += 1
    if names: top[names[0]] += 1
    seen = set()
    for n in names:
        if any(n.startswith(p) for p in prefixes) and n not in seen:
            seen.add(n); incl[n] += 1
print(f"samples (bcrypt excluded): {total}")
print("-- inclusive")
for n, c in incl.most_common(40): print(f"{c:6d} {100*c/total:5.1f}% {n}")
print("-- top frames")
for n, c in top.most_common(25): print(f"{c:6d} {100*c/total:5.1f}% {n}")

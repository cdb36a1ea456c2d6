#!/usr/bin/env python3
"""Shortens EXPLAIN ANALYZE output (stdin) to what docs/benchmarks.md notes: each query's name, its plan nodes with
the index they use and the rows they return, and the execution time."""
import re, sys

for line in sys.stdin:
    line = line.rstrip()
    if line.startswith("-- "):
        print("\n" + line[3:])
    elif re.search(r"(Scan|Limit|Sort|Nested Loop|Hash Join|Aggregate|BitmapOr|Merge)", line) and "actual" in line:
        m = re.match(r"(\s*)(?:->\s*)?(.*?)\s*\(actual time=[\d.]+\.\.([\d.]+) rows=(\d+)", line)
        if m:
            print(f"  {m.group(1)}{m.group(2)}  [{m.group(4)} rows, {m.group(3)} ms]")
    elif "Execution Time" in line:
        print("  " + line.strip())

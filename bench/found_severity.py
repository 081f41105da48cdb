#!/usr/bin/env python3
"""Counts, per category, the injected errors Plume found at each severity.

Recall in EVALUATION.md counts a finding at any severity, and the clean-set
alarm rate leaves hints out, so this table shows how many found errors a
student would see only as a hint. Reads the sets `plume eval-errors
--export DIR` writes.

Usage: bench/found_severity.py DIR
"""
import collections
import json
import sys
from pathlib import Path

RANK = {"hint": 0, "warning": 1, "error": 2}


def main(directory: Path) -> None:
    findings = {}
    with open(directory / "plume-corrupted-findings.jsonl", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            findings[record["id"]] = record["findings"]
    counts = collections.defaultdict(collections.Counter)
    with open(directory / "corrupted.jsonl", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            error = record["error"]
            span = error["span"]
            severities = [
                finding["severity"]
                for finding in findings.get(record["id"], [])
                if finding["category"] == error["category"]
                and finding["start"] < span["end"]
                and span["start"] < finding["end"]
            ]
            found = max(severities, key=RANK.__getitem__) if severities else "missed"
            counts[error["category"]][found] += 1
    print("| category | injected | error | warning | hint | missed |")
    print("|---|---:|---:|---:|---:|---:|")
    for category, counter in counts.items():
        total = sum(counter.values())
        cells = " | ".join(str(counter[name]) for name in ("error", "warning", "hint", "missed"))
        print(f"| {category} | {total} | {cells} |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    main(Path(sys.argv[1]))

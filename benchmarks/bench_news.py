"""Benchmark geoinc.extract_incidents on a folder of news reports with an answer key.

    python benchmarks/bench_news.py DIR [DIR ...] [--misses] [--repeat N]

Each DIR holds the reports as ``<id>.txt`` and an answer key ``gold.json``::

    {"<id>": {"published": "2012-11-21" or null,
              "incidents": [{"location": "Rawalpindi|Rāwalpindi",   # regex on the location
                             "date": "2012-11-21" or null,          # null: not scored
                             "killed": [23, 24] or "NA",            # accepted values
                             "injured": [62] or "NA",               # "NA": no figure given
                             "claimed_by": null or "regex",       # "^NA$|X": none or X
                             "blamed_on": null or "regex"}]}}

Speed is measured after the gazetteer is loaded and one short report read (which compiles
the patterns). Rows are paired with the key's incidents on location and killed, then on
location, then in order. Each field is scored over the key's incidents; "all right" counts
reports with every field and the number of rows right. A naive regex extractor (the first "N
killed" and "N injured", the first "in Capitalised" as the place) is scored in the same run
as the baseline.

The project cannot ship third-party news articles (copyright), so no such folder is in the
repository; the figures in the README were measured on 180 real reports kept outside it
(bombings and armed attacks, shootings and stabbings, disasters and accidents) plus a
held-out set coded before geoinc was run on it. Point the script at your own folder in the
format above to measure geoinc on your sources.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geoinc  # noqa: E402
from geoinc._text import fold  # noqa: E402

FIELDS = ("location", "date", "killed", "injured", "claimed/blamed", "rows", "all right")


def naive(text: str, published: str | None) -> list[dict]:
    """The baseline: one row, the first "N killed" / "N injured" / "in Capitalised"."""
    k = re.search(r"(\d+) (?:people |persons )?(?:were |have been )?(?:killed|dead)", text)
    i = re.search(
        r"(\d+) (?:people |persons |others )?(?:were |have been )?(?:injured|wounded)", text
    )
    c = re.search(r"\bin ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", text)
    return [
        {
            "location": c.group(1) if c else "",
            "date": published,
            "killed": int(k.group(1)) if k else None,
            "injured": int(i.group(1)) if i else None,
            "claimed_by": None,
            "blamed_on": None,
        }
    ]


def ours(text: str, published: str | None) -> list[dict]:
    gdf = geoinc.extract_incidents(text, published=published)
    rows = []
    for _, r in gdf.iterrows():
        rows.append(
            {
                "location": r["location"] if isinstance(r["location"], str) else "",
                "date": None if pd.isna(r["date"]) else str(r["date"])[:10],
                "killed": None if pd.isna(r["killed"]) else int(r["killed"]),
                "injured": None if pd.isna(r["injured"]) else int(r["injured"]),
                "claimed_by": None if pd.isna(r["claimed_by"]) else r["claimed_by"],
                "blamed_on": None if pd.isna(r["blamed_on"]) else r["blamed_on"],
            }
        )
    return rows


def _loc_ok(pattern: str, location: str) -> bool:
    return bool(re.search(pattern, location, re.I) or re.search(fold(pattern), fold(location)))


def _actor_ok(pattern: str | None, value: str | None) -> bool:
    if pattern is None:
        return value is None
    if value is None:
        return "^NA$" in pattern  # "^NA$|Taliban": naming nobody is also right
    return bool(re.search(pattern, value, re.I))


def _count_ok(accepted: list[int] | str, value: int | None) -> bool:
    """ "NA": the report gives no figure, so none is right; else one of the accepted values."""
    return value is None if accepted == "NA" else value in accepted


def _pair(key: list[dict], rows: list[dict]) -> dict[int, int]:
    match: dict[int, int] = {}
    used: set[int] = set()
    for strict in (True, False):
        for gi, g in enumerate(key):
            if gi in match:
                continue
            for j, r in enumerate(rows):
                if j in used or not _loc_ok(g["location"], r["location"]):
                    continue
                if strict and not _count_ok(g["killed"], r["killed"]):
                    continue
                match[gi], _ = j, used.add(j)
                break
    for gi in range(len(key)):
        if gi not in match:
            free = [j for j in range(len(rows)) if j not in used]
            if free:
                match[gi], _ = free[0], used.add(free[0])
    return match


def score(folder: Path, extract) -> tuple[dict[str, list[int]], list[str], float]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    tot = {f: [0, 0] for f in FIELDS}
    misses: list[str] = []
    elapsed = 0.0
    for rid, item in sorted(gold.items()):
        if rid.startswith("_"):
            continue
        text = (folder / f"{rid}.txt").read_text(encoding="utf-8")
        t0 = time.perf_counter()
        rows = extract(text, item.get("published"))
        elapsed += time.perf_counter() - t0
        key = item["incidents"]
        before = len(misses)
        tot["rows"][1] += 1
        if len(rows) == len(key):
            tot["rows"][0] += 1
        else:
            misses.append(f"{rid}: {len(rows)} rows, want {len(key)}")
        match = _pair(key, rows)
        for gi, g in enumerate(key):
            r = rows[match[gi]] if gi in match else None
            checks = {
                "location": r is not None and _loc_ok(g["location"], r["location"]),
                "killed": r is not None and _count_ok(g["killed"], r["killed"]),
                "injured": r is not None and _count_ok(g["injured"], r["injured"]),
                "claimed/blamed": r is not None
                and _actor_ok(g["claimed_by"], r["claimed_by"])
                and _actor_ok(g["blamed_on"], r["blamed_on"]),
            }
            if g.get("date"):
                checks["date"] = r is not None and r["date"] == g["date"]
            for field, ok in checks.items():
                tot[field][1] += 1
                tot[field][0] += ok
                if not ok:
                    misses.append(f"{rid} #{gi} {field}: got {r and r.get(_FIELD_KEY[field])!r}")
        tot["all right"][1] += 1
        tot["all right"][0] += len(misses) == before
    return tot, misses, elapsed


_FIELD_KEY = {
    "location": "location",
    "date": "date",
    "killed": "killed",
    "injured": "injured",
    "claimed/blamed": "blamed_on",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--misses", action="store_true", help="list geoinc's misses")
    ap.add_argument(
        "--repeat",
        type=int,
        default=0,
        metavar="N",
        help="also time N passes over every report (CPU time of this process, "
        "one core) and print the best pass's reports/s",
    )
    args = ap.parse_args()
    _ = geoinc.Gazetteer().index  # load once, outside the timing
    geoinc.extract_incidents("A bomb killed 3 people in Kabul on Monday.", published="2020-01-08")
    grand = {name: {f: [0, 0] for f in FIELDS} for name in ("naive regex", "geoinc")}
    n_reports, seconds = 0, 0.0
    for folder in args.folders:
        for name, fn in (("naive regex", naive), ("geoinc", ours)):
            tot, misses, elapsed = score(folder, fn)
            for f in FIELDS:
                grand[name][f][0] += tot[f][0]
                grand[name][f][1] += tot[f][1]
            if name == "geoinc":
                n_reports += tot["rows"][1]
                seconds += elapsed
                if args.misses:
                    print(f"--- {folder}:")
                    print("\n".join(misses))
    print(f"{n_reports} reports in {len(args.folders)} folder(s)")
    print(f"{'':18}{'naive regex':>16}{'geoinc':>16}")
    for f in FIELDS:
        cells = []
        for name in ("naive regex", "geoinc"):
            a, b = grand[name][f]
            cells.append(f"{a}/{b} {a / b:5.1%}" if b else "n/a")
        print(f"{f:18}{cells[0]:>16}{cells[1]:>16}")
    print(f"{'reports/s':18}{'':>16}{n_reports / seconds if seconds else 0:>16.0f}")
    if args.repeat:
        texts = []
        for folder in args.folders:
            gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
            texts += [
                ((folder / f"{rid}.txt").read_text(encoding="utf-8"), item.get("published"))
                for rid, item in sorted(gold.items())
                if not rid.startswith("_")
            ]
        best = {}
        for name, fn in (("naive regex", naive), ("geoinc", ours)):
            rates = []
            for _ in range(args.repeat):
                t0 = time.process_time()
                for text, published in texts:
                    fn(text, published)
                rates.append(len(texts) / max(time.process_time() - t0, 1e-9))
            best[name] = max(rates)
        print(
            f"{'best of ' + str(args.repeat) + ' (CPU)':18}{best['naive regex']:>16.0f}"
            f"{best['geoinc']:>16.1f}  reports/s"
        )


if __name__ == "__main__":
    main()

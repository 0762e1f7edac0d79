"""Benchmark geoinc.extract_incidents on the Stanford MSA descriptions.

Compares the extracted killed / injured / city / date with the table's own columns and
prints the agreement beside a naive regex baseline measured in the same run, plus the
speed (reports per second on one core, after the gazetteer is loaded).

    python benchmarks/bench_extract.py [--limit N]

The table (data/stanford_msa_mass_shootings_1966_2016.csv, CC BY 4.0, Stanford
Geospatial Center) counts fatalities in "Total Number of Fatalities" (sometimes including
the shooter, hence the ±1 column) and the injured in the civilian + enforcement
"Injured" columns. A description that gives no figure is counted as a miss.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geoinc  # noqa: E402
from geoinc._text import fold  # noqa: E402

DATA = ROOT / "data" / "stanford_msa_mass_shootings_1966_2016.csv"


def naive(text: str) -> dict:
    """The baseline: the first "N killed/dead" and "N injured/wounded" and "in Capitalised"."""
    k = re.search(r"(\d+) (?:people |persons )?(?:were )?(?:killed|dead)", text)
    i = re.search(r"(\d+) (?:people |persons |others )?(?:were )?(?:injured|wounded)", text)
    c = re.search(r"\bin ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", text)
    return {
        "killed": int(k.group(1)) if k else None,
        "injured": int(i.group(1)) if i else None,
        "city": c.group(1) if c else None,
        "date": None,
    }


def ours(text: str, published=None) -> dict:
    gdf = geoinc.extract_incidents(text, published=published)
    if not len(gdf):
        return {
            "killed": None,
            "injured": None,
            "city": None,
            "date": None,
            "lat": None,
            "lon": None,
        }
    row = gdf.iloc[0]
    return {
        "killed": None if pd.isna(row["killed"]) else int(row["killed"]),
        "injured": None if pd.isna(row["injured"]) else int(row["injured"]),
        "city": row["location"] if isinstance(row["location"], str) else None,
        "place": row["place"] if isinstance(row["place"], str) else None,
        "date": None if pd.isna(row["date"]) else row["date"].date(),
        "lat": row["latitude"],
        "lon": row["longitude"],
    }


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, a)))


def city_ok(pred: dict, truth: pd.Series) -> bool:
    want = fold(str(truth["City"]))
    names = [fold(str(pred.get(k) or "")).split(" ") for k in ("city", "place")]
    for got in (pred.get("city"), pred.get("place")):
        if got and fold(str(got).split(",")[0]) == want:
            return True
    del names
    lat, lon = pred.get("lat"), pred.get("lon")
    if lat is not None and not pd.isna(lat) and not pd.isna(truth["Latitude"]):
        return _km(lat, lon, truth["Latitude"], truth["Longitude"]) <= 30
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument(
        "--show-date-misses",
        type=int,
        default=0,
        help="list N date misses (published known): table date, extracted, "
        "the date phrases of the text",
    )
    args = ap.parse_args()
    table = pd.read_csv(DATA)
    table = table[table["Description"].notna()].reset_index(drop=True)
    if args.limit:
        table = table.head(args.limit)
    killed = table["Total Number of Fatalities"].astype(int)
    injured = (
        table["Number of Civilian Injured"].fillna(0)
        + table["Number of Enforcement Injured"].fillna(0)
    ).astype(int)
    dates = pd.to_datetime(table["Date"], format="%m/%d/%Y", errors="coerce").dt.date
    texts = table["Description"].tolist()

    t0 = time.perf_counter()
    _ = geoinc.Gazetteer().index  # load once, outside the timing
    load_s = time.perf_counter() - t0
    ours("warm-up: a man was killed in Austin, Texas.")

    results = {}
    for name, func in (("naive regex", naive), ("geoinc", ours)):
        t0 = time.perf_counter()
        preds = [func(t) for t in texts]
        secs = time.perf_counter() - t0
        results[name] = (preds, secs)
    # date when the publication date is known: the day after the incident
    t0 = time.perf_counter()
    preds_pub = [
        ours(t, published=(pd.Timestamp(d) + pd.Timedelta(days=1)) if d else None)
        for t, d in zip(texts, dates, strict=True)
    ]
    del t0

    n = len(texts)
    print(f"Stanford MSA descriptions: {n} reports; gazetteer loaded in {load_s:.2f} s")
    print(f"{'':34}{'naive regex':>14}{'geoinc':>12}")

    def line(label, values):
        print(f"{label:34}" + "".join(f"{v:>12.1%}  " for v in values))

    def agree(preds, truth, tol=0):
        return (
            sum(1 for p, t in zip(preds, truth, strict=True) if p is not None and abs(p - t) <= tol)
            / n
        )

    named = sum(
        1
        for c, d in zip(table["City"], table["Description"], strict=True)
        if fold(str(c)) in fold(d)
    )
    print(f"{named} of {n} descriptions name the table's city")
    rows = {}
    for name in ("naive regex", "geoinc"):
        preds, secs = results[name]
        k = [p["killed"] for p in preds]
        i = [p["injured"] for p in preds]
        # the table codes "no figure" as 0; an extractor answering None for 0 is a miss
        rows[name] = {
            "killed exact": agree(k, killed),
            "killed ±1 (shooter)": agree(k, killed, 1),
            "injured exact": agree(i, injured),
            "injured ±1": agree(i, injured, 1),
            "city (name or ≤30 km)": (
                sum(city_ok(p, t) for p, (_, t) in zip(preds, table.iterrows(), strict=True)) / n
                if name == "geoinc"
                else sum(
                    1
                    for p, c in zip(preds, table["City"], strict=True)
                    if p["city"] and fold(p["city"]) == fold(str(c))
                )
                / n
            ),
            "city, reports naming it": (
                sum(
                    city_ok(p, t)
                    for p, (_, t) in zip(preds, table.iterrows(), strict=True)
                    if fold(str(t["City"])) in fold(t["Description"])
                )
                / max(1, named)
                if name == "geoinc"
                else sum(
                    1
                    for p, (_, t) in zip(preds, table.iterrows(), strict=True)
                    if fold(str(t["City"])) in fold(t["Description"])
                    and p["city"]
                    and fold(p["city"]) == fold(str(t["City"]))
                )
                / max(1, named)
            ),
            # the reports that have a figure to find (the table's count is not 0)
            "killed exact, table > 0": sum(
                1 for p, t in zip(k, killed, strict=True) if t > 0 and p == t
            )
            / max(1, int((killed > 0).sum())),
            "injured exact, table > 0": sum(
                1 for p, t in zip(i, injured, strict=True) if t > 0 and p == t
            )
            / max(1, int((injured > 0).sum())),
            "killed exact, NA read as 0": sum(
                1 for p, t in zip(k, killed, strict=True) if (p if p is not None else 0) == t
            )
            / n,
            "injured exact, NA read as 0": sum(
                1 for p, t in zip(i, injured, strict=True) if (p if p is not None else 0) == t
            )
            / n,
            "date (text only)": sum(1 for p, d in zip(preds, dates, strict=True) if p["date"] == d)
            / n,
            "reports/s": n / secs,
        }
    rows["geoinc"]["date (published = next day)"] = (
        sum(1 for p, d in zip(preds_pub, dates, strict=True) if p["date"] == d) / n
    )
    rows["naive regex"]["date (published = next day)"] = 0.0
    # the reports whose text has any date phrase; the others can only get the publication
    # week (the bench counts only the table's exact day as right)
    from geoinc.extract.dates import find_dates

    dated = [
        j
        for j, (t, d) in enumerate(zip(texts, dates, strict=True))
        if any(
            m.value is not None
            for m in find_dates(t, (pd.Timestamp(d) + pd.Timedelta(days=1)).date())
        )
    ]
    rows["geoinc"]["date, text has a date phrase"] = sum(
        1 for j in dated if preds_pub[j]["date"] == dates[j]
    ) / max(1, len(dated))
    rows["naive regex"]["date, text has a date phrase"] = 0.0
    for key in rows["geoinc"]:
        if key == "reports/s":
            print(f"{key:34}" + "".join(f"{rows[nm][key]:>12.0f}  " for nm in rows))
        else:
            line(key, [rows[nm][key] for nm in rows])
    if args.show_misses:
        preds = results["geoinc"][0]
        shown = 0
        for j, p in enumerate(preds):
            if (
                p["killed"] != killed[j]
                or p["injured"] != injured[j]
                or not city_ok(p, table.iloc[j])
            ):
                print(
                    f"--- #{j}: table k={killed[j]} i={injured[j]} city={table['City'][j]}; "
                    f"got k={p['killed']} i={p['injured']} city={p['city']}"
                )
                print("   ", texts[j][:600])
                shown += 1
                if shown >= args.show_misses:
                    break
    print(
        f"{len(dated)} of {n} descriptions have a date phrase; the other {n - len(dated)} "
        "can only get the publication week (never the table's day)"
    )
    if args.show_date_misses:
        show_date_misses(texts, dates, preds_pub, args.show_date_misses)
    written_reports()


def show_date_misses(texts: list[str], dates: pd.Series, preds: list[dict], limit: int) -> None:
    """Date misses with the published date known: table date, extracted, the text's dates."""
    from geoinc.extract.dates import find_dates

    misses = [j for j, (p, d) in enumerate(zip(preds, dates, strict=True)) if p["date"] != d]
    # a miss is unreachable when no date phrase of the text resolves to the table's date
    unreachable = 0
    print(f"\nDate misses (published = next day): {len(misses)}")
    print(f"{'#':>4} {'table':10} {'got':10}  date phrases of the text -> resolved")
    for j in misses:
        d = dates[j]
        pub = (pd.Timestamp(d) + pd.Timedelta(days=1)).date() if d else None
        found = find_dates(texts[j], pub)
        reach = any(m.value == d for m in found)
        unreachable += not reach
        if limit > 0:
            limit -= 1
            phr = "; ".join(f"{m.text!r}->{m.value}" for m in found) or "(none)"
            print(f"{j:>4} {d!s:10} {p_date(preds[j])!s:10}  {'' if reach else '[X] '}{phr}")
    print(f"unreachable (no phrase resolves to the table date): {unreachable} of {len(misses)}")


def p_date(p: dict) -> object:
    return p["date"]


def written_reports() -> None:
    """Field agreement on data/texts (reports written for geoinc, with their expected incidents).

    These reports were written while building the extractor, so the figures are in-sample:
    they show each rule working, not accuracy on unseen text (the Stanford figures above are
    the out-of-sample check for counts and cities).
    """
    import json
    import unicodedata

    def ascii_(v: object) -> str:
        return unicodedata.normalize("NFKD", str(v)).encode("ascii", "ignore").decode()

    spec = json.loads((ROOT / "data" / "texts" / "expected.json").read_text(encoding="utf-8"))
    hits: dict[str, list[bool]] = {}
    for name, item in spec.items():
        if name.startswith("_"):
            continue
        text = (ROOT / "data" / "texts" / name).read_text(encoding="utf-8")
        gdf = geoinc.extract_incidents(text, published=item["published"])
        rows = list(gdf.iterrows())
        for k, want in enumerate(item["incidents"]):
            row = rows[k][1] if k < len(rows) else None
            for key, value in want.items():
                field = {
                    "location_startswith": "location",
                    "admin1_or_location_contains": "location",
                    "location_not": "location",
                }.get(key, key)
                if field not in (
                    "location",
                    "killed",
                    "injured",
                    "date",
                    "claimed_by",
                    "blamed_on",
                    "event_type",
                ):
                    continue
                if row is None:
                    ok = False
                elif key == "location_startswith":
                    ok = ascii_(row["location"]).startswith(value)
                elif key == "admin1_or_location_contains":
                    ok = value in f"{row['admin1']} {row['location']}"
                elif key == "location_not":
                    ok = value not in ascii_(row["location"])
                elif key == "date":
                    ok = row["date"] == pd.Timestamp(value)
                elif value is None:
                    ok = bool(pd.isna(row[field]))
                else:
                    ok = bool(row[field] == value)
                hits.setdefault(field, []).append(ok)
        hits.setdefault("incident count", []).append(len(rows) == len(item["incidents"]))
    print("\nWritten test reports (data/texts, in-sample; see the docstring):")
    for field, oks in hits.items():
        print(f"  {field:20} {sum(oks) / len(oks):6.1%}  ({sum(oks)}/{len(oks)})")


if __name__ == "__main__":
    main()

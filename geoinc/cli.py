"""Command line: ``geoinc map``, ``geoinc extract``, ``geoinc geocode``.

User errors (bad files, bad values, unknown places) print one clear line on stderr
and exit with status 2 (1 for "not found"); they never show a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from geopy.location import Location

from geoinc.errors import GeoincError

log = logging.getLogger("geoinc")

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}


def _column_map(pairs: Sequence[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        if "=" not in pair:
            raise GeoincError(f"--column expects THEIRS=OURS, got {pair!r}")
        theirs, ours = pair.split("=", 1)
        mapping[theirs] = ours
    return mapping


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise GeoincError(f"{path} is not UTF-8 text (byte {err.start})") from err


def _incidents_from(args: argparse.Namespace) -> Any:
    import geoinc

    path = Path(args.input)
    if not path.exists():
        raise GeoincError(f"no such file: {path}")
    if path.suffix.lower() in TEXT_SUFFIXES:
        return geoinc.extract_incidents(
            _read_text(path), published=args.published, source=args.source or path.name
        )
    gdf = geoinc.read_incidents(
        path, columns=_column_map(args.column), encoding=args.encoding, unknown=args.unknown
    )
    if gdf["latitude"].isna().any() and gdf["place"].notna().any():
        geocoder = args.geocoder or None
        if geocoder and len(geocoder) == 1:
            geocoder = geocoder[0]
        gdf = geoinc.geocode(
            gdf,
            country=args.country,
            geocoder=geocoder,
            user_agent=args.user_agent,
            domain=args.domain,
        )
    return gdf


def _cmd_map(args: argparse.Namespace) -> int:
    import geoinc

    gdf = _incidents_from(args)
    placed = int(gdf.geometry.notna().sum()) if len(gdf) else 0
    if placed == 0:
        raise GeoincError(f"{args.input}: no incident could be placed on a map")
    m = geoinc.incident_map(gdf, size=args.size, color=args.color, title=args.title)
    out = geoinc.save_html(m, args.output, offline=not args.cdn)
    print(f"wrote {out} ({placed} of {len(gdf)} incidents on the map)")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    import geoinc

    text = sys.stdin.read() if args.article == "-" else _read_text(Path(args.article))
    gdf = geoinc.extract_incidents(text, published=args.published, source=args.source)
    print(
        gdf.to_json(
            na="null", show_bbox=False, drop_id=True, to_wgs84=False, indent=None, default=str
        )
    )
    return 0


def _cmd_geocode(args: argparse.Namespace) -> int:
    import geoinc

    gaz = geoinc.Gazetteer()
    kwargs: dict[str, Any] = {}
    if args.country:
        kwargs["country_codes"] = args.country
    loc = gaz.geocode(args.name, **kwargs)
    if not isinstance(loc, Location):
        print(json.dumps({"query": args.name, "status": "not_found"}))
        return 1
    raw = loc.raw
    print(
        json.dumps(
            {
                "query": args.name,
                "status": "found",
                "location": loc.address,
                "name": raw.get("name"),
                "country": raw.get("country"),
                "admin1": raw.get("admin1"),
                "latitude": loc.latitude,
                "longitude": loc.longitude,
                "precision": raw.get("precision"),
                "confidence": raw.get("confidence"),
                "candidates": raw.get("candidates"),
                "reason": raw.get("reason"),
            },
            ensure_ascii=False,
        )
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geoinc", description="Incident reports and tables to geocoded maps."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("map", help="write an HTML map from an article (.txt) or a table")
    p.add_argument(
        "input", help="a report (.txt) or a table (.csv, .tsv, .geojson, .gpkg, .parquet)"
    )
    p.add_argument("-o", "--output", default="incidents_map.html", help="HTML file to write")
    p.add_argument("--published", help="publication date of a report (YYYY-MM-DD)")
    p.add_argument("--source", help="source name or URL recorded with extracted incidents")
    p.add_argument("--size", default="killed", help="count column sizing the circles")
    p.add_argument("--color", help="column colouring the circles (e.g. event_type)")
    p.add_argument("--title", help="map title")
    p.add_argument("--country", help="country (ISO2 or name) to geocode place names in")
    p.add_argument(
        "--geocoder",
        action="append",
        default=[],
        metavar="NAME",
        help="geocoder for place names without coordinates: 'gazetteer' (default, offline) or "
        "a geopy service such as 'nominatim'; repeat to chain them "
        "(--geocoder gazetteer --geocoder nominatim)",
    )
    p.add_argument("--user-agent", help="User-Agent for online services (Nominatim requires one)")
    p.add_argument("--domain", help="host of a self-hosted service, e.g. nominatim.example.org")
    p.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="THEIRS=OURS",
        help="map a table column onto an incident column (repeatable)",
    )
    p.add_argument("--encoding", help="text encoding of a CSV (default UTF-8)")
    p.add_argument(
        "--unknown",
        choices=["reject", "keep", "drop"],
        default="keep",
        help="what to do with table columns geoinc does not know (default keep)",
    )
    p.add_argument(
        "--cdn",
        action="store_true",
        help="load Leaflet from CDNs instead of inlining it (smaller, needs internet)",
    )
    p.set_defaults(func=_cmd_map)

    p = sub.add_parser("extract", help="print the incidents of a report as GeoJSON")
    p.add_argument("article", help="a report (.txt), or - for standard input")
    p.add_argument("--published", help="publication date (YYYY-MM-DD), resolves 'on Wednesday'")
    p.add_argument("--source", help="source name or URL")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("geocode", help="resolve one place name offline and explain the choice")
    p.add_argument("name")
    p.add_argument("--country", help="restrict to a country (ISO2 code or name)")
    p.set_defaults(func=_cmd_geocode)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``geoinc`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="geoinc: %(message)s"
    )
    if getattr(args, "published", None):
        try:
            args.published = pd.Timestamp(args.published)
        except ValueError:
            parser.error(f"--published is not a date: {args.published!r}")
    try:
        return int(args.func(args))
    except (GeoincError, ValueError, OSError) as err:
        print(f"geoinc: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Benchmark large incident maps: geoinc's fast path against plain folium, in one run.

Run from the repository root::

    python benchmarks/bench_maps.py                          # N = 1,000 / 10,000 / 100,000
    python benchmarks/bench_maps.py --sizes 1000,10000,100000,1000000  # 1M: ~10 min more
    python benchmarks/bench_maps.py --sizes 1000 --methods geoinc_fast,folium_geojson

Data: synthetic incidents made in code (seeded): points over Africa, the Middle East
and South Asia, heavy-tailed ``killed``/``injured`` (Pareto, 10 % / 20 % unknown),
nine event types, dates over eight years and a 100-character description per row.

Methods (all with popups):

* ``geoinc_fast`` — :func:`geoinc.maps.fast.add_fast_layer` + :func:`geoinc.save_html`
  (offline: Leaflet inlined, country-outline basemap; size and category legends, filter);
  above ``geoinc.maps.fast.MAX_POINTS`` rows it draws hexagons instead (logged);
* ``geoinc_fast_points`` — the same with ``aggregate=False`` (points at any size);
* ``geoinc_incident_map`` — the public :func:`geoinc.incident_map` (which switches to
  the fast path above ``settings.fast_path_threshold``) + :func:`geoinc.save_html`;
* baselines: ``folium_circlemarker`` — one ``folium.CircleMarker`` (popup, tooltip) per
  incident; ``folium_geojson`` — one ``folium.GeoJson`` layer of circle markers with a
  ``GeoJsonPopup``; ``explore`` — ``GeoDataFrame.explore(popup=...)``. Baselines are
  saved with ``m.save`` (CDN links; the browser is served local copies of the files;
  ``explore``'s legend needs jQuery UI, which is not served: one JS error, circles draw).

Figures per method and N: Python build + save time and peak RSS (each case runs in a
fresh process, so the peak includes the synthetic table), HTML bytes, and in headless
Chromium (tile requests aborted) the wall time from navigation until every circle is
drawn, and the time of one zoom step (``setZoom`` without animation, until painted).
A case whose projected time (the previous N's build + draw time × 10) exceeds
``--budget`` seconds (default 180) is skipped and reported as skipped.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

METHODS = (
    "geoinc_fast",
    "geoinc_fast_points",
    "geoinc_incident_map",
    "folium_circlemarker",
    "folium_geojson",
    "explore",
)
EVENT_TYPES = (
    "bombing",
    "shooting",
    "armed attack",
    "airstrike",
    "shelling",
    "kidnapping",
    "riot",
    "arson",
    "other",
)
_WORDS_TEXT = (
    "attack near the market convoy checkpoint village district police reported witnesses "
    "said armed group fighters civilians killed wounded officials local sources claimed "
    "explosion gunmen vehicle road camp displaced clashes security forces"
)
WORDS = tuple(_WORDS_TEXT.split())


def synthetic(n: int, seed: int = 7):  # type: ignore[no-untyped-def]
    """A synthetic incident table of ``n`` rows (see the module docstring)."""
    import geopandas as gpd

    rng = np.random.default_rng(seed)
    lat = np.clip(rng.normal(15, 12, n), -35, 45)
    lon = np.clip(rng.normal(35, 25, n), -20, 95)
    killed = np.floor(rng.pareto(1.4, n) * 2)
    killed[rng.random(n) < 0.10] = np.nan
    injured = np.floor(rng.pareto(1.2, n) * 4)
    injured[rng.random(n) < 0.20] = np.nan
    fragments = [" ".join(rng.choice(WORDS, 18)) for _ in range(997)]
    picks = rng.integers(0, len(fragments), n)
    desc = [f"{fragments[k]} (report {i})"[-100:].rjust(100, ".") for i, k in enumerate(picks)]
    frame = pd.DataFrame(
        {
            "date": pd.Timestamp("2016-01-01")
            + pd.to_timedelta(rng.integers(0, 8 * 365, n), unit="D"),
            "date_precision": pd.array(
                rng.choice(["day", "month"], n, p=[0.9, 0.1]), dtype="string"
            ),
            "place": pd.array([f"Town {i % 20000}" for i in range(n)], dtype="string"),
            "country": pd.array(
                rng.choice(["IQ", "SY", "NG", "ML", "AF", "PK", "YE", "SO", "SD"], n),
                dtype="string",
            ),
            "latitude": lat,
            "longitude": lon,
            "precision": pd.array(
                rng.choice(["exact", "city", "admin1", "country"], n, p=[0.3, 0.5, 0.15, 0.05]),
                dtype="string",
            ),
            "killed": pd.array(np.where(np.isnan(killed), None, killed), dtype="Int64"),
            "injured": pd.array(np.where(np.isnan(injured), None, injured), dtype="Int64"),
            "event_type": pd.array(rng.choice(EVENT_TYPES, n), dtype="string"),
            "description": pd.array(desc, dtype="string"),
        }
    )
    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")


# ------------------------------------------------------------------- build (worker)


def _popup_text(row: Any) -> str:
    killed = "unknown" if pd.isna(row.killed) else str(row.killed)
    injured = "unknown" if pd.isna(row.injured) else str(row.injured)
    return html.escape(
        f"{row.event_type} — {row.place}, {row.date:%Y-%m-%d}: {killed} killed, "
        f"{injured} injured. {row.description}"
    )


def build(method: str, gdf: Any, out: Path) -> dict[str, Any]:
    """Build and save one map (the timed part); say what the page should draw."""
    import folium

    import geoinc

    expect: dict[str, Any] = {"expect": len(gdf), "drawn_as": "circles"}
    if method in ("geoinc_fast", "geoinc_fast_points"):
        from geoinc.maps.fast import HexbinLayer, add_fast_layer

        m = folium.Map(location=[15, 35], zoom_start=3)
        aggregate = False if method == "geoinc_fast_points" else None
        layer = add_fast_layer(m, gdf, color="event_type", aggregate=aggregate)
        geoinc.save_html(m, out)
        if isinstance(layer, HexbinLayer):
            expect = {"expect": layer.data["n"], "drawn_as": "hexagons"}
    elif method == "geoinc_incident_map":
        from geoinc.maps.fast import HexbinLayer

        m = geoinc.incident_map(gdf, color="event_type", zoom_start=3, tiles="OpenStreetMap")
        geoinc.save_html(m, out)
        for child in m._children.values():
            if isinstance(child, HexbinLayer):
                expect = {"expect": child.data["n"], "drawn_as": "hexagons"}
    elif method == "folium_circlemarker":
        m = folium.Map(location=[15, 35], zoom_start=3)
        kmax = float(np.nanmax(gdf["killed"].to_numpy(dtype=float, na_value=np.nan)))
        for row in gdf.itertuples():
            k = 0.0 if pd.isna(row.killed) else float(row.killed)
            folium.CircleMarker(
                [row.latitude, row.longitude],
                radius=max(3.0, 30 * (k / kmax) ** 0.5),
                fill=True,
                popup=folium.Popup(_popup_text(row)),
                tooltip=html.escape(str(row.place)),
            ).add_to(m)
        m.save(out)
    elif method == "folium_geojson":
        m = folium.Map(location=[15, 35], zoom_start=3)
        data = gdf[["place", "event_type", "killed", "injured", "description", "geometry"]].copy()
        data["date"] = gdf["date"].dt.strftime("%Y-%m-%d")
        folium.GeoJson(
            data,
            marker=folium.CircleMarker(radius=4, fill=True),
            popup=folium.GeoJsonPopup(
                fields=["place", "date", "event_type", "killed", "injured", "description"]
            ),
        ).add_to(m)
        m.save(out)
    elif method == "explore":
        data = gdf[["place", "event_type", "killed", "injured", "description", "geometry"]].copy()
        data["date"] = gdf["date"].dt.strftime("%Y-%m-%d")
        m = data.explore(
            column="event_type",
            popup=["place", "date", "event_type", "killed", "injured", "description"],
            tooltip=False,
            legend=True,
            location=[15, 35],
            zoom_start=3,
        )
        m.save(out)
    else:
        raise SystemExit(f"unknown method {method!r}")
    return expect


def worker(method: str, n: int, out: Path) -> None:
    """Run in a fresh process: make the data, build + save once, print JSON figures."""
    import logging

    logging.getLogger("geoinc").setLevel(logging.ERROR)
    import folium  # noqa: F401  (import time is not build time)

    import geoinc  # noqa: F401

    gdf = synthetic(n)
    t0 = time.perf_counter()
    expect = build(method, gdf, out)
    elapsed = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures = {"build_s": elapsed, "peak_rss_mb": peak_kb / 1024, "bytes": out.stat().st_size}
    figures.update(expect)
    print(json.dumps(figures))


# ------------------------------------------------------------------ browser timing


def _asset_route(route: Any) -> None:
    from geoinc.maps.html import _find

    url = route.request.url
    if url.startswith(("file:", "data:")):
        route.continue_()
        return
    found = _find(url)
    if isinstance(found, Path):
        path: Path | None = found
    else:
        path = found.locate() if found is not None and found.locate is not None else None
    if path is not None:
        ctype = "text/css" if path.suffix == ".css" else "application/javascript"
        route.fulfill(status=200, body=path.read_bytes(), headers={"content-type": ctype})
    elif url.endswith(".css"):
        route.fulfill(status=200, body="", headers={"content-type": "text/css"})
    elif url.endswith(".js"):
        route.fulfill(status=200, body="", headers={"content-type": "application/javascript"})
    else:
        route.abort("internetdisconnected")  # tiles


_COUNT_JS = """() => {
    const fast = document.querySelectorAll('canvas.geoinc-fast-layer[data-geoinc-drawn]');
    if (fast.length) {
        let n = 0; fast.forEach(c => { n += Number(c.getAttribute('data-geoinc-drawn')); });
        return n;
    }
    const map = Object.values(window).find(v => v instanceof L.Map);
    if (!map) return -1;
    let n = 0, hexagons = 0;
    map.eachLayer(l => {
        if (l instanceof L.CircleMarker && l._map) n++;
        if (l.geoincCount) hexagons += l.geoincCount;
    });
    return n || hexagons;
}"""
_PAINTED_JS = """() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(
    () => r(performance.now()))))"""
_ZOOM_JS = """() => new Promise(resolve => {
    const map = Object.values(window).find(v => v instanceof L.Map);
    const t = performance.now();
    map.setZoom(map.getZoom() + 1, {animate: false});
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t)));
})"""


def warm_up(browser: Any) -> None:
    """Open one small page first, so the first case does not pay Chromium's start-up."""
    import folium

    path = Path(tempfile.mkdtemp(prefix="geoinc-warm-")) / "warm.html"
    folium.Map().save(path)
    browser_times(browser, path, 0, timeout_s=60)
    shutil.rmtree(path.parent, ignore_errors=True)


def browser_times(browser: Any, path: Path, n: int, timeout_s: float) -> dict[str, Any]:
    """Seconds from navigation until ``n`` circles are drawn, and one zoom's ms."""
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.route("**/*", _asset_route)
    try:
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load", timeout=timeout_s * 1000)
        page.wait_for_function(
            f"() => ({_COUNT_JS})() >= {n}", timeout=timeout_s * 1000, polling=100
        )
        page.evaluate(_PAINTED_JS)
        drawn_s = time.perf_counter() - t0
        count = page.evaluate(_COUNT_JS)
        zoom_ms = page.evaluate(_ZOOM_JS)
        return {"drawn_s": drawn_s, "circles": count, "zoom_ms": zoom_ms, "js_errors": len(errors)}
    except Exception as err:  # noqa: BLE001 - a baseline that never draws is a result
        return {
            "drawn_s": None,
            "zoom_ms": None,
            "error": type(err).__name__,
            "js_errors": len(errors),
        }
    finally:
        context.close()


# ------------------------------------------------------------------------- driver


def _fmt(v: Any, spec: str) -> str:
    return "—" if v is None else format(v, spec)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--budget", type=float, default=180.0, help="skip cases projected longer")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--worker", nargs=3, metavar=("METHOD", "N", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker[0], int(args.worker[1]), Path(args.worker[2]))
        return 0

    from playwright.sync_api import sync_playwright

    from geoinc._chromium import CHROMIUM_ARGS

    sizes = [int(s) for s in args.sizes.split(",")]
    methods = [m for m in args.methods.split(",") if m]
    results: list[dict[str, Any]] = []
    last: dict[str, tuple[int, float]] = {}
    tmp = Path(tempfile.mkdtemp(prefix="geoinc-bench-"))
    started = time.perf_counter()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_ARGS
        )
        warm_up(browser)
        for n in sizes:
            for method in methods:
                row: dict[str, Any] = {"method": method, "n": n}
                if method in last:
                    prev_n, prev_s = last[method]
                    projected = prev_s * n / prev_n
                    if projected > args.budget:
                        row["skipped"] = f"projected {projected:.0f} s > budget {args.budget:.0f} s"
                        results.append(row)
                        print(f"{method:22s} {n:>9,}  skipped ({row['skipped']})", flush=True)
                        continue
                out = tmp / f"{method}_{n}.html"
                proc = subprocess.run(
                    [sys.executable, __file__, "--worker", method, str(n), str(out)],
                    capture_output=True,
                    text=True,
                    timeout=max(args.budget * 3, 600),
                    cwd=ROOT,
                    env={**os.environ, "PYTHONPATH": str(ROOT)},
                )
                if proc.returncode != 0:
                    row["skipped"] = "build failed: " + proc.stderr.strip().splitlines()[-1]
                    results.append(row)
                    print(f"{method:22s} {n:>9,}  {row['skipped']}", flush=True)
                    continue
                row.update(json.loads(proc.stdout.strip().splitlines()[-1]))
                row.update(
                    browser_times(browser, out, row["expect"], timeout_s=max(args.budget, 60))
                )
                out.unlink(missing_ok=True)
                last[method] = (n, row["build_s"] + (row.get("drawn_s") or args.budget))
                results.append(row)
                print(
                    f"{method:22s} {n:>9,}  build+save {row['build_s']:7.2f} s  "
                    f"HTML {row['bytes'] / 1e6:8.2f} MB  peak RSS {row['peak_rss_mb']:7.0f} MB  "
                    f"drawn {_fmt(row.get('drawn_s'), '7.2f')} s  "
                    f"zoom {_fmt(row.get('zoom_ms'), '7.0f')} ms  "
                    f"JS errors {row.get('js_errors')}"
                    + (
                        f"  [{row['expect']:,} {row['drawn_as']}]"
                        if row["drawn_as"] != "circles"
                        else ""
                    )
                    + (f"  ({row['error']})" if row.get("error") else ""),
                    flush=True,
                )
        browser.close()
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    print("\n| method | N | build+save s | HTML MB | peak RSS MB | drawn s | zoom ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        if "skipped" in r:
            print(f"| {r['method']} | {r['n']:,} | skipped: {r['skipped']} | | | | |")
            continue
        print(
            f"| {r['method']} | {r['n']:,} | {r['build_s']:.2f} | {r['bytes'] / 1e6:.2f} | "
            f"{r['peak_rss_mb']:.0f} | {_fmt(r.get('drawn_s'), '.2f')} | "
            f"{_fmt(r.get('zoom_ms'), '.0f')} |"
            + (
                f" drawn as {r['expect']:,} {r['drawn_as']}"
                if r.get("drawn_as") == "hexagons"
                else ""
            )
            + (f" not drawn within {max(args.budget, 60):.0f} s" if r.get("error") else "")
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

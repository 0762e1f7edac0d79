"""The fast path: one canvas layer from a columnar data block (geoinc.maps.fast)."""

from __future__ import annotations

import base64
import json
import logging
import re
from pathlib import Path
from urllib.parse import urlparse

import folium
import numpy as np
import pandas as pd
import pytest

import geoinc
from geoinc.maps.fast import add_fast_layer, fast_incident_layer
from geoinc.maps.legend import CategoryLegend, SizeLegend
from geoinc.maps.popups import tooltip_text
from geoinc.maps.symbols import palette_for

HOSTILE_DESCRIPTION = (
    "</script><script>window.__pwned=1</script> <img src=x onerror=window.__pwned=2>"
)
HOSTILE_PLACE = "${window.__pwned=3}`; window.__pwned=4; `"
EVENT_TYPES = ["bombing", "shooting", "armed attack", "airstrike", "shelling"]


def _incidents(n: int = 400, seed: int = 1) -> pd.DataFrame:
    """A test table made in code: n synthetic incidents, Kerman, a stack and a hostile row."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        rows.append(
            {
                "date": pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 1500))),
                "place": f"Town {i % 50}",
                "country": ["IQ", "SY", "NG", "ML"][i % 4],
                "latitude": float(rng.uniform(0, 40)),
                "longitude": float(rng.uniform(0, 50)),
                "precision": ["city", "exact", "admin1"][i % 3],
                "killed": None if i % 11 == 0 else int(rng.pareto(1.3) * 3),
                "injured": None if i % 7 == 0 else int(rng.pareto(1.1) * 5),
                "event_type": EVENT_TYPES[i % len(EVENT_TYPES)],
                "description": "x" * 100,
            }
        )
    rows.append(
        {
            "date": pd.Timestamp("2024-01-03"),
            "place": "Kerman",
            "location": "Kerman",
            "country": "IR",
            "latitude": 30.2839,
            "longitude": 57.0834,
            "precision": "city",
            "killed": 84,
            "killed_high": 103,
            "injured": 284,
            "event_type": "bombing",
            "claimed_by": "ISIS",
            "source": "https://example.org/kerman",
            "description": "Two explosions near the cemetery.",
        }
    )
    for k in range(3):  # three incidents on one centroid
        rows.append(
            {
                "date": pd.Timestamp("2021-06-01"),
                "date_precision": "month",
                "place": "Stackville",
                "country": "ML",
                "latitude": 14.0,
                "longitude": -4.0,
                "precision": "country",
                "killed": 5 + k,
                "event_type": "shooting",
            }
        )
    rows.append(
        {
            "date": None,
            "place": HOSTILE_PLACE,
            "country": "NG",
            "latitude": 10.0,
            "longitude": 8.0,
            "precision": "city",
            "killed": None,
            "injured": 0,
            "event_type": "<b>bold</b>",
            "claimed_by": "`backtick` \\` {{ 7*7 }}",
            "source": "javascript:window.__pwned=5",
            "description": HOSTILE_DESCRIPTION,
        }
    )
    return geoinc.to_incidents(rows)


@pytest.fixture(scope="module")
def incidents() -> pd.DataFrame:
    return _incidents()


def _map(gdf, **opts):  # type: ignore[no-untyped-def]
    # a fixed view holding every test incident (no fit_bounds animation to wait for)
    m = folium.Map(location=[20, 26], zoom_start=4, tiles="OpenStreetMap")
    layer = add_fast_layer(m, gdf, **opts)
    return m, layer


def _decode(column: dict, n: int) -> np.ndarray:
    dtype = {"u1": "<u1", "u2": "<u2", "i4": "<i4"}[column["t"]]
    raw = np.frombuffer(base64.b64decode(column["b64"]), dtype=dtype).astype(float)
    raw[raw == column["na"]] = np.nan
    values = raw / column.get("scale", 1.0) + column.get("offset", 0.0)
    if "idx" in column:
        out = np.full(n, np.nan)
        out[np.frombuffer(base64.b64decode(column["idx"]), dtype="<i4")] = values
        return out
    return values


# ----------------------------------------------------------------------- no browser


def test_one_data_block_not_one_statement_per_marker(incidents, tmp_path: Path) -> None:
    m, layer = _map(incidents, color="event_type")
    out = geoinc.save_html(m, tmp_path / "fast.html", basemap=False)
    text = out.read_text(encoding="utf-8")
    assert layer.n == len(incidents)
    # the page's own script is small and has no per-marker statement
    script = text.split("</body>")[-1]
    assert "circleMarker" not in script and len(script) < 20_000
    assert text.count('type="application/json"') == 1
    # hostile text never appears raw in the page
    assert "</script><script>window.__pwned" not in text
    assert "<img src=x" not in text
    assert "{{ 7*7 }}" in text  # incident text is never rendered as a template


def test_radii_are_the_small_paths_scale(incidents) -> None:
    layer = fast_incident_layer(incidents, size="killed")
    data, n = layer.data, layer.n
    lat = np.frombuffer(base64.b64decode(data["lat"]), dtype="<i4") * data["q"]
    killed = _decode(data["counts"]["killed"], n)
    radius = _decode(data["r"], n)
    kerman = int(np.flatnonzero(np.isclose(lat, 30.2839))[0])
    assert killed[kerman] == 84
    expected = layer.scale.radius([84])[0]
    assert abs(radius[kerman] - expected) <= 1 / 16
    known = np.isfinite(killed) & (killed > 0)
    assert np.allclose(radius[known], layer.scale.radius(pd.Series(killed[known])), atol=1 / 16)
    # the scale is area-true: radius ∝ √count above the minimum radius
    big = known & (radius > layer.scale.min_radius + 0.5)
    ratio = radius[big] / np.sqrt(killed[big])
    assert np.allclose(ratio, ratio[0], rtol=0.02)
    assert {"main", "unknown", "zero", "ring", "halo", "approximate"} <= set(layer.kinds)


def test_same_legends_as_the_small_path(incidents) -> None:
    m = folium.Map()
    layer = add_fast_layer(m, incidents, color="event_type")
    legends = [c for c in m._children.values() if isinstance(c, (SizeLegend, CategoryLegend))]
    size_legend = next(c for c in legends if isinstance(c, SizeLegend))
    cat_legend = next(c for c in legends if isinstance(c, CategoryLegend))
    assert size_legend.scale is layer.scale
    assert size_legend.radii == [float(r) for r in layer.scale.radius(size_legend.values)]
    assert cat_legend.mapping == palette_for(incidents["event_type"])


def test_rows_without_location_are_skipped_and_logged(caplog) -> None:
    gdf = _incidents(20)
    gdf = pd.concat([gdf, geoinc.to_incidents([{"place": "Nowhere", "killed": 3}])])
    with caplog.at_level(logging.WARNING, logger="geoinc"):
        layer = fast_incident_layer(gdf)
    assert layer.n == len(gdf) - 1
    assert "1 of" in caplog.text and "no usable location" in caplog.text


def test_too_many_rows_fall_back_to_hexagons(incidents, caplog) -> None:
    m = folium.Map()
    with caplog.at_level(logging.WARNING, logger="geoinc"):
        layer = add_fast_layer(m, incidents, max_points=100)
    assert type(layer).__name__ == "HexbinLayer"
    assert "aggregated into hexagons" in caplog.text and "aggregate=False" in caplog.text
    counts = _decode(layer.data["count"], layer.data["n"])
    assert counts.sum() == len(incidents)


def test_bad_arguments_are_clear(incidents) -> None:
    with pytest.raises(KeyError, match="colour|color"):
        fast_incident_layer(incidents, color="no_such_column")
    with pytest.raises(ValueError, match="size="):
        fast_incident_layer(incidents, size="dead")
    with pytest.raises(ValueError, match="aggregate="):
        add_fast_layer(folium.Map(), incidents, aggregate="squares")


# ---------------------------------------------------------------------- browser

LAYER = "L.GeoincPoints.instances[0]"


def _open(page, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.route(
        "**/*",
        lambda r: (
            r.continue_()
            if r.request.url.startswith(("file:", "data:"))
            else r.abort("internetdisconnected")
        ),
    )
    page.goto(path.as_uri())
    page.wait_for_function(
        "window.L && L.GeoincPoints && L.GeoincPoints.instances.length &&"
        " L.GeoincPoints.instances[0].isSettled()"
    )
    return requests


def _errors(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [e for e in page.js_errors if "Failed to load resource" not in e]


def _point_of(page, place: str) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    return page.evaluate(
        f"(p) => {{ const l = {LAYER}; const i = l.find('place', p)[0];"
        " const c = l.containerPointOf(i); const r = l._map.getContainer().getBoundingClientRect();"
        " return [c.x + r.left, c.y + r.top]; }",
        place,
    )


@pytest.mark.browser
def test_fast_layer_in_the_browser(page, incidents, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m, layer = _map(incidents, color="event_type")
    out = geoinc.save_html(m, tmp_path / "fast.html")
    requests = _open(page, out)
    # every incident drawn (all are in view), nothing but tiles requested
    drawn = page.locator("canvas.geoinc-fast-layer").get_attribute("data-geoinc-drawn")
    assert int(drawn) == len(incidents)
    hosts = {urlparse(u).hostname for u in requests if not u.startswith(("file:", "data:"))}
    assert all(h.endswith("tile.openstreetmap.org") for h in hosts), hosts
    # the hostile record did not execute and did not blank the map
    assert page.evaluate("window.__pwned") is None
    # Kerman's circle is painted in the colour of "bombing"
    x, y = _point_of(page, "Kerman")
    rgba = page.evaluate(
        """([x, y]) => {
        const c = document.querySelector('canvas.geoinc-fast-layer');
        const b = c.getBoundingClientRect();
        const px = Math.round((x - b.left) * c.width / b.width);
        const py = Math.round((y - b.top) * c.height / b.height);
        return Array.from(c.getContext('2d').getImageData(px, py, 1, 1).data);
    }""",
        [x, y],
    )
    colour = layer.palette["bombing"]
    expected = [int(colour[k : k + 2], 16) for k in (1, 3, 5)]
    assert all(abs(a - b) <= 12 for a, b in zip(rgba[:3], expected, strict=True)), rgba
    assert rgba[3] > 150
    # click Kerman: its popup, built from the row's fields
    page.mouse.click(x, y)
    popup = page.locator(".leaflet-popup-content").inner_text()
    assert "Bombing — Kerman, Iran" in popup
    assert "84–103 (range reported)" in popup and "284" in popup
    assert "ISIS" in popup and "Two explosions near the cemetery." in popup
    assert page.locator(".leaflet-popup-content a").get_attribute("href") == (
        "https://example.org/kerman"
    )
    # hover shows the tooltip (after the popup is closed and any auto-pan has settled)
    page.evaluate(f"{LAYER}._map.closePopup()")
    page.wait_for_function(f"{LAYER}.isSettled()")
    x, y = _point_of(page, "Kerman")
    page.mouse.move(x, y + 1)
    page.wait_for_selector(".geoinc-fast-tooltip")
    kerman = incidents[incidents["place"] == "Kerman"].iloc[0]
    # the same text as the small path's tooltip
    assert page.locator(".geoinc-fast-tooltip").inner_text() == tooltip_text(kerman)
    assert _errors(page) == []


@pytest.mark.browser
def test_hostile_record_is_shown_as_text(page, incidents, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m, _ = _map(incidents)
    _open(page, geoinc.save_html(m, tmp_path / "fast.html"))
    x, y = _point_of(page, HOSTILE_PLACE)
    page.mouse.click(x, y)
    content = page.locator(".leaflet-popup-content")
    text = content.inner_text()
    assert HOSTILE_DESCRIPTION in text
    assert HOSTILE_PLACE in text
    assert "`backtick` \\` {{ 7*7 }}" in text
    assert "unknown" in text  # killed NaN → unknown, never 0
    assert content.locator("img").count() == 0 and content.locator("script").count() == 0
    assert content.locator("a").count() == 0  # javascript: source is not a link
    assert page.evaluate("window.__pwned") is None
    assert _errors(page) == []


@pytest.mark.browser
def test_stacked_incidents_are_paged(page, incidents, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m, _ = _map(incidents)
    _open(page, geoinc.save_html(m, tmp_path / "fast.html"))
    x, y = _point_of(page, "Stackville")
    page.mouse.click(x, y)
    pager = page.locator(".geoinc-pager span")
    assert pager.inner_text() == "1 of 3 incidents here"
    seen = set()
    for _ in range(3):
        text = page.locator(".leaflet-popup-content").inner_text()
        assert "June 2021 (month only)" in text
        assert "approximate: located only to the country" in text
        seen.add(re.search(r"Killed\s+(\d+)", text).group(1))
        page.locator(".geoinc-pager button").nth(1).click()
    assert seen == {"5", "6", "7"}


@pytest.mark.browser
def test_filters_by_category_and_time(page, incidents, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m, _ = _map(incidents, color="event_type")
    _open(page, geoinc.save_html(m, tmp_path / "fast.html"))
    n = len(incidents)
    count = page.locator(".geoinc-filter-count")
    assert count.get_attribute("data-shown") == str(n)
    page.locator('.geoinc-filter-category input[data-category="shooting"]').uncheck()
    shootings = int((incidents["event_type"] == "shooting").sum())
    assert count.get_attribute("data-shown") == str(n - shootings)
    drawn = page.locator("canvas.geoinc-fast-layer").get_attribute("data-geoinc-drawn")
    assert int(drawn) == n - shootings
    page.locator('.geoinc-filter-category input[data-category="shooting"]').check()
    # dates: keep 2020 only (undated rows stay, as the check box says)
    page.evaluate(
        """() => {
        const day = s => Math.round(Date.parse(s) / 86400000);
        const set = (cls, v) => { const e = document.querySelector(cls); e.value = String(v);
            e.dispatchEvent(new Event('input')); };
        set('.geoinc-filter-from', day('2020-01-01'));
        set('.geoinc-filter-to', day('2020-12-31'));
    }"""
    )
    dates = incidents["date"]
    expected = int(((dates >= "2020-01-01") & (dates <= "2020-12-31")).sum() + dates.isna().sum())
    assert count.get_attribute("data-shown") == str(expected)
    page.locator(".geoinc-filter-undated").uncheck()
    assert count.get_attribute("data-shown") == str(expected - int(dates.isna().sum()))
    # switched off and on again (as the layer control does), the filtered view comes back
    page.evaluate(f"() => {{ const l = {LAYER}, m = l._map; m.removeLayer(l); m.addLayer(l); }}")
    drawn = page.locator("canvas.geoinc-fast-layer").get_attribute("data-geoinc-drawn")
    assert int(drawn) == expected - int(dates.isna().sum())
    assert _errors(page) == []


@pytest.mark.browser
def test_hexagons_in_the_browser(page, incidents, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m = folium.Map(location=[25, 20], zoom_start=3, tiles=None)
    layer = add_fast_layer(m, incidents, aggregate="hexagon")
    path = geoinc.save_html(m, tmp_path / "hex.html")
    page.goto(path.as_uri())
    page.wait_for_function("document.querySelector('.leaflet-overlay-pane canvas')")
    n = page.evaluate(
        "() => { let n = 0; const m = Object.values(window).find(v => v instanceof L.Map);"
        " m.eachLayer(l => { if (l.geoincCount) n = l.geoincCount; }); return n; }"
    )
    assert n == layer.data["n"] > 10
    assert _errors(page) == []
    assert json.loads(json.dumps(layer.data["corners"]))  # six corners


def test_incident_map_switches_to_the_fast_layer(incidents, monkeypatch) -> None:
    from geoinc.maps.fast import FastIncidentLayer

    def layers(m):  # type: ignore[no-untyped-def]
        return [c for c in m._children.values() if isinstance(c, FastIncidentLayer)]

    monkeypatch.setattr(geoinc.settings, "fast_path_threshold", 10_000)
    assert layers(geoinc.incident_map(incidents)) == []
    monkeypatch.setattr(geoinc.settings, "fast_path_threshold", 100)
    (layer,) = layers(geoinc.incident_map(incidents, color="event_type"))
    assert layer.n == len(incidents)
    assert layer.palette == palette_for(incidents["event_type"])


def test_empty_and_single_row_tables(tmp_path: Path) -> None:
    m = folium.Map()
    assert add_fast_layer(m, geoinc.empty_incidents()).n == 0
    geoinc.save_html(m, tmp_path / "empty.html")
    one = geoinc.to_incidents([{"place": "A", "latitude": 1.0, "longitude": 2.0, "killed": 3}])
    layer = fast_incident_layer(one)
    assert layer.n == 1 and not layer.filters  # nothing to filter by
    assert layer.kinds == ["main"]


def test_raw_frame_with_nan_and_infinite_values() -> None:
    import geopandas as gpd

    frame = gpd.GeoDataFrame(
        {
            "killed": [float("inf"), float("nan"), -3.0, 7.0],
            "injured": [1.0, None, 2.0, float("-inf")],
            "description": ["NaN", None, "", "ok"],
            "date": ["not a date", None, "2020-02-30", "2021-05-01"],
        },
        geometry=gpd.points_from_xy([1.0, float("nan"), 3.0, 4.0], [1.0, 2.0, 95.0, 4.0]),
        crs="EPSG:4326",
    )
    layer = fast_incident_layer(frame)
    assert layer.n == 2  # NaN longitude and latitude 95 are skipped
    killed = _decode(layer.data["counts"]["killed"], 2)
    assert np.isnan(killed).sum() == 1 and 7.0 in killed  # inf → unknown, never drawn as a number
    assert layer.data["text"]["description"]["list"].count("NaN") == 1


def _popup_fields(markup: str) -> list[tuple[str, str]]:
    """(label, value) rows and the heading/description of a popup made by popup_html."""
    from html.parser import HTMLParser

    class Rows(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[str, str]] = []
            self.tag: str | None = None
            self.text = ""

        def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
            if tag in ("b", "th", "td") or (tag == "div" and ("class", "geoinc-desc") in attrs):
                self.tag, self.text = tag, ""

        def handle_data(self, data):  # type: ignore[no-untyped-def]
            if self.tag:
                self.text += data

        def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
            if self.tag and tag == self.tag:
                self.rows.append((self.tag, self.text))
                self.tag = None

    parser = Rows()
    parser.feed(markup)
    return parser.rows


@pytest.mark.browser
@pytest.mark.parametrize("place", ["Kerman", HOSTILE_PLACE, "Stackville"])
def test_popups_hold_the_same_fields_as_the_small_path(page, incidents, tmp_path, place) -> None:  # type: ignore[no-untyped-def]
    from geoinc.maps.popups import popup_html

    m, _ = _map(incidents, popup_columns=["country"])
    _open(page, geoinc.save_html(m, tmp_path / "fast.html"))
    rows = page.evaluate(
        f"""(p) => {{ const l = {LAYER}; const node = l.popupNode(l.find('place', p)[0]);
        return Array.from(node.querySelectorAll('b, th, td, div.geoinc-desc'))
            .map(e => [e.tagName.toLowerCase(), e.textContent]); }}""",
        place,
    )
    row = incidents[incidents["place"] == place].iloc[0]
    expected = _popup_fields(popup_html(row, extra=["country"]))
    if place == "Stackville":  # three incidents share the place; compare the one shown first
        assert [r[0] for r in rows] == [r[0] for r in expected]
    else:
        assert [tuple(r) for r in rows] == expected


@pytest.mark.browser
def test_clusters_when_zoomed_out(page, incidents, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m, _ = _map(incidents, cluster=True, cluster_max_zoom=5)
    _open(page, geoinc.save_html(m, tmp_path / "cluster.html"))
    canvas = page.locator("canvas.geoinc-fast-layer")
    assert int(canvas.get_attribute("data-geoinc-clusters")) > 0
    assert int(canvas.get_attribute("data-geoinc-drawn")) == len(incidents)  # every row shown
    # the biggest cluster: its label is its number of incidents; a click zooms in
    x, y, n = page.evaluate(
        f"""() => {{ const l = {LAYER}, c = l._clusters;
        let j = 0; c.n.forEach((v, k) => {{ if (v > c.n[j]) j = k; }});
        const p = l._map.layerPointToContainerPoint([c.x[j], c.y[j]]);
        const r = l._map.getContainer().getBoundingClientRect();
        return [p.x + r.left, p.y + r.top, c.n[j]]; }}"""
    )
    assert n > 1
    page.mouse.move(x, y)
    page.wait_for_selector(".geoinc-fast-tooltip")
    assert page.locator(".geoinc-fast-tooltip").inner_text().startswith(f"{n:,} incidents")
    page.mouse.click(x, y)
    page.wait_for_function(f"{LAYER}.isSettled() && {LAYER}._map.getZoom() === 6")
    assert canvas.get_attribute("data-geoinc-clusters") == "0"
    assert _errors(page) == []


def test_clusters_on_the_fast_path_use_the_fast_layer(incidents) -> None:
    from geoinc.maps.fast import FastIncidentLayer
    from geoinc.maps.layers import DataLayer

    m = geoinc.incident_map(geoinc.to_incidents(incidents), cluster=True, fast=True)
    children = list(m._children.values())
    fast = [c for c in children if isinstance(c, FastIncidentLayer)]
    assert len(fast) == 1 and fast[0].data["cluster"] is not None
    # no second, per-row cluster layer
    assert not [c for c in children if isinstance(c, DataLayer)]

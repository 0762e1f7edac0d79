"""Render tests of geoinc.maps: radii vs √count, legends vs markers, escaped popups, layers."""

from __future__ import annotations

import json
import logging
import math
import re
import sys

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from _incidents import XSS, kerman, sample

import geoinc
from geoinc.errors import MissingDependency
from geoinc.maps import (
    SizeScale,
    aggregate_areas,
    aggregate_hexagons,
    area_layer,
    cluster_layer,
    heatmap_layer,
    hexagon_layer,
    incident_map,
    palette_for,
    popup_html,
    time_slider_layer,
)
from geoinc.maps.areas import class_breaks
from geoinc.maps.layers import time_steps
from geoinc.maps.symbols import (
    MISSING,
    OKABE_ITO,
    OTHER,
    colour_for,
    nice_values,
)

HOSTILE = [
    XSS,
    "</script><script>window.__xss=2</script>",
    "${window.__xss=3}",
    "`",
    "C:\\data\\2019",
]


def drawn(m: folium.Map, fn: str = "drawIncidents") -> list[dict]:
    """The JSON data blocks handed to the geoinc runtime in the rendered page."""
    page = m.get_root().render()
    blocks = re.findall(rf"geoinc\.{fn}\(\s*\w+,\s*\w+,\s*(\{{.*?\}})\);\n", page, flags=re.S)
    return [json.loads(b) for b in blocks]


def symbol(rec: dict) -> list:
    return [p for p in rec["parts"] if "geoinc-symbol" in p[0]][0]


def legend_html(page: str) -> list[str]:
    """The markup of every legend control on the page."""
    found = re.findall(r'div\.innerHTML = ("(?:[^"\\]|\\.)*");', page)
    return [json.loads(s) for s in found]


# ----------------------------------------------------------------------- size scale


def test_radius_is_proportional_to_sqrt_count() -> None:
    s = SizeScale(400, max_radius=40, min_radius=2)
    counts = np.array([400, 100, 25, 4])
    r = s.radius(counts)
    assert r[0] == 40
    # area ∝ count
    np.testing.assert_allclose((r / r[0]) ** 2, counts / 400)


def test_min_radius_unknown_and_zero() -> None:
    s = SizeScale(10_000, max_radius=30, min_radius=3)
    r = s.radius(pd.array([1, 0, None, 10_000], dtype="Int64"))
    assert r[0] == 3  # one casualty stays visible
    assert r[1] == 0
    assert math.isnan(r[2])  # unknown is not 0
    assert r[3] == 30
    assert s.min_count == pytest.approx(100)


def test_scale_from_counts_uses_largest_known_and_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(geoinc.settings, "max_radius_px", 50.0)
    s = SizeScale.from_counts(pd.array([3, None], dtype="Int64"), [12.0, np.nan])
    assert s.max_count == 12 and s.max_radius == 50
    assert s.radius([12])[0] == 50


@pytest.mark.parametrize(
    ("maximum", "expected"),
    [(84, [5, 20, 50]), (1000, [50, 200, 1000]), (1, [1]), (368, [20, 100, 200])],
)
def test_legend_values_are_round_and_within_data(maximum: float, expected: list[int]) -> None:
    values = nice_values(maximum)
    assert values == expected
    assert all(v <= maximum for v in values)
    assert all(str(v).lstrip("125").strip("0") == "" for v in values)


def test_scale_rejects_bad_radii() -> None:
    with pytest.raises(ValueError, match="min_radius"):
        SizeScale(10, max_radius=5, min_radius=8)


# -------------------------------------------------------------------------- palette


def test_palette_is_colour_blind_safe_frequency_ordered() -> None:
    values = ["b"] * 3 + ["a"] * 5 + [None] + [f"x{i}" for i in range(10)]
    pal = palette_for(values)
    names = list(pal)
    assert names[:2] == ["a", "b"]
    assert pal["a"] == OKABE_ITO[0]
    assert OTHER in pal and MISSING in pal
    assert len([c for k, c in pal.items() if k not in (OTHER, MISSING)]) == len(OKABE_ITO) - 1
    assert colour_for("x9", pal) == pal[OTHER]
    assert colour_for(pd.NA, pal) == pal[MISSING]


# ------------------------------------------------------------------- incident map


def test_kerman_one_circle_sized_for_84_killed_with_ring_and_legend() -> None:
    m = incident_map(kerman(), title="Kerman")
    (data,) = drawn(m)
    (rec,) = data["records"]
    assert (rec["lat"], rec["lon"]) == (30.2832, 57.0788)
    parts = {p[0].split()[0]: p[1] for p in rec["parts"]}
    # the ring (killed + injured = 368) is the biggest symbol and gets max radius
    assert parts["ring"] == pytest.approx(geoinc.settings.max_radius_px)
    assert parts["main"] == pytest.approx(
        geoinc.settings.max_radius_px * math.sqrt(84 / 368), abs=0.01
    )
    page = m.get_root().render()
    assert "geoinc-size-legend" in page
    assert "GeoNames\\u003c/a\\u003e (CC BY 4.0)" in page


def test_rendered_radii_follow_sqrt_count() -> None:
    gdf = sample()
    m = incident_map(gdf, ring=False, max_radius=40, min_radius=1)
    (data,) = drawn(m)
    places = gdf.dropna(subset=["latitude"])["place"].tolist()
    by_place = {places[r["row"]]: r for r in data["records"]}
    # drawn largest first, so small symbols stay on top and clickable
    sizes = [max(p[1] for p in r["parts"]) for r in data["records"]]
    assert sizes == sorted(sizes, reverse=True)
    r_a = symbol(by_place["A"])[1]
    r_b = symbol(by_place["B"])[1]
    r_c = symbol(by_place["C"])[1]
    assert r_a == 40  # 100 killed is the max
    assert (r_b / r_a) ** 2 == pytest.approx(25 / 100, abs=1e-3)
    assert (r_c / r_a) ** 2 == pytest.approx(4 / 100, abs=2e-3)
    # killed_high 9 → a halo at √9
    halo = [p for p in by_place["C"]["parts"] if p[0] == "halo"][0]
    assert (halo[1] / r_a) ** 2 == pytest.approx(9 / 100, abs=2e-3)
    # unknown counts: a hollow dashed symbol, never a zero-size circle
    unknown = symbol(by_place["D"])
    assert unknown[0].startswith("unknown") and unknown[1] == geoinc.settings.unknown_radius_px
    assert data["styles"][unknown[2]]["dashArray"]
    assert symbol(by_place["E"])[0].startswith("zero")


def test_legend_circles_have_marker_radii() -> None:
    rows = [
        {"place": str(c), "latitude": 10 + i, "longitude": 10, "killed": c}
        for i, c in enumerate([2, 10, 20, 100, 500])
    ]
    m = incident_map(geoinc.to_incidents(rows), ring=False)
    page = m.get_root().render()
    (data,) = drawn(m)
    marker_r = {int(r["tooltip"].split(":")[1].split()[0]): symbol(r)[1] for r in data["records"]}
    legends = [h for h in legend_html(page) if "geoinc-legend-circle" in h]
    assert len(legends) == 1
    circles = re.findall(
        r'r="([\d.]+)"[^>]*class="geoinc-legend-circle" data-value="(\d+)"', legends[0]
    )
    assert [int(v) for _, v in circles] == [500, 100, 20]
    for r, v in circles:
        assert float(r) == pytest.approx(marker_r[int(v)], abs=0.006)


def test_popup_fields_present_and_escaped() -> None:
    gdf = kerman(
        killed_high=103,
        claimed_by=HOSTILE[1],
        blamed_on=HOSTILE[2],
        place=HOSTILE[4],
        event_type=HOSTILE[3],
    )
    html = popup_html(gdf.iloc[0])
    for text in ("2024-01-03", "84–103 (range reported)", "284", "Kerman, Iran", "Source"):
        assert text in html
    assert "<img" not in html and "&lt;img src=x onerror=window.__xss=1&gt;" in html
    assert "<script>" not in html and "&lt;/script&gt;" in html
    assert 'href="https://example.org/kerman?a=1&amp;b=2"' in html
    assert 'rel="noopener noreferrer"' in html
    assert "C:\\data\\2019" in html


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,x",
        "//evil.example",
        "http:///nohost",
        "https://ok.example/\njavascript:",
    ],
)
def test_popup_links_only_http_urls(url: str) -> None:
    html = popup_html(kerman(source=url).iloc[0])
    assert "<a " not in html


def test_popup_precision_and_month_dates() -> None:
    gdf = kerman(
        precision="country",
        date="2019-03-01",
        date_precision="month",
        killed=None,
        killed_high=None,
    )
    html = popup_html(gdf.iloc[0])
    assert "March 2019 (month only)" in html
    assert "located only to the country" in html
    assert "<th>Killed</th><td>unknown</td>" in html


def test_page_keeps_hostile_text_out_of_scripts() -> None:
    rows = [
        {
            "place": h,
            "latitude": 1.0 + i,
            "longitude": 2.0,
            "killed": 1,
            "description": h,
            "event_type": h,
        }
        for i, h in enumerate(HOSTILE)
    ]
    m = incident_map(
        geoinc.to_incidents(rows), color="event_type", title=HOSTILE[0], name=HOSTILE[0]
    )
    page = m.get_root().render()
    assert XSS not in page
    assert "</script><script>window.__xss" not in page
    assert "<title>&lt;img src=x" in page
    # layer-control names are HTML-escaped (Leaflet inserts them as HTML)
    assert '"\\u0026lt;img src=x onerror=window.__xss=1\\u0026gt;"' in page


@pytest.mark.parametrize("fast", [False, True])
def test_hostile_column_name_as_legend_title_and_popup_label(fast: bool) -> None:
    gdf = kerman()
    gdf[XSS] = ["</script>" + XSS]
    m = incident_map(gdf, color=XSS, popup_columns=[XSS], fast=fast)
    page = m.get_root().render()
    assert XSS not in page
    legend = [h for h in legend_html(page) if "geoinc-category" in h]
    title = XSS.replace("_", " ").replace("<", "&lt;").replace(">", "&gt;")
    assert legend and f"<h4>{title}</h4>" in legend[0]  # column name: escaped, _ as space


def test_rows_without_location_are_skipped_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="geoinc"):
        m = incident_map(sample())
    (data,) = drawn(m)
    assert len(data["records"]) == 5
    assert "1 of 6 incidents have no location" in caplog.text


@pytest.mark.parametrize("fast", [False, True])
def test_empty_and_out_of_range_points_are_skipped_on_both_paths(fast: bool) -> None:
    # a raw GeoDataFrame (not through to_incidents): missing, empty, out-of-range, a polygon
    raw = gpd.GeoDataFrame(
        {"place": ["ok", "none", "empty", "lat 95", "area"], "killed": [3, 1, 1, 1, 2]},
        geometry=[
            shapely.Point(57.0, 30.0),
            None,
            shapely.Point(),
            shapely.Point(57.0, 95.0),
            shapely.box(50.0, 30.0, 52.0, 32.0),
        ],
        crs="EPSG:4326",
    )
    m = incident_map(raw, fast=fast)
    if fast:
        (layer,) = [c for c in m._children.values() if type(c).__name__ == "FastIncidentLayer"]
        assert layer.n == 2
    else:
        (data,) = drawn(m)
        assert sorted((r["lat"], r["lon"]) for r in data["records"]) == [(30.0, 57.0), (31.0, 51.0)]


def test_coincident_incidents_are_offset_apart() -> None:
    (data,) = drawn(incident_map(sample()))
    same = [r for r in data["records"] if (r["lat"], r["lon"]) == (33.3, 44.4)]
    assert len(same) == 2
    (a, b) = same
    gap = math.hypot(a["dx"] - b["dx"], a["dy"] - b["dy"])
    biggest = max(p[1] for r in same for p in r["parts"])
    assert gap >= 2 * biggest - 1e-6
    lone = [r for r in data["records"] if r["lat"] == 30.0][0]
    assert lone["dx"] == lone["dy"] == 0


def test_approximate_locations_are_dashed() -> None:
    (data,) = drawn(incident_map(sample()))
    rec = [r for r in data["records"] if "geoinc-approx" in symbol(r)[0]]
    assert len(rec) == 1
    assert data["styles"][symbol(rec[0])[2]]["dashArray"] == "5 3"


def test_colour_column_and_category_legend() -> None:
    gdf = sample()
    m = incident_map(gdf, color="event_type")
    (data,) = drawn(m)
    pal = palette_for(gdf.dropna(subset=["latitude"])["event_type"])
    fills = {r["row"]: data["styles"][symbol(r)[2]].get("fillColor") for r in data["records"]}
    assert fills[0] == pal["bombing"] and fills[1] == pal["shooting"]
    assert "geoinc-category-legend" in m.get_root().render()
    with pytest.raises(KeyError, match="nope"):
        incident_map(gdf, color="nope")


@pytest.mark.parametrize("size", ["injured", "casualties", None])
def test_other_sizes(size: str | None) -> None:
    (data,) = drawn(incident_map(kerman(), size=size))
    (rec,) = data["records"]
    assert symbol(rec)[1] == (6.0 if size is None else geoinc.settings.max_radius_px)
    with pytest.raises(ValueError, match="size="):
        incident_map(kerman(), size="dead")


def test_attribution_geonames_always_osm_when_osm() -> None:
    page = incident_map(kerman(), tiles="OpenStreetMap.Mapnik").get_root().render()
    assert "GeoNames" in page and "OpenStreetMap" in page
    gdf = kerman()
    gdf.attrs["attribution"] = "Geocoded with Nominatim " + XSS
    page = incident_map(gdf, tiles=False).get_root().render()
    assert "openstreetmap.org/copyright" in page
    assert "Geocoded with Nominatim \\u0026lt;img" in page
    assert "control_scale" not in page and "L.control.scale" in page


def test_default_basemap_needs_no_key(caplog: pytest.LogCaptureFixture) -> None:
    # CartoDB now needs an API key in xyzservices: geoinc falls back without a warning
    with caplog.at_level(logging.INFO, logger="geoinc"):
        page = incident_map(kerman(), tiles="CartoDB.Positron").get_root().render()
    assert "tile.openstreetmap.org" in page
    assert "needs an API key" in caplog.text


def test_draws_onto_existing_map_and_shares_scale() -> None:
    m = folium.Map()
    scale = SizeScale(1000)
    incident_map(kerman(), m=m, scale=scale, ring=False)
    incident_map(kerman(killed=1000, latitude=10.0), m=m, scale=scale, ring=False, name="Second")
    blocks = drawn(m)
    assert [symbol(b["records"][0])[1] for b in blocks] == [
        round(float(scale.radius([84])[0]), 2),
        geoinc.settings.max_radius_px,
    ]
    page = m.get_root().render()
    assert page.count("L.control.layers(") == 1
    # the layer control comes after both layers
    assert page.index("L.control.layers(") > page.rindex("geoinc.drawIncidents(")


# --------------------------------------------------------------------------- layers


def test_cluster_layer_sized_by_total_casualties() -> None:
    m = folium.Map()
    layer = cluster_layer(sample(), m)
    page = m.get_root().render()
    assert "L.markerClusterGroup" in page and "geoinc.clusterIcon" in page
    weights = [r["w"] for r in sorted(layer.data["records"], key=lambda r: r["row"])]
    assert weights == [100, 35, 4, None, 0]
    assert layer.cluster["scale"]["max_count"] == 139


def test_heatmap_weighted_by_casualties() -> None:
    m = folium.Map()
    layer = heatmap_layer(sample(), m)
    # 100, 35, 4, unknown → 1 (never 0), 0 → 1
    np.testing.assert_allclose(layer.weights, [100, 35, 4, 1, 1])
    assert [p[2] for p in layer.data] == [1.0, 0.35, 0.04, 0.01, 0.01]


def test_time_steps_across_2001_09_09_and_month_precision() -> None:
    dates = ["1999-05-01", "2001-09-08", "2001-09-10", "2005-03-01", None]
    precs = ["day", "day", "day", "month", "unknown"]
    t0, t1, steps = time_steps(dates, precs)
    assert t0[0] == 925_516_800_000  # ms, not seconds, before 2001-09-09
    assert t0[2] - t0[1] == 2 * 86_400_000
    assert t1[3] == pd.Timestamp("2005-03-31 23:59:59.999").value // 1_000_000
    assert t0[4] is None
    assert [s[2] for s in steps][:2] == ["1999", "2000"] and steps[-1][2] == "2005"
    _, _, daily = time_steps(["1960-01-01", "1960-01-03"], freq="D")
    assert [s[2] for s in daily] == ["1960-01-01", "1960-01-02", "1960-01-03"]
    assert daily[0][0] < 0


def test_time_slider_layer_records_carry_intervals() -> None:
    m = folium.Map()
    layer = time_slider_layer(sample(), m, mode="period")
    assert layer.time["mode"] == "period" and layer.time["undated"] == 1
    records = sorted(layer.data["records"], key=lambda r: r["row"])
    assert [r["t0"] is None for r in records] == [False] * 4 + [True]
    assert "geoinc.timeSlider(" in m.get_root().render()
    with pytest.raises(ValueError, match="mode="):
        time_slider_layer(sample(), folium.Map(), mode="sometimes")  # type: ignore[arg-type]


def test_aggregate_countries_uses_country_column() -> None:
    agg = aggregate_areas(sample())
    table = agg.set_index("area")[
        ["incidents", "killed", "injured", "casualties", "unknown_counts"]
    ]
    assert table.loc["Iran"].tolist() == [2, 125, 10, 135, 0]
    assert table.loc["Iraq"].tolist() == [2, 4, 0, 4, 1]
    # F has no coordinates but a country: it still counts for Syria
    assert table.loc["Syria"].tolist() == [2, 7, 0, 7, 0]
    assert agg.crs == "EPSG:4326" and agg.geometry.geom_type.isin(["Polygon", "MultiPolygon"]).all()


def test_aggregate_user_polygons() -> None:
    areas = gpd.GeoDataFrame(
        {"district": ["West <b>", "East"]},
        geometry=[shapely.box(40, 25, 50, 40), shapely.box(50, 25, 60, 40)],
        crs="EPSG:4326",
    )
    agg = aggregate_areas(sample(), areas, by="district")
    assert agg.set_index("area")["incidents"].to_dict() == {"East": 2, "West <b>": 2}
    m = folium.Map()
    layer = area_layer(sample(), m, areas=areas, by="district", how="choropleth")
    feats = layer.data["geojson"]["features"]
    assert len(feats) == 2
    assert all("<b>" not in f["properties"]["tooltip"] for f in feats)
    symbols = area_layer(sample(), folium.Map(), areas=areas, how="symbols")
    assert len(symbols.data["records"]) == 2


def test_country_choropleth_is_simplified() -> None:
    m = folium.Map()
    layer = area_layer(sample(), m)
    text = json.dumps(layer.data)
    assert len(layer.data["geojson"]["features"]) == 3
    assert len(text) < 200_000


def test_hexagons_sum_per_cell() -> None:
    agg = aggregate_hexagons(sample(), resolution=3)
    assert int(agg["incidents"].sum()) == 5
    assert int(agg["casualties"].max()) == 100
    layer = hexagon_layer(sample(), folium.Map(), resolution=3)
    assert len(layer.data["geojson"]["features"]) == 4  # C and D share a cell


def test_hexagons_need_h3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "h3", None)
    with pytest.raises(MissingDependency, match="pip install h3"):
        aggregate_hexagons(sample())


def test_class_breaks_are_round() -> None:
    assert class_breaks([1, 3, 8, 40, 120, 600]) == [2, 10, 50, 100]
    assert class_breaks([]) == []


def test_fast_path_chosen_above_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    from geoinc.maps.fast import FastIncidentLayer

    small = incident_map(sample())
    assert not any(isinstance(c, FastIncidentLayer) for c in small._children.values())
    monkeypatch.setattr(geoinc.settings, "fast_path_threshold", 3)
    big = incident_map(sample())
    assert any(isinstance(c, FastIncidentLayer) for c in big._children.values())
    assert drawn(big) == []  # no per-incident records on the fast path
    forced_small = incident_map(sample(), fast=False)
    assert len(drawn(forced_small)[0]["records"]) == 5


def test_empty_and_all_unknown_tables() -> None:
    assert drawn(incident_map(geoinc.empty_incidents(0)))[0]["records"] == []
    gdf = geoinc.to_incidents(
        [{"latitude": 1, "longitude": 2}, {"latitude": 1.5, "longitude": 2, "killed": 0}]
    )
    m = incident_map(gdf)
    (legend,) = [h for h in legend_html(m.get_root().render()) if "geoinc-key" in h]
    assert "geoinc-legend-circle" not in legend  # nothing is sized, so no size circles
    assert 'data-key="unknown"' in legend and 'data-key="zero"' in legend


def test_projected_input_is_reprojected() -> None:
    gdf = kerman().to_crs(3857)
    (rec,) = drawn(incident_map(gdf))[0]["records"]
    assert (rec["lat"], rec["lon"]) == (pytest.approx(30.2832), pytest.approx(57.0788))


@pytest.mark.parametrize("k", [2, 3, 5, 8, 30])
def test_stacked_incidents_do_not_hide_each_other(k: int) -> None:
    rows = [
        {
            "place": f"p{i}",
            "latitude": 33.3,
            "longitude": 44.4,
            "killed": 1 + i,
            "precision": "admin1",
        }
        for i in range(k)
    ]
    data = drawn(incident_map(geoinc.to_incidents(rows), ring=False))[0]
    centres = [(r["dx"], r["dy"]) for r in data["records"]]
    assert len(set(centres)) == k
    spread = max(math.hypot(x, y) for x, y in centres)
    assert spread <= 160.0 + 1e-6
    if k <= 8:  # on one ring, neighbours do not overlap
        radii = [symbol(r)[1] for r in data["records"]]
        for a in range(k):
            for b in range(a + 1, k):
                gap = math.dist(centres[a], centres[b])
                assert gap >= radii[a] + radii[b] - 1e-6

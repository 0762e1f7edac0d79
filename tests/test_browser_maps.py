"""Maps in a real headless Chromium: circles drawn, popups, legends, layers, time slider, XSS.

The maps are written with folium's own ``m.save`` (CDN links). The CDNs are not
reachable here, so Playwright serves Leaflet and the plugins from pip-installed copies
(xstatic-leaflet, xstatic-leaflet-markercluster, folium's leaflet-heat), answers the
other CDN requests with empty bodies and tiles with a blank PNG. One test opens
``geoinc.save_html(offline=True)`` output with every request blocked.
"""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import folium
import pytest
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster
from _incidents import XSS, kerman, sample

import geoinc
from geoinc.maps import SizeScale, incident_map

pytestmark = pytest.mark.browser

HOSTILE = [
    XSS,
    "</script><script>window.__xss=2</script>",
    "${window.__xss=3}",
    "`${window.__xss=4}`",
    "C:\\data\\2019\\`",
    "\\`+(window.__xss=5)+`",
]

_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)
_LEAFLET = Path(xstatic.pkg.leaflet.BASE_DIR)
_CLUSTER = Path(xstatic.pkg.leaflet_markercluster.BASE_DIR)
_ASSETS = {
    "leaflet.js": _LEAFLET / "leaflet.js",
    "leaflet.css": _LEAFLET / "leaflet.css",
    "leaflet.markercluster.js": _CLUSTER / "leaflet.markercluster.js",
    "MarkerCluster.css": _CLUSTER / "MarkerCluster.css",
    "MarkerCluster.Default.css": _CLUSTER / "MarkerCluster.Default.css",
    "leaflet_heat.min.js": Path(folium.__file__).parent / "templates" / "leaflet_heat.min.js",
}

# JS helpers evaluated in the page
_MAP = "Object.values(window).find(v => v instanceof L.Map)"
# [radius option, radius drawn in the SVG path (Leaflet rounds it to whole pixels), latitude]
_RADII = r"""() => { const out = [];
    __MAP__.eachLayer(l => {
        if (!l.options || !/geoinc-symbol/.test(l.options.className || '') || !l._path) return;
        const m = /a([\d.]+),/.exec(l._path.getAttribute('d'));
        out.push([l.getRadius(), m ? parseFloat(m[1]) : null, l.getLatLng().lat]);
    });
    return out; }""".replace("__MAP__", _MAP)


def _serve(page: Any) -> list[str]:
    """Serve CDN assets locally, tiles as blank PNGs; return the URLs requested."""
    requested: list[str] = []

    def handle(route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
            return
        requested.append(url)
        name = url.split("?")[0].rsplit("/", 1)[-1]
        if re.search(r"/\d+/\d+/\d+(@2x)?\.png", url):
            route.fulfill(status=200, body=_PNG, content_type="image/png")
        elif name in _ASSETS:
            ctype = "text/css" if name.endswith(".css") else "application/javascript"
            route.fulfill(status=200, body=_ASSETS[name].read_bytes(), content_type=ctype)
        else:
            ctype = "text/css" if name.endswith(".css") else "application/javascript"
            route.fulfill(status=200, body=b"", content_type=ctype)

    page.route("**/*", handle)
    return requested


def _open(page: Any, m: folium.Map, tmp_path: Path, name: str = "map.html") -> None:
    path = tmp_path / name
    m.save(str(path))
    _serve(page)
    page.goto(path.as_uri())
    page.wait_for_function(f"() => !!({_MAP})")
    page.wait_for_timeout(300)


def _no_errors(page: Any) -> None:
    assert page.js_errors == []
    assert page.evaluate("window.__xss") is None


def test_kerman_map_one_circle_in_kerman_with_size_legend(page: Any, tmp_path: Path) -> None:
    m = incident_map(kerman(), title="Kerman bombings " + XSS)
    _open(page, m, tmp_path)
    assert page.locator("path.geoinc-symbol").count() == 1
    latlngs = page.evaluate(
        f"""() => {{ const out = []; {_MAP}.eachLayer(l => {{
            if (l.options && /geoinc-symbol/.test(l.options.className || ''))
                out.push([l.getLatLng().lat, l.getLatLng().lng]); }}); return out; }}"""
    )
    assert latlngs == [[pytest.approx(30.2832), pytest.approx(57.0788)]]
    # sized for 84 killed inside a ring for 84 + 284 killed and injured
    ((radius, drawn, _),) = page.evaluate(_RADII)
    scale = SizeScale(84 + 284)
    assert radius == pytest.approx(float(scale.radius([84])[0]), abs=0.006)
    assert abs(drawn - radius) <= 0.5
    legend = page.locator(".geoinc-size-legend")
    assert legend.is_visible()
    assert "Killed" in legend.inner_text()
    legend_r = page.eval_on_selector_all(
        ".geoinc-legend-circle", "cs => cs.map(c => [+c.dataset.value, +c.getAttribute('r')])"
    )
    assert legend_r and all(
        r == pytest.approx(float(scale.radius([v])[0]), abs=0.006) for v, r in legend_r
    )
    assert page.locator(".geoinc-title").inner_text() == "Kerman bombings " + XSS
    assert "GeoNames (CC BY 4.0)" in page.locator(".leaflet-control-attribution").inner_text()
    page.hover("path.geoinc-symbol")
    assert "84 killed, 284 injured" in page.locator(".leaflet-tooltip").inner_text()
    _no_errors(page)


def test_popup_opens_and_shows_escaped_fields(page: Any, tmp_path: Path) -> None:
    gdf = kerman(
        killed_high=103,
        claimed_by=HOSTILE[1],
        blamed_on=HOSTILE[2],
        place=HOSTILE[4],
        source="javascript:window.__xss=9",
    )
    _open(page, incident_map(gdf), tmp_path)
    page.click("path.geoinc-symbol")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    for expected in (
        "Bombing — Kerman, Iran",
        "2024-01-03",
        "84–103 (range reported)",
        "284",
        HOSTILE[1],
        HOSTILE[2],
        HOSTILE[4],
        XSS,
        "javascript:window.__xss=9",
    ):
        assert expected in text
    assert popup.locator("img, script").count() == 0
    assert popup.locator("a").count() == 0  # javascript: is not a link
    _no_errors(page)


def test_hostile_records_do_not_blank_the_map(page: Any, tmp_path: Path) -> None:
    rows = [
        {
            "place": h,
            "location": h,
            "latitude": 10.0 + i,
            "longitude": 20.0,
            "killed": i + 1,
            "description": h,
            "event_type": h,
            "claimed_by": h,
            "source": h,
        }
        for i, h in enumerate(HOSTILE)
    ]
    m = incident_map(
        geoinc.to_incidents(rows), color="event_type", title=HOSTILE[1], name=XSS, cluster=True
    )
    _open(page, m, tmp_path)
    assert page.locator("path.geoinc-symbol").count() == len(HOSTILE)
    assert XSS in page.locator(".leaflet-control-layers").inner_text()
    assert HOSTILE[3] in page.locator(".geoinc-category-legend").inner_text()
    for i in range(len(HOSTILE)):
        page.hover(f"path.geoinc-symbol >> nth={i}")
        page.wait_for_timeout(50)
    _no_errors(page)


def test_drawn_radii_follow_sqrt_count_and_legend(page: Any, tmp_path: Path) -> None:
    counts = [2, 10, 20, 100, 500]
    rows = [
        {"place": str(c), "latitude": 10.0 + 3 * i, "longitude": 10.0, "killed": c}
        for i, c in enumerate(counts)
    ]
    _open(page, incident_map(geoinc.to_incidents(rows), ring=False), tmp_path)
    drawn = page.evaluate(_RADII)
    assert len(drawn) == len(counts)
    assert all(abs(r - d) <= 0.5 for r, d, _ in drawn)
    count_at = {10.0 + 3 * i: c for i, c in enumerate(counts)}
    by_count = {count_at[lat]: r for r, _, lat in drawn}
    assert by_count[500] == pytest.approx(geoinc.settings.max_radius_px)
    for c in (20, 100):  # above the minimum radius, area ∝ count
        assert (by_count[c] / by_count[500]) ** 2 == pytest.approx(c / 500, rel=1e-3)
    legend = page.eval_on_selector_all(
        ".geoinc-legend-circle", "cs => cs.map(c => [+c.dataset.value, +c.getAttribute('r')])"
    )
    assert sorted(v for v, _ in legend) == [20, 100, 500]
    for v, r in legend:
        assert r == pytest.approx(by_count[v], abs=0.006)
    _no_errors(page)


def _toggle(page: Any, label: str) -> None:
    page.locator(".leaflet-control-layers-overlays label", has_text=label).locator("input").click()
    page.wait_for_timeout(200)


def test_circles_per_layer(page: Any, tmp_path: Path) -> None:
    m = incident_map(sample(), cluster=True, heatmap=True, areas=True, hexagons=3)
    _open(page, m, tmp_path)
    count: Callable[[str], int] = lambda sel: page.locator(sel).count()  # noqa: E731
    assert count("path.geoinc-symbol") == 5
    assert count("path.geoinc-halo") == 1 and count("path.geoinc-ring") == 1
    assert count("path.geoinc-unknown") == 1 and count("path.geoinc-zero") == 1
    assert count("path.geoinc-approx") == 1
    assert count("path.geoinc-leader") == 2  # two incidents on one point, offset apart
    _toggle(page, "Incidents")
    assert count("path.geoinc-symbol") == 0
    _toggle(page, "Clusters")
    page.evaluate(f"{_MAP}.setView([32, 48], 3, {{animate: false}})")
    # wait until the cluster animation has settled (old and new icons coexist meanwhile)
    page.wait_for_function(
        """() => [...document.querySelectorAll('.geoinc-cluster')]
                 .reduce((s, c) => s + (+c.dataset.count), 0)
               + document.querySelectorAll('path.geoinc-symbol').length === 5""",
        timeout=5000,
    )
    icons = page.eval_on_selector_all(
        ".geoinc-cluster", "cs => cs.map(c => [+c.dataset.count, +c.dataset.total])"
    )
    singles = count("path.geoinc-symbol")
    assert sum(n for n, _ in icons) + singles == 5
    assert icons, "nearby incidents should cluster at zoom 3"
    _toggle(page, "Clusters")
    _toggle(page, "Heatmap")
    assert count("canvas.leaflet-heatmap-layer") == 1
    _toggle(page, "Heatmap")
    _toggle(page, "per country")
    assert count("path.geoinc-area") == 3
    # a layer's legend shows only while the layer is on
    assert count(".geoinc-class-legend:visible") == 1
    _toggle(page, "per country")
    assert count(".geoinc-class-legend:visible") == 0
    _toggle(page, "per hexagon")
    assert count("path.geoinc-area") == 4
    _no_errors(page)


def _slide(page: Any, index: int) -> int:
    page.eval_on_selector(
        ".geoinc-time-range",
        f"el => {{ el.value = '{index}'; el.dispatchEvent(new Event('input')); }}",
    )
    return int(page.get_attribute(".geoinc-time", "data-visible"))


def test_time_slider_cumulative_across_2001_09_09(page: Any, tmp_path: Path) -> None:
    _open(page, incident_map(sample(), time_slider=True), tmp_path)
    labels = []
    visible = []
    for i in range(7):  # yearly steps 1999 … 2005
        visible.append(_slide(page, i))
        labels.append(page.inner_text(".geoinc-time-label"))
        assert page.locator("path.geoinc-symbol").count() == visible[-1]
    assert labels[0] == "up to 1999" and labels[-1] == "up to 2005"
    assert visible == [1, 1, 3, 3, 3, 3, 4]  # the undated incident is never shown
    assert "1 without a date not shown" in page.inner_text(".geoinc-time-count")
    _no_errors(page)


def test_time_slider_period_with_month_precision(page: Any, tmp_path: Path) -> None:
    rows = [
        {"place": "a", "latitude": 1.0, "longitude": 1.0, "killed": 1, "date": "2005-01-15"},
        {
            "place": "b",
            "latitude": 2.0,
            "longitude": 1.0,
            "killed": 2,
            "date": "2005-03-01",
            "date_precision": "month",
        },
        {"place": "c", "latitude": 3.0, "longitude": 1.0, "killed": 3, "date": "2005-03-20"},
    ]
    m = folium.Map(location=[2, 1], zoom_start=5)
    geoinc.maps.time_slider_layer(geoinc.to_incidents(rows), m, freq="M", mode="period")
    _open(page, m, tmp_path)
    assert [_slide(page, i) for i in range(3)] == [1, 0, 2]
    assert page.inner_text(".geoinc-time-label") == "March 2005"
    _no_errors(page)


@pytest.mark.parametrize(("mode", "expected"), [("period", [1, 1, 1]), ("cumulative", [1, 2, 3])])
def test_time_slider_daily_around_2001_09_09(
    page: Any, tmp_path: Path, mode: str, expected: list[int]
) -> None:
    rows = [
        {"place": d, "latitude": 1.0 + i, "longitude": 1.0, "killed": 1, "date": d}
        for i, d in enumerate(["2001-09-08", "2001-09-09", "2001-09-10"])
    ]
    m = folium.Map(location=[2, 1], zoom_start=5)
    geoinc.maps.time_slider_layer(geoinc.to_incidents(rows), m, mode=mode)  # type: ignore[arg-type]
    _open(page, m, tmp_path)
    assert [_slide(page, i) for i in range(3)] == expected
    assert page.inner_text(".geoinc-time-label").endswith("2001-09-10")
    _no_errors(page)


def test_offline_page_from_save_html(page: Any, tmp_path: Path) -> None:
    m = incident_map(kerman(), cluster=True, time_slider=True)
    path = geoinc.save_html(m, tmp_path / "offline.html", offline=True)
    other: list[str] = []

    def block(route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        elif re.search(r"/\d+/\d+/\d+(@2x)?\.png", url):
            route.fulfill(status=200, body=_PNG, content_type="image/png")
        else:
            other.append(url)
            route.abort()

    page.route("**/*", block)
    page.goto(Path(path).as_uri())
    page.wait_for_function(f"() => !!({_MAP})")
    assert page.locator("path.geoinc-symbol").count() == 1
    assert other == []
    _no_errors(page)


def test_radius_helper_is_area_true() -> None:
    # the drawn radii above are checked against SizeScale; SizeScale itself is area-true
    s = SizeScale(500)
    assert math.isclose((s.radius([125])[0] / s.radius([500])[0]) ** 2, 0.25)

"""Self-contained HTML: geoinc.save_html inlines every asset; only tiles leave the page."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import folium
import pytest

import geoinc
from geoinc.errors import ConfigurationError
from geoinc.maps.html import render_html

TILE_HOST = "tile.openstreetmap.org"


def _kerman_map() -> folium.Map:
    m = folium.Map(location=[30.28, 57.08], zoom_start=4, tiles="OpenStreetMap")
    folium.CircleMarker(
        [30.28, 57.08],
        radius=12,
        fill=True,
        popup=folium.Popup("Kerman: 84 killed"),
        tooltip="Kerman",
    ).add_to(m)
    folium.CircleMarker([35.7, 51.4], radius=5, fill=True, popup=folium.Popup("Tehran")).add_to(m)
    folium.Marker([29.5, 60.9]).add_to(m)
    return m


def _real_errors(page) -> list[str]:  # type: ignore[no-untyped-def]
    """JS errors, less the failed tile loads this test provokes on purpose."""
    return [e for e in page.js_errors if "Failed to load resource" not in e]


def _open(page, path: Path, *, block_all: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    """Open ``path``; record every request and make every non-file request fail."""
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))

    def route(r):  # type: ignore[no-untyped-def]
        if r.request.url.startswith("file://") and not block_all:
            return r.continue_()
        if r.request.url.startswith(("file://", "data:")):
            return r.continue_()
        return r.abort("internetdisconnected")

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_function("document.querySelectorAll('path.leaflet-interactive').length >= 2")
    return requests


def test_no_cdn_links_left(tmp_path: Path) -> None:
    out = geoinc.save_html(_kerman_map(), tmp_path / "map.html")
    text = out.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", text)
    assert not re.search(r"<link[^>]+stylesheet", text)
    for host in ("cdn.jsdelivr.net", "code.jquery.com", "cdnjs.cloudflare.com", "netdna"):
        assert host not in text
    assert "Leaflet 1.9.3" in text
    # leaflet.css images became data: URIs
    assert 'url("data:image/png;base64,' in text
    # the built-in basemap is small
    assert len(text.encode()) < 700_000


def test_online_keeps_cdn_links(tmp_path: Path) -> None:
    out = geoinc.save_html(_kerman_map(), tmp_path / "online.html", offline=False)
    text = out.read_text(encoding="utf-8")
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js">' in text
    assert "CountryBasemap" not in text
    assert len(text) < 20_000


def test_map_object_is_not_changed() -> None:
    m = _kerman_map()
    before = list(m._children)
    render_html(m)
    assert list(m._children) == before
    # rendering again without the basemap really leaves it out
    assert "data-geoinc-basemap-rings" not in render_html(m, basemap=False)
    assert render_html(m, offline=False, basemap=True).count("data-geoinc-basemap-rings") == 1


def test_title_is_escaped(tmp_path: Path) -> None:
    hostile = "Attacks </title><script>window.pwned=1</script> & co"
    out = geoinc.save_html(_kerman_map(), tmp_path / "t.html", title=hostile)
    text = out.read_text(encoding="utf-8")
    assert "<title>Attacks &lt;/title&gt;&lt;script&gt;window.pwned=1" in text
    assert text.count("<title>") == 1


def test_unknown_plugin_asset_is_an_error_not_a_silent_request(tmp_path: Path) -> None:
    from folium.plugins import Fullscreen

    m = _kerman_map()
    Fullscreen().add_to(m)
    with pytest.raises(ConfigurationError, match=r"leaflet\.fullscreen"):
        geoinc.save_html(m, tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()
    # offline=False still works
    geoinc.save_html(m, tmp_path / "x.html", offline=False)


def test_awesome_marker_icons_need_cdn(tmp_path: Path) -> None:
    m = _kerman_map()
    folium.Marker([30, 57], icon=folium.Icon(icon="info-sign")).add_to(m)
    with pytest.raises(ConfigurationError, match="Awesome"):
        geoinc.save_html(m, tmp_path / "x.html")


@pytest.mark.browser
def test_only_tile_requests_leave_the_page(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = geoinc.save_html(_kerman_map(), tmp_path / "map.html", title="Kerman")
    requests = _open(page, out)
    hosts = {urlparse(u).hostname for u in requests if not u.startswith(("file:", "data:"))}
    assert hosts <= {
        "a.tile.openstreetmap.org",
        "b.tile.openstreetmap.org",
        "c.tile.openstreetmap.org",
        TILE_HOST,
    }, hosts
    assert any(TILE_HOST in u for u in requests), "the tile layer should still ask for tiles"
    assert page.locator("path.leaflet-interactive").count() == 2
    assert page.locator("img.leaflet-marker-icon").count() == 1
    assert page.evaluate(
        "document.querySelector('img.leaflet-marker-icon').src.startsWith('data:image/png')"
    )
    # the circle opens its popup
    page.locator("path.leaflet-interactive").first.click(force=True)
    assert "Kerman: 84 killed" in page.locator(".leaflet-popup-content").inner_text()
    assert page.title() == "Kerman"
    assert _real_errors(page) == []


@pytest.mark.browser
def test_offline_page_renders_with_network_blocked(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = geoinc.save_html(_kerman_map(), tmp_path / "map.html")
    _open(page, out, block_all=True)
    assert page.evaluate("typeof L") == "object"
    assert page.evaluate("typeof jQuery") == "function"
    # country outlines drawn beneath the (failed) tiles
    rings = page.locator(".leaflet-container").get_attribute("data-geoinc-basemap-rings")
    assert rings is not None and int(rings) > 500
    painted = page.evaluate(
        """() => {
            const c = document.querySelector('.leaflet-geoincBasemap-pane canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
            return n / (c.width * c.height);
        }"""
    )
    assert painted > 0.05, f"basemap canvas mostly empty ({painted:.3f})"
    assert _real_errors(page) == []


HOSTILE = {
    "place": "${window.__pwned=1}`",
    "description": "</script><script>window.__pwned=2</script><img src=x onerror=window.__pwned=3>",
    "claimed_by": "`+(window.__pwned=4)+`",
}


@pytest.mark.browser
def test_incident_map_saved_offline_survives_a_hostile_record(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        {
            "place": "Kerman",
            "country": "IR",
            "latitude": 30.28,
            "longitude": 57.08,
            "killed": 84,
            "injured": 284,
            "date": "2024-01-03",
        },
        {
            **HOSTILE,
            "country": "NG",
            "latitude": 10.0,
            "longitude": 8.0,
            "killed": None,
            "injured": 3,
        },
    ]
    m = geoinc.incident_map(geoinc.to_incidents(rows), tiles="OpenStreetMap")
    out = geoinc.save_html(m, tmp_path / "small.html", title="</title><b>x")
    _open(page, out, block_all=True)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("path.geoinc-symbol").count() == 2
    assert _real_errors(page) == []


@pytest.mark.browser
def test_every_incident_map_layer_works_offline(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        {
            "place": f"P{i}",
            "country": "IQ",
            "latitude": 30 + i / 10,
            "longitude": 44 + i / 7,
            "killed": i,
            "injured": 2 * i,
            "date": f"2020-0{1 + i % 9}-01",
            "event_type": "bombing",
        }
        for i in range(12)
    ]
    m = geoinc.incident_map(
        geoinc.to_incidents(rows),
        cluster=True,
        heatmap=True,
        time_slider=True,
        areas=True,
        tiles="OpenStreetMap",
    )
    out = geoinc.save_html(m, tmp_path / "layers.html")
    text = out.read_text(encoding="utf-8")
    assert "leaflet.markercluster.js (inlined)" in text and "leaflet_heat.min.js (inlined)" in text
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?:", text)
    _open(page, out, block_all=True)
    assert page.evaluate("typeof L.markerClusterGroup") == "function"
    assert page.evaluate("typeof L.heatLayer") == "function"
    assert _real_errors(page) == []


def test_register_asset_supplies_a_plugin_offline(tmp_path: Path) -> None:
    from folium.plugins import Fullscreen

    from geoinc.maps import html as maps_html

    m = _kerman_map()
    Fullscreen().add_to(m)
    js, css = tmp_path / "fs.js", tmp_path / "fs.css"
    js.write_text("window.__fullscreen_plugin = 1; // </script> inside a comment", encoding="utf-8")
    css.write_text(".fs{color:red}", encoding="utf-8")
    urls = dict(Fullscreen.default_js + Fullscreen.default_css)
    try:
        for url in urls.values():
            maps_html.register_asset(url, js if url.endswith(".js") else css)
        text = geoinc.save_html(m, tmp_path / "fs.html").read_text(encoding="utf-8")
    finally:
        for url in urls.values():
            maps_html._EXTRA.pop(url, None)
    assert "window.__fullscreen_plugin = 1; // <\\/script>" in text
    assert ".fs{color:red}" in text
    with pytest.raises(ConfigurationError, match="not a file"):
        maps_html.register_asset("https://example.org/x.js", tmp_path / "missing.js")

"""A built-in vector basemap of country outlines, so a map shows context without tiles.

The outlines come from Natural Earth's 1:10m ``admin_0_countries`` layer (public
domain; read through :func:`geoinc._naturalearth.countries`), simplified to about
0.1° and quantised to 0.01° integer steps, delta-encoded per ring. The derived file
``geoinc/maps/_assets/country_outlines.json`` (~190 KB) ships with the package and
is regenerated with :func:`build_outlines`.

On the map the outlines are drawn on a canvas in their own pane *below* the tile
pane: while tiles load they cover it; when the tile server cannot be reached (an
air-gapped machine, an e-mail attachment opened offline) the outlines show through.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import folium
import numpy as np
from branca.element import MacroElement
from jinja2 import Template

__all__ = ["CountryBasemap", "add_country_basemap", "build_outlines", "outlines_json"]

_ASSETS = Path(__file__).resolve().parent / "_assets"
_ASSET = "country_outlines.json"
#: Simplification tolerance (degrees), quantisation step (degrees), smallest kept part (deg²).
_TOLERANCE = 0.1
_QUANTUM = 0.01
_MIN_AREA = 0.02


def build_outlines(path: str | Path | None = None) -> dict:
    """Build the compact country-outline asset from Natural Earth.

    Parameters
    ----------
    path : str or Path, optional
        Where to write the JSON; by default the packaged asset is rewritten.

    Returns
    -------
    dict
        ``{"q": quantum, "rings": [[x0, y0, dx1, dy1, ...], ...]}`` where ``x``/``y``
        are longitude/latitude divided by ``q`` (integers) and each later pair is the
        difference from the previous vertex.
    """
    import shapely
    import shapely.geometry

    from geoinc._naturalearth import countries

    frame = countries()
    rings: list[list[int]] = []
    for geom in frame.geometry:
        simple = shapely.simplify(geom, _TOLERANCE, preserve_topology=True)
        parts = list(getattr(simple, "geoms", [simple]))
        kept = [p for p in parts if p.area >= _MIN_AREA] or [max(parts, key=lambda p: p.area)]
        for part in kept:
            ring = shapely.geometry.polygon.orient(part, 1.0).exterior
            xy = np.round(np.asarray(ring.coords)[:-1] / _QUANTUM).astype(np.int64)
            if len(xy) < 3:
                continue
            deltas = np.vstack([xy[:1], np.diff(xy, axis=0)]).ravel()
            rings.append(deltas.tolist())
    data = {
        "source": "Natural Earth 1:10m admin_0_countries (public domain), simplified",
        "q": _QUANTUM,
        "rings": rings,
    }
    target = Path(path) if path is not None else _ASSETS / _ASSET
    target.write_text(json.dumps(data, separators=(",", ":")), encoding="ascii")
    return data


@cache
def outlines_json() -> str:
    """The packaged outline asset as JSON text, safe to place inside a ``<script>``."""
    text = (_ASSETS / _ASSET).read_text("ascii")
    # Only integers and a fixed ASCII source note, but never trust a file inside <script>.
    return text.replace("</", "<\\/")


_TEMPLATE = """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
    var map = {{ this._parent.get_name() }};
    var pane = map.getPane("geoincBasemap") || map.createPane("geoincBasemap");
    pane.style.zIndex = 150;
    pane.style.pointerEvents = "none";
    var data = {{ this.data }};
    var q = data.q, rings = data.rings, total = 0, r, i;
    for (r = 0; r < rings.length; r++) { total += rings[r].length / 2; }
    // vertices in Web Mercator world units (0..1), ring starts and bounding boxes
    var wx = new Float64Array(total), wy = new Float64Array(total);
    var start = new Int32Array(rings.length + 1), box = new Float64Array(4 * rings.length);
    var k = 0;
    for (r = 0; r < rings.length; r++) {
        var d = rings[r], x = 0, y = 0;
        var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        start[r] = k;
        for (i = 0; i < d.length; i += 2) {
            x += d[i]; y += d[i + 1];
            var lat = Math.max(-85.0511, Math.min(85.0511, y * q));
            var s = Math.sin(lat * Math.PI / 180);
            wx[k] = 0.5 + x * q / 360;
            wy[k] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
            x0 = Math.min(x0, wx[k]); x1 = Math.max(x1, wx[k]);
            y0 = Math.min(y0, wy[k]); y1 = Math.max(y1, wy[k]);
            k++;
        }
        box[4 * r] = x0; box[4 * r + 1] = y0; box[4 * r + 2] = x1; box[4 * r + 3] = y1;
    }
    start[rings.length] = k;
    var fill = {{ this.fill_color|tojson }}, line = {{ this.line_color|tojson }};
    // A subclass of Leaflet's canvas renderer that paints the outlines itself.
    var Outlines = L.Canvas.extend({
        _draw: function () { this._paint(); },
        _redraw: function () { this._paint(); },
        _updatePaths: function () { if (!this._postponeUpdatePaths) { this._paint(); } },
        _paint: function () {
            var m = this._map, ctx = this._ctx, b = this._bounds;
            if (!m || !ctx || !b) { return; }
            ctx.save();
            ctx.setTransform(1, 0, 0, 1, 0, 0);
            ctx.clearRect(0, 0, this._container.width, this._container.height);
            ctx.restore();
            var sc = 256 * Math.pow(2, m.getZoom()), o = m.getPixelOrigin();
            var minX = (b.min.x + o.x) / sc, minY = (b.min.y + o.y) / sc;
            var maxX = (b.max.x + o.x) / sc, maxY = (b.max.y + o.y) / sc;
            ctx.beginPath();
            for (var r = 0; r < rings.length; r++) {
                if (box[4 * r] > maxX || box[4 * r + 2] < minX ||
                    box[4 * r + 1] > maxY || box[4 * r + 3] < minY) { continue; }
                for (var j = start[r]; j < start[r + 1]; j++) {
                    var px = wx[j] * sc - o.x, py = wy[j] * sc - o.y;
                    if (j === start[r]) { ctx.moveTo(px, py); } else { ctx.lineTo(px, py); }
                }
                ctx.closePath();
            }
            ctx.fillStyle = fill;
            ctx.fill();
            ctx.strokeStyle = line;
            ctx.lineWidth = 0.8;
            ctx.stroke();
        }
    });
    var layer = new Outlines({pane: "geoincBasemap", padding: 0.2}).addTo(map);
    map.getContainer().style.background = {{ this.sea_color|tojson }};
    map.getContainer().setAttribute("data-geoinc-basemap-rings", String(rings.length));
    return layer;
})();
{% endmacro %}
"""


class CountryBasemap(MacroElement):
    """Country outlines drawn beneath the tiles (a :class:`branca.element.MacroElement`).

    Parameters
    ----------
    fill_color, line_color, sea_color : str
        CSS colours of land, borders and the map background.
    """

    _template = Template(_TEMPLATE)

    def __init__(
        self,
        *,
        fill_color: str = "#f2f0eb",
        line_color: str = "#9a9a9a",
        sea_color: str = "#dde6ee",
    ) -> None:
        super().__init__()
        self._name = "CountryBasemap"
        self.fill_color = fill_color
        self.line_color = line_color
        self.sea_color = sea_color

    @property
    def data(self) -> str:
        return outlines_json()


def add_country_basemap(m: folium.Map, **style: str) -> CountryBasemap:
    """Add :class:`CountryBasemap` to ``m`` unless it already has one; return it."""
    for child in m._children.values():
        if isinstance(child, CountryBasemap):
            return child
    layer = CountryBasemap(**style)
    layer.add_to(m)
    return layer

"""Plumbing shared by the map layers: the JS runtime, the data records, the layer element.

Every layer is a :class:`DataLayer`: a folium ``Layer`` (so it gets a layer-control
entry) whose template hands one JSON block (``tojson``) to a function of the geoinc
runtime (``_runtime.js``). No incident value is ever written as JavaScript source.
"""

from __future__ import annotations

import html
import logging
import math
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, Figure
from folium.elements import JSCSSMixin
from folium.map import Layer
from jinja2 import Template

from geoinc import settings
from geoinc.maps.legend import ensure_css
from geoinc.maps.popups import popup_html, tooltip_html
from geoinc.maps.symbols import DEFAULT_COLOUR, ZERO_RADIUS_PX, SizeScale, colour_for, style

logger = logging.getLogger("geoinc")

SIZE_CHOICES = ("killed", "injured", "casualties", None)
#: Size-legend title and the counted thing, per ``size=`` choice.
SIZE_TITLES = {"killed": "Killed", "injured": "Injured", "casualties": "Killed and injured"}
SIZE_WHAT = {"killed": "killed", "injured": "injured", "casualties": "killed + injured"}


@cache
def runtime_js() -> str:
    """The geoinc map runtime (a small script, inlined once per page)."""
    return (resources.files("geoinc.maps") / "_runtime.js").read_text(encoding="utf-8")


def ensure_runtime(m: Any) -> None:
    """Add the runtime script and the styles to the page of ``m`` (once)."""
    root = m.get_root()
    if isinstance(root, Figure):
        root.header.add_child(Element(f"<script>{runtime_js()}</script>"), name="geoinc_runtime")
    ensure_css(m)


def escape_name(name: str) -> str:
    """A layer name safe for Leaflet's layer control (which inserts it as HTML)."""
    return html.escape(str(name), quote=True)


class DataLayer(JSCSSMixin, Layer):
    """A layer drawn by a runtime function from one JSON data block.

    Parameters
    ----------
    data : dict
        JSON-serialisable (no NaN).
    draw : str
        ``"drawIncidents"``, ``"drawClusters"`` or ``"drawAreas"``.
    name : str
        Layer-control entry (escaped here).
    time : dict, optional
        Options of a time slider over the drawn incidents.
    cluster : dict, optional
        Options of a marker-cluster group (the target becomes ``L.markerClusterGroup``).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {%- if this.cluster %}
        var {{ this.get_name() }} = L.markerClusterGroup({
            showCoverageOnHover: false,
            maxClusterRadius: {{ this.cluster.radius|tojson }},
            iconCreateFunction: geoinc.clusterIcon({{ this.cluster.scale|tojson }})
        });
        {%- else %}
        var {{ this.get_name() }} = L.featureGroup();
        {%- endif %}
        var {{ this.get_name() }}_items = geoinc.{{ this.draw }}(
            {{ this._parent.get_name() }}, {{ this.get_name() }}, {{ this.data|tojson }});
        {%- if this.time %}
        var {{ this.get_name() }}_time = geoinc.timeSlider({{ this._parent.get_name() }},
            {{ this.get_name() }}, {{ this.get_name() }}_items, {{ this.time|tojson }});
        {%- endif %}
        {% endmacro %}
        """
    )
    default_js: list[tuple[str, str]] = []
    default_css: list[tuple[str, str]] = []

    def __init__(
        self,
        data: dict[str, Any],
        *,
        draw: str,
        name: str,
        time: dict[str, Any] | None = None,
        cluster: dict[str, Any] | None = None,
        show: bool = True,
    ) -> None:
        if draw not in ("drawIncidents", "drawClusters", "drawAreas"):
            raise ValueError(f"unknown draw function {draw!r}")
        super().__init__(name=escape_name(name), overlay=True, control=True, show=show)
        self._name = "GeoincLayer"
        self.data = data
        self.draw = draw
        self.time = time
        self.cluster = cluster
        if cluster is not None:
            self.default_js = list(folium.plugins.MarkerCluster.default_js)
            self.default_css = list(folium.plugins.MarkerCluster.default_css)

    def render(self, **kwargs: Any) -> Any:
        ensure_runtime(self)
        return super().render(**kwargs)


def add_layer_control(m: folium.Map) -> None:
    """Put one layer control on ``m``, after every layer (moved to the end if present)."""
    for key, child in list(m._children.items()):
        if isinstance(child, folium.LayerControl):
            del m._children[key]
            m._children[key] = child
            return
    folium.LayerControl(collapsed=False).add_to(m)


# --------------------------------------------------------------------------- records


def count_arrays(gdf: pd.DataFrame) -> dict[str, np.ndarray]:
    """killed, killed_high, injured, injured_high as float arrays (NaN = unknown)."""
    out = {}
    for col in ("killed", "killed_high", "injured", "injured_high"):
        if col in gdf:
            out[col] = pd.array(gdf[col], dtype="Float64").to_numpy(dtype=float, na_value=np.nan)
        else:
            out[col] = np.full(len(gdf), np.nan)
    return out


def _known_sum(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a + b treating one unknown part as 0, NaN when both are unknown."""
    both_nan = np.isnan(a) & np.isnan(b)
    return np.where(both_nan, np.nan, np.nan_to_num(a) + np.nan_to_num(b))


def size_arrays(gdf: pd.DataFrame, size: str | None, ring: bool) -> dict[str, np.ndarray]:
    """The counts each symbol part shows: ``main``, ``ring``, ``halo`` (NaN = not drawn)."""
    if size not in SIZE_CHOICES:
        raise ValueError(f"size= must be 'killed', 'injured', 'casualties' or None, not {size!r}")
    c = count_arrays(gdf)
    n = len(gdf)
    nan = np.full(n, np.nan)
    if size is None:
        return {"main": nan.copy(), "ring": nan.copy(), "halo": nan.copy()}
    if size == "killed":
        main, high = c["killed"], c["killed_high"]
        ring_v = _known_sum(c["killed"], c["injured"]) if ring else nan.copy()
        ring_v = np.where(np.isnan(c["injured"]), np.nan, ring_v)
    elif size == "injured":
        main, high, ring_v = c["injured"], c["injured_high"], nan.copy()
    else:
        main = _known_sum(c["killed"], c["injured"])
        has_high = ~np.isnan(c["killed_high"]) | ~np.isnan(c["injured_high"])
        k_hi = np.where(np.isnan(c["killed_high"]), c["killed"], c["killed_high"])
        i_hi = np.where(np.isnan(c["injured_high"]), c["injured"], c["injured_high"])
        high = np.where(has_high, _known_sum(k_hi, i_hi), np.nan)
        ring_v = nan.copy()
    with np.errstate(invalid="ignore"):
        ring_v = np.where(ring_v > np.nan_to_num(main), ring_v, np.nan)
        high = np.where(high > np.nan_to_num(main), high, np.nan)
    return {"main": main, "ring": ring_v, "halo": high}


def weights(gdf: pd.DataFrame) -> np.ndarray:
    """Killed + injured per incident (known parts), NaN when both are unknown."""
    c = count_arrays(gdf)
    return _known_sum(c["killed"], c["injured"])


def usable_points(gdf: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which rows have a usable location, and their latitude and longitude (vectorised).

    A row is usable when its geometry is present, not empty, and gives finite
    coordinates within ±90° latitude and ±180° longitude; a non-point geometry stands
    for a point on its surface. Returns ``(good, lat, lon)`` for all rows (NaN where
    there is no point); ``gdf`` must be in EPSG:4326.
    """
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    not_point = ~missing & (shapely.get_type_id(geoms) != 0)
    if missing.any() or not_point.any():
        geoms = geoms.copy()
        geoms[missing] = None  # (GEOS cannot read the x of an empty point)
        geoms[not_point] = shapely.point_on_surface(geoms[not_point])
    lon = np.asarray(shapely.get_x(geoms), dtype=float)
    lat = np.asarray(shapely.get_y(geoms), dtype=float)
    with np.errstate(invalid="ignore"):
        good = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    return good, lat, lon


def located(gdf: gpd.GeoDataFrame, what: str = "incidents") -> gpd.GeoDataFrame:
    """Rows with a usable point (see :func:`usable_points`) and their ``_lat``/``_lon``.

    Logs how many were skipped.
    """
    good, lat, lon = usable_points(gdf)
    skipped = int((~good).sum())
    if skipped:
        logger.warning(
            "%d of %d %s have no location and are not drawn (geocode them first)",
            skipped,
            len(gdf),
            what,
        )
    out = gdf.loc[good].copy()
    out["_lon"] = lon[good]
    out["_lat"] = lat[good]
    return out


#: Largest distance (pixels) of an offset symbol from the shared point.
MAX_SPREAD_PX = 160.0


def coincident_offsets(
    lat: np.ndarray, lon: np.ndarray, radii: np.ndarray, *, gap: float = 2.0
) -> tuple[np.ndarray, np.ndarray]:
    """Pixel offsets spreading incidents that share a point around it.

    Points equal to 5 decimals (about 1 m) count as one place. Up to 8 symbols of
    largest radius ``r`` go on a circle of radius ``(r + gap) / sin(π / k)``, so
    neighbours do not overlap; larger groups (e.g. many incidents placed at one
    province centre) go on a sunflower spiral within :data:`MAX_SPREAD_PX`, largest
    symbols nearest the point.
    """
    n = len(lat)
    dx = np.zeros(n)
    dy = np.zeros(n)
    if n < 2:
        return dx, dy
    keys = pd.Series(list(zip(np.round(lat, 5), np.round(lon, 5), strict=True)))
    groups = keys.groupby(keys).indices
    golden = math.pi * (3 - math.sqrt(5))
    for idx in groups.values():
        k = len(idx)
        if k < 2:
            continue
        idx = idx[np.argsort(-np.nan_to_num(radii[idx]), kind="stable")]
        r = float(np.nanmax(np.append(radii[idx], 1.0))) + gap
        if k <= 8:
            ring = min(r / math.sin(math.pi / k), MAX_SPREAD_PX)
            spots = [(ring, -math.pi / 2 + 2 * math.pi * j / k) for j in range(k)]
        else:
            c = min(1.9 * r, MAX_SPREAD_PX / math.sqrt(k))
            spots = [(c * math.sqrt(j + 0.5), j * golden) for j in range(k)]
        for (dist, angle), i in zip(spots, idx, strict=True):
            dx[i] = round(dist * math.cos(angle), 2)
            dy[i] = round(dist * math.sin(angle), 2)
    return dx, dy


def _style_index(styles: list[dict[str, Any]], lookup: dict[str, int], opts: dict[str, Any]) -> int:
    key = repr(sorted(opts.items()))
    if key not in lookup:
        lookup[key] = len(styles)
        styles.append(opts)
    return lookup[key]


def build_records(
    gdf: gpd.GeoDataFrame,
    *,
    size: str | None,
    scale: SizeScale,
    colours: Sequence[str] | None = None,
    ring: bool = True,
    fixed_radius: float | None = None,
    popups: Iterable[str] | None = None,
    tooltips: Iterable[str] | None = None,
    extra: Iterable[str] = (),
    offsets: bool = True,
) -> dict[str, Any]:
    """JSON data block for :func:`geoinc.drawIncidents` from rows with ``_lat``/``_lon``.

    Records are ordered largest symbol first (drawn underneath). Each holds ``row``
    (position in ``gdf``), ``lat``, ``lon``, ``parts`` (``[class, radius px, style index]``,
    drawn in order: halo, ring, main), ``popup``/``tooltip`` (escaped HTML), pixel
    offsets ``dx``/``dy`` and ``w`` (killed + injured, for clusters and heatmaps).
    """
    n = len(gdf)
    sizes = size_arrays(gdf, size, ring)
    r_main = scale.radius(sizes["main"])
    r_ring = scale.radius(sizes["ring"])
    r_halo = scale.radius(sizes["halo"])
    unknown_r = float(settings.unknown_radius_px)
    precision = (
        gdf["precision"].astype("string").fillna("unknown").to_numpy(dtype=object)
        if "precision" in gdf
        else np.full(n, "unknown", dtype=object)
    )
    approximate = np.isin(precision, ["admin1", "country"])
    if colours is None:
        colours = [DEFAULT_COLOUR] * n
    w = weights(gdf)
    lat = gdf["_lat"].to_numpy(dtype=float)
    lon = gdf["_lon"].to_numpy(dtype=float)
    drawn_r = np.where(np.isnan(r_main), unknown_r, r_main)
    drawn_r = np.fmax(np.fmax(drawn_r, np.nan_to_num(r_ring)), np.nan_to_num(r_halo))
    if offsets:
        dx, dy = coincident_offsets(lat, lon, drawn_r)
    else:
        dx = dy = np.zeros(n)
    extra = list(extra)
    popup_list = list(popups) if popups is not None else None
    tooltip_list = list(tooltips) if tooltips is not None else None
    styles: list[dict[str, Any]] = []
    lookup: dict[str, int] = {}
    records = []
    kinds = set()
    rows = gdf.to_dict("records") if (popup_list is None or tooltip_list is None) else None
    # largest symbols first, so smaller ones stay on top, visible and clickable
    for i in np.argsort(-drawn_r, kind="stable"):
        colour = colours[i]
        approx = bool(approximate[i])
        parts: list[list[Any]] = []
        if not np.isnan(r_halo[i]):
            parts.append(
                [
                    "halo",
                    round(float(r_halo[i]), 2),
                    _style_index(styles, lookup, style("halo", colour)),
                ]
            )
            kinds.add("halo")
        if not np.isnan(r_ring[i]):
            parts.append(
                [
                    "ring",
                    round(float(r_ring[i]), 2),
                    _style_index(styles, lookup, style("ring", colour, approximate=approx)),
                ]
            )
            kinds.add("ring")
        if fixed_radius is not None and size is None:
            part, radius = "main", float(fixed_radius)
        elif np.isnan(r_main[i]):
            part, radius = "unknown", unknown_r
        elif r_main[i] == 0:
            part, radius = "zero", ZERO_RADIUS_PX
        else:
            part, radius = "main", float(r_main[i])
        kinds.add(part)
        if approx:
            kinds.add("approximate")
        opts = style(part, colour, approximate=approx)
        parts.append(
            [
                f"{part} geoinc-symbol" + (" geoinc-approx" if approx else ""),
                round(radius, 2),
                _style_index(styles, lookup, opts),
            ]
        )
        record: dict[str, Any] = {
            "row": int(i),
            "lat": round(float(lat[i]), 6),
            "lon": round(float(lon[i]), 6),
            "parts": parts,
            "dx": float(dx[i]),
            "dy": float(dy[i]),
            "w": None if np.isnan(w[i]) else int(w[i]),
        }
        record["popup"] = (
            popup_list[i] if popup_list is not None else popup_html(rows[i], extra=extra)  # type: ignore[index]
        )
        record["tooltip"] = (
            tooltip_list[i] if tooltip_list is not None else tooltip_html(rows[i])  # type: ignore[index]
        )
        records.append(record)
    return {"records": records, "styles": styles, "kinds": sorted(kinds)}


def colours_for(gdf: pd.DataFrame, column: str | None, palette: dict[str, str] | None) -> list[str]:
    """Colour of each row (``DEFAULT_COLOUR`` without a colour column)."""
    if column is None:
        return [DEFAULT_COLOUR] * len(gdf)
    assert palette is not None
    return [colour_for(v, palette) for v in gdf[column]]

"""The fast path: tens or hundreds of thousands of incidents in one canvas layer.

folium writes one JavaScript statement per marker (~1.4 KB of HTML and ~1.5 ms of
Python each; a blank map is reported above ~9,500 markers). Here every incident goes
into **one columnar data block** — coordinates quantised to 1e-5° (about 1 m), counts
and radii as small integer arrays in base64, every text column deduplicated into a
dictionary — and **one layer**, a subclass of Leaflet's canvas renderer, draws them:
each (style, radius) circle is rasterised once into a sprite and the sprites are
composited into one pixel buffer, largest circles first (100,000 circles redraw in
well under 0.3 s). Popups and tooltips are built on demand in JavaScript from the
row's fields, as DOM nodes with ``textContent``.

What stays the same as the small path (:func:`geoinc.maps.layers.incident_layer`):
radius ∝ √count from the same :class:`~geoinc.maps.symbols.SizeScale`, the same
symbol styles (:data:`~geoinc.maps.symbols.STYLES`: ring, halo, unknown, zero,
approximate), the same :class:`~geoinc.maps.legend.SizeLegend` and
:class:`~geoinc.maps.legend.CategoryLegend`, and popups with the same fields. Added:
a filter control (date range, categories) and optional clusters when zoomed out.
Incidents stacked on one place are paged through in one popup instead of being offset.

Sizes (measured by ``benchmarks/bench_maps.py``, 100-character descriptions): about
140 bytes of HTML per incident; 100,000 incidents build and save in about 0.6 s and
draw in Chromium in about 1 s. Above :data:`MAX_POINTS` rows the layer draws hexagons
instead (logged).
"""

from __future__ import annotations

import base64
import json
import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, Literal

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
from branca.element import Element, Figure
from folium.map import Layer
from jinja2 import Template

from geoinc import settings
from geoinc.maps._draw import SIZE_TITLES, SIZE_WHAT, escape_name, size_arrays, usable_points
from geoinc.maps.legend import CategoryLegend, ClassLegend, SizeLegend, ensure_css
from geoinc.maps.popups import PRECISION_NOTES
from geoinc.maps.symbols import (
    DEFAULT_COLOUR,
    MISSING,
    OTHER,
    SEQUENTIAL,
    ZERO_RADIUS_PX,
    SizeScale,
    _nice_round,
    palette_for,
    style,
)

__all__ = [
    "FastIncidentLayer",
    "HexbinLayer",
    "MAX_POINTS",
    "add_fast_layer",
    "fast_incident_layer",
    "hexbin_layer",
]

logger = logging.getLogger("geoinc")

#: Above this many incidents :func:`add_fast_layer` draws hexagons instead of points
#: (unless ``aggregate=False``): a page of every point would exceed ~85 MB. Points still
#: work beyond it (1,000,000 incidents: 137 MB of HTML, ~8 s to open in Chromium).
MAX_POINTS = 600_000

_QUANTUM = 1e-5  # degrees per coordinate step (about 1 m)
_TEXT_COLUMNS = (
    "event_type",
    "place",
    "location",
    "admin1",
    "precision",
    "date_precision",
    "claimed_by",
    "blamed_on",
    "source",
    "description",
)
_DESCRIPTION_MAX = 1200
_KIND_CODES = {"main": 0, "zero": 1, "unknown": 2}


@cache
def fast_js() -> str:
    """The fast-layer script (geoinc's own code), safe inside ``<script>``."""
    path = Path(__file__).resolve().parent / "_assets" / "geoinc_fast.js"
    return path.read_text(encoding="utf-8").replace("</", "<\\/")


_CSS = """<style>
.geoinc-filter input[type=range]{width:100%;margin:2px 0}
.geoinc-filter .geoinc-swatch{display:inline-block;width:10px;height:10px;border-radius:5px;
 border:1px solid #333}
.geoinc-filter label{cursor:pointer}
.geoinc-pager{display:flex;gap:6px;align-items:center;justify-content:center;margin-top:4px;
 font-size:11px;color:#555}
.geoinc-pager button{border:1px solid #bbb;background:#fff;border-radius:3px;cursor:pointer}
</style>"""


# --------------------------------------------------------------------- encoding helpers


class _Raw(Element):
    """Page content written as is: never parsed as a Jinja template.

    ``branca.element.Element(text)`` compiles ``text`` as a template, which is slow
    for a large data block and would evaluate ``{{ … }}`` found in incident text.
    """

    def __init__(self, content: str) -> None:
        super().__init__("")
        self.content = content

    def render(self, **kwargs: Any) -> str:
        return self.content


def _b64(arr: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(arr).tobytes()).decode("ascii")


def _int_column(values: np.ndarray, *, scale: float = 1.0, sparse: bool | None = None) -> dict:
    """Encode a float array (NaN = missing) as the smallest little-endian integer array.

    ``value = stored / scale``; missing values get the type's sentinel ``na``. Mostly
    missing columns are stored sparse (``idx`` = positions of the known values).
    """
    values = np.asarray(values, dtype=float)
    known = np.isfinite(values)
    n_known = int(known.sum())
    if sparse is None:
        sparse = n_known < len(values) // 4
    out: dict[str, Any] = {"scale": scale} if scale != 1.0 else {}
    if sparse:
        idx = np.flatnonzero(known).astype("<i4")
        vals = values[known]
        out["idx"] = _b64(idx)
        known_vals = np.ones(len(vals), dtype=bool)
    else:
        vals = values
        known_vals = known
    q = np.zeros(len(vals), dtype=np.int64)
    q[known_vals] = np.round(vals[known_vals] * scale).astype(np.int64)
    lo = int(q[known_vals].min()) if known_vals.any() else 0
    hi = int(q[known_vals].max()) if known_vals.any() else 0
    if lo >= 0 and hi < 255:
        t, na, dtype = "u1", 255, "<u1"
    elif lo >= 0 and hi < 65535:
        t, na, dtype = "u2", 65535, "<u2"
    else:
        t, na, dtype = "i4", -(2**31), "<i4"
        q = np.clip(q, -(2**31) + 1, 2**31 - 1)
    q[~known_vals] = na
    out.update({"t": t, "na": na, "b64": _b64(q.astype(dtype))})
    return out


def _clean_text(series: pd.Series) -> pd.Series:
    """Strings with blanks as missing (``<NA>``), as the popups treat them."""
    s = series.astype("string")
    stripped = s.str.strip()
    return s.mask(stripped.isna() | (stripped == ""))


def _text_column(series: pd.Series, *, unique: bool = False) -> dict:
    """Dictionary-encode a text column; a column of (nearly) unique values is a list."""
    s = _clean_text(series)
    if unique:
        return {"list": s.to_numpy(dtype=object, na_value=None).tolist()}
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    n = len(s)
    if n and len(uniques) > n // 2:
        return {"list": s.to_numpy(dtype=object, na_value=None).tolist()}
    k = len(uniques)
    if k < 255:
        t, na, dtype = "u1", 255, "<u1"
    elif k < 65535:
        t, na, dtype = "u2", 65535, "<u2"
    else:
        t, na, dtype = "i4", -1, "<i4"
    codes = np.where(codes < 0, na, codes)
    return {"t": t, "na": na, "b64": _b64(codes.astype(dtype)), "values": [str(v) for v in uniques]}


def _json_for_script(data: Any) -> str:
    """JSON that is safe as the content of an HTML ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    # "<" only occurs inside JSON strings, where \\u003c is the same character.
    return text.replace("<", "\\u003c")


# --------------------------------------------------------------------------- the rows


def _points(gdf: gpd.GeoDataFrame) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Rows with a usable location and their coordinates (vectorised; logs skips)."""
    if not isinstance(gdf, gpd.GeoDataFrame):
        raise TypeError(f"expected an incident GeoDataFrame, not {type(gdf).__name__}")
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    good, lat, lon = usable_points(gdf)
    skipped = int((~good).sum())
    if skipped:
        logger.warning(
            "%d of %d incidents have no usable location and are not drawn (geocode them first)",
            skipped,
            len(gdf),
        )
    return gdf.loc[good], lat[good], lon[good]


def _counts(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame:
        return np.full(len(frame), np.nan)
    arr = pd.to_numeric(frame[column], errors="coerce")
    values = pd.array(arr, dtype="Float64").to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        values[~np.isfinite(values) | (values < 0)] = np.nan
    return values


def _size_arrays(frame: pd.DataFrame, size: str | None, ring: bool) -> dict[str, np.ndarray]:
    """Counts behind each symbol part, exactly as the small path computes them."""
    clean = pd.DataFrame(
        {c: _counts(frame, c) for c in ("killed", "killed_high", "injured", "injured_high")}
    )
    return size_arrays(clean, size, ring)


def _palette_of(series: pd.Series, palette: Sequence[str] | None = None) -> dict[str, str]:
    """:func:`palette_for` of a column, without iterating it in Python.

    ``palette_for`` only uses the order of the category frequencies (ties by name), so
    it gets each category repeated by the dense rank of its frequency.
    """
    s = _clean_text(series).str.strip()
    counts = s.value_counts(dropna=True)
    ranks = counts.rank(method="dense").astype(int)
    sample: list[Any] = [name for name, k in ranks.items() for _ in range(int(k))]
    if s.isna().any():
        sample.append(None)
    return palette_for(sample, palette=palette)


def _labels(series: pd.Series, palette: Mapping[str, str]) -> np.ndarray:
    """Category index of each row in ``palette`` (as :func:`colour_for` decides)."""
    s = _clean_text(series).str.strip()
    names = list(palette)
    cat = pd.Categorical(s, categories=[n for n in names if n not in (OTHER, MISSING)])
    codes = cat.codes.astype(np.int64)
    missing = s.isna().to_numpy()
    other = (codes < 0) & ~missing
    fallback_missing = names.index(MISSING) if MISSING in names else -1
    fallback_other = names.index(OTHER) if OTHER in names else -1
    codes[missing] = fallback_missing
    codes[other] = fallback_other
    # a value beyond the palette without an OTHER entry: colour_for gives OTHER_COLOUR
    return codes


class FastIncidentLayer(Layer):
    """One Leaflet layer drawing every incident from a compact data block.

    Build it with :func:`fast_incident_layer` or :func:`add_fast_layer`. Attributes
    ``scale`` (:class:`SizeScale`), ``palette``, ``kinds`` (symbol keys present),
    ``n`` (rows drawn) and ``data`` (the data block, a dict) describe what is drawn.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoincPoints(
            JSON.parse(document.getElementById({{ this.data_id|tojson }}).textContent),
            {{ this.js_options|tojson }}
        ).addTo({{ this._parent.get_name() }});
        {%- if this.filters %}
        var {{ this.get_name() }}_filter = L.geoincFilter({{ this.get_name() }},
            {position: "topleft"}).addTo({{ this._parent.get_name() }});
        {%- endif %}
        {% endmacro %}
        """
    )

    def __init__(
        self,
        data: dict[str, Any],
        *,
        name: str = "Incidents",
        filters: bool = True,
        show: bool = True,
    ) -> None:
        super().__init__(name=escape_name(name), overlay=True, control=True, show=show)
        self._name = "GeoincFastLayer"
        self.data = data
        self.n = int(data["n"])
        useful = data.get("time") is not None or (
            data.get("filter") is not None and len(data["filter"]["categories"]) > 1
        )
        self.filters = bool(filters) and useful
        self.js_options: dict[str, Any] = {}
        self.data_id = f"geoinc-data-{self.get_name()}"

    def render(self, **kwargs: Any) -> Any:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("the fast incident layer must be added to a folium.Map")
        ensure_css(self)
        figure.header.add_child(_Raw(_CSS), name="geoinc_fast_css")
        figure.header.add_child(_Raw(f"<script>{fast_js()}</script>"), name="geoinc_fast_js")
        block = f'<script type="application/json" id="{self.data_id}">'
        block += _json_for_script(self.data) + "</script>"
        figure.html.add_child(_Raw(block), name=self.data_id)
        super().render(**kwargs)


def fast_incident_layer(
    gdf: gpd.GeoDataFrame,
    *,
    size: str | None = "killed",
    color: str | None = None,
    scale: SizeScale | None = None,
    ring: bool = True,
    palette: Mapping[str, str] | Sequence[str] | None = None,
    name: str = "Incidents",
    popup_columns: Iterable[str] = (),
    filters: bool = True,
    filter_by: str | None = None,
    cluster: bool = False,
    cluster_max_zoom: int = 7,
    show: bool = True,
) -> FastIncidentLayer:
    """Build the canvas layer of ``gdf`` (not yet added to a map).

    Parameters
    ----------
    gdf : GeoDataFrame
        An incident table (see :mod:`geoinc.schema`); rows without a usable location
        are skipped and their number logged.
    size : {"killed", "injured", "casualties", None}
        The count setting the circle **area**; as :func:`geoinc.incident_map`.
    color : str, optional
        Column whose categories colour the circles (colour-blind-safe palette).
    scale : SizeScale, optional
        Share a scale with other layers; by default from the drawn counts.
    ring : bool
        Killed + injured ring around the killed circle (``size="killed"``).
    palette : mapping or sequence of str, optional
        ``{category: colour}`` or the colours for ``color=``.
    name : str
        Layer-control entry (escaped).
    popup_columns : iterable of str
        Extra columns listed in the popups.
    filters : bool
        Add a control filtering by date range and by category.
    filter_by : str, optional
        Category column of the filter; default ``color`` or ``event_type``.
    cluster : bool
        Up to zoom ``cluster_max_zoom``, incidents sharing a 60-px cell of the screen
        are drawn as one dark circle labelled with their number, its area proportional
        to their total killed + injured (known counts); a click zooms in. Incidents alone
        in their cell stay as they are.
    cluster_max_zoom : int
        Largest zoom level drawn with clusters.
    show : bool
        Whether the layer is on when the map opens.

    Returns
    -------
    FastIncidentLayer
    """
    if size not in SIZE_TITLES and size is not None:
        raise ValueError(f"size= must be 'killed', 'injured', 'casualties' or None, not {size!r}")
    if color is not None and color not in gdf.columns:
        raise KeyError(f"color={color!r} is not a column; columns: {', '.join(gdf.columns)}")
    frame, lat, lon = _points(gdf)
    n = len(frame)
    sizes = _size_arrays(frame, size, ring)
    # (SizeScale converts a Series in one vectorised step, other arrays value by value)
    series = {k: pd.Series(v, dtype=float) for k, v in sizes.items()}
    if scale is None:
        scale = SizeScale.from_counts(series["main"], series["ring"], series["halo"])
    r_main = np.asarray(scale.radius(series["main"]), dtype=float)
    r_ring = np.asarray(scale.radius(series["ring"]), dtype=float)
    r_halo = np.asarray(scale.radius(series["halo"]), dtype=float)

    # symbol part of each row, as the small path decides
    if size is None:
        kind = np.zeros(n, dtype=np.int64)
        radius = np.full(n, 6.0)
    else:
        kind = np.where(np.isnan(r_main), 2, np.where(r_main == 0, 1, 0))
        radius = np.where(
            kind == 2,
            float(settings.unknown_radius_px),
            np.where(kind == 1, ZERO_RADIUS_PX, r_main),
        )
    precision = (
        _clean_text(frame["precision"]).fillna("unknown").to_numpy(dtype=object)
        if "precision" in frame
        else np.full(n, "unknown", dtype=object)
    )
    approx = np.isin(precision, ["admin1", "country"]).astype(np.int64)

    # colours
    pal: dict[str, str] | None = None
    if color is not None:
        pal = dict(palette) if isinstance(palette, Mapping) else _palette_of(frame[color], palette)
        colour_idx = _labels(frame[color], pal)
        colours = list(pal.values())
        if (colour_idx < 0).any():  # beyond a user palette without OTHER
            from geoinc.maps.symbols import OTHER_COLOUR

            colours.append(OTHER_COLOUR)
            colour_idx = np.where(colour_idx < 0, len(colours) - 1, colour_idx)
    else:
        colours = [DEFAULT_COLOUR]
        colour_idx = np.zeros(n, dtype=np.int64)

    # draw order: 1-px radius bands, largest first; inside a band, runs of one style
    drawn = np.fmax(np.fmax(radius, np.nan_to_num(r_ring)), np.nan_to_num(r_halo))
    band = np.floor(drawn).astype(np.int64)
    style_key = (kind * 2 + approx) * 1024 + colour_idx
    order = np.lexsort((style_key, -band))
    kind, approx, colour_idx = kind[order], approx[order], colour_idx[order]
    radius, r_ring, r_halo = radius[order], r_ring[order], r_halo[order]
    band, style_key = band[order], style_key[order]
    lat, lon = lat[order], lon[order]
    rows = frame.iloc[order]

    styles: list[dict[str, Any]] = []
    style_ids: dict[str, int] = {}

    def sid(opts: dict[str, Any]) -> int:
        key = json.dumps(opts, sort_keys=True)
        if key not in style_ids:
            style_ids[key] = len(styles)
            styles.append(opts)
        return style_ids[key]

    kind_names = {v: k for k, v in _KIND_CODES.items()}
    breaks = np.flatnonzero((np.diff(band) != 0) | (np.diff(style_key) != 0)) + 1
    starts = np.concatenate([[0], breaks]) if n else np.array([], dtype=np.int64)
    ends = np.concatenate([breaks, [n]]) if n else np.array([], dtype=np.int64)
    has_ring = np.isfinite(r_ring)
    has_halo = np.isfinite(r_halo)
    empty = np.zeros(0, dtype=np.int64)
    ring_any = np.add.reduceat(has_ring.astype(np.int64), starts) if n else empty
    halo_any = np.add.reduceat(has_halo.astype(np.int64), starts) if n else empty
    runs = []
    for j, (s, e) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        colour = colours[int(colour_idx[s])]
        is_approx = bool(approx[s])
        part = kind_names[int(kind[s])]
        runs.append(
            [
                s,
                e,
                sid(style(part, colour, approximate=is_approx)),
                sid(style("ring", colour, approximate=is_approx)) if ring_any[j] else -1,
                sid(style("halo", colour)) if halo_any[j] else -1,
            ]
        )

    kinds = {kind_names[int(k)] for k in np.unique(kind)}
    if has_ring.any():
        kinds.add("ring")
    if has_halo.any():
        kinds.add("halo")
    if approx.any():
        kinds.add("approximate")

    # radii: 1/8 px steps fit in one byte up to 31 px; finer steps need two bytes
    step = 8.0 if float(np.nanmax(drawn, initial=0)) < 31.5 else 64.0
    data: dict[str, Any] = {
        "n": n,
        "q": _QUANTUM,
        "lat": _b64(np.round(lat / _QUANTUM).astype("<i4")),
        "lon": _b64(np.round(lon / _QUANTUM).astype("<i4")),
        "r": _int_column(radius, scale=step, sparse=False),
        "ring": _int_column(r_ring, scale=step),
        "halo": _int_column(r_halo, scale=step),
        "styles": styles,
        "runs": runs,
        "counts": {
            c: _int_column(_counts(rows, c))
            for c in ("killed", "killed_high", "injured", "injured_high")
        },
        "precision_notes": PRECISION_NOTES,
        "extra": [],
        "text": {},
    }

    # dates: whole days since 1970-01-01
    days = np.full(n, np.nan)
    if "date" in rows:
        dates = pd.to_datetime(rows["date"], errors="coerce")
        if getattr(dates.dt, "tz", None) is not None:  # time-zone aware: the local calendar day
            dates = dates.dt.tz_localize(None)
        ok = dates.notna().to_numpy()
        days[ok] = dates[ok].to_numpy(dtype="datetime64[D]").astype(np.int64)
    dated = np.isfinite(days)
    base = float(days[dated].min()) if dated.any() else 0.0
    data["date"] = _int_column(days - base)
    data["date"]["offset"] = base
    data["time"] = (
        {
            "min": int(days[dated].min()),
            "max": int(days[dated].max()),
            "undated": int((~dated).sum()),
        }
        if dated.any() and days[dated].min() < days[dated].max()
        else None
    )

    # text fields (deduplicated), country names from the ISO codes
    for col in _TEXT_COLUMNS:
        if col in rows:
            series = rows[col]
            if col == "description":
                s = _clean_text(series)
                long = s.str.len() > _DESCRIPTION_MAX
                if long.any():
                    cut = s.str.slice(0, _DESCRIPTION_MAX - 1).str.rstrip() + "…"
                    s = s.mask(long, cut)
                series = s
            data["text"][col] = _text_column(series, unique=col == "description")
    if "country" in rows:
        from geoinc._countries import country_name

        codes = _clean_text(rows["country"])
        uniques = codes.dropna().unique()
        names = {c: country_name(str(c)) for c in uniques}
        data["text"]["country_name"] = _text_column(codes.map(names))
    extra = [
        c
        for c in ([color] if color else []) + list(popup_columns)
        if c not in ("killed", "injured", "event_type", "claimed_by", "blamed_on")
    ]
    for col in dict.fromkeys(extra):
        if col not in rows:
            raise KeyError(f"popup column {col!r} is not a column of the incident table")
        data["extra"].append(col)
        data["text"]["extra:" + col] = _text_column(rows[col])

    # the category filter
    fcol = filter_by or color or ("event_type" if "event_type" in rows else None)
    if fcol is not None and fcol in rows:
        fpal = pal if fcol == color and pal is not None else _palette_of(rows[fcol])
        codes = _labels(rows[fcol], fpal)
        categories = list(fpal)
        if (codes < 0).any():
            categories.append(OTHER)
            codes = np.where(codes < 0, len(categories) - 1, codes)
        data["filter"] = {
            "title": str(fcol).replace("_", " "),
            "categories": categories,
            "colours": [fpal.get(k, "#999999") for k in categories],
            "codes": _int_column(codes.astype(float), sparse=False),
        }
    else:
        data["filter"] = None

    data["cluster"] = (
        {
            "max_zoom": int(cluster_max_zoom),
            "cell": 60,
            "min_radius": 10.0,
            "max_radius": float(scale.max_radius) + 10.0,  # type: ignore[arg-type]
        }
        if cluster
        else None
    )
    layer = FastIncidentLayer(data, name=name, filters=filters, show=show)
    layer.scale = scale  # type: ignore[attr-defined]
    layer.palette = pal  # type: ignore[attr-defined]
    layer.kinds = sorted(kinds)  # type: ignore[attr-defined]
    layer.size = size  # type: ignore[attr-defined]
    layer.color = color  # type: ignore[attr-defined]
    return layer


# ---------------------------------------------------------------------------- hexagons


class HexbinLayer(Layer):
    """Incidents aggregated into hexagons (count, killed, injured), one canvas layer."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoincHexbin(
            JSON.parse(document.getElementById({{ this.data_id|tojson }}).textContent)
        ).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self, data: dict[str, Any], *, name: str = "Incidents (hexagons)", show: bool = True
    ) -> None:
        super().__init__(name=escape_name(name), overlay=True, control=True, show=show)
        self._name = "GeoincHexbin"
        self.data = data
        self.data_id = f"geoinc-data-{self.get_name()}"

    def render(self, **kwargs: Any) -> Any:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("the hexagon layer must be added to a folium.Map")
        ensure_css(self)
        figure.header.add_child(_Raw(f"<script>{fast_js()}</script>"), name="geoinc_fast_js")
        block = f'<script type="application/json" id="{self.data_id}">'
        block += _json_for_script(self.data) + "</script>"
        figure.html.add_child(_Raw(block), name=self.data_id)
        super().render(**kwargs)


def _nice_breaks(values: np.ndarray, k: int) -> list[float]:
    """Up to ``k - 1`` round class breaks from quantiles of ``values``."""
    qs = np.quantile(values, np.linspace(0, 1, k + 1)[1:-1]) if len(values) else []
    out: list[float] = []
    for q in qs:
        if q <= 1:
            continue
        nice = _nice_round(float(q))
        if not out or nice > out[-1]:
            out.append(float(nice))
    return out


def hexbin_layer(
    gdf: gpd.GeoDataFrame,
    *,
    cells: int = 80,
    name: str = "Incidents (hexagons)",
    show: bool = True,
) -> tuple[HexbinLayer, list[tuple[str, str]]]:
    """Aggregate incidents into a hexagon grid (Web Mercator) and build its layer.

    Parameters
    ----------
    gdf : GeoDataFrame
        An incident table.
    cells : int
        Hexagons across the data's east-west extent.
    name : str
        Layer-control entry.
    show : bool
        Whether the layer is on when the map opens.

    Returns
    -------
    (HexbinLayer, classes)
        The layer and its colour classes ``[(label, colour), …]`` for a legend.
    """
    frame, lat, lon = _points(gdf)
    r_earth = 6378137.0
    x = np.radians(lon) * r_earth
    y = np.log(np.tan(np.pi / 4 + np.radians(np.clip(lat, -85.05, 85.05)) / 2)) * r_earth
    width = float(np.ptp(x)) if len(x) else 1.0
    size = max(width, float(np.ptp(y)) if len(y) else 1.0, 1000.0) / max(int(cells), 1) / 2
    # pointy-top axial coordinates, cube rounding
    qf = (math.sqrt(3) / 3 * x - y / 3) / size
    rf = (2 / 3 * y) / size
    sf = -qf - rf
    q, r, s = np.round(qf), np.round(rf), np.round(sf)
    dq, dr, ds = np.abs(q - qf), np.abs(r - rf), np.abs(s - sf)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    q = np.where(fix_q, -r - s, q)
    r = np.where(fix_r, -q - s, r)
    keys = pd.DataFrame(
        {
            "q": q.astype(np.int64),
            "r": r.astype(np.int64),
            "killed": _counts(frame, "killed"),
            "injured": _counts(frame, "injured"),
        }
    )
    agg = (
        keys.groupby(["q", "r"], sort=False)
        .agg(
            count=("killed", "size"),
            killed=("killed", lambda v: v.sum(min_count=1)),
            injured=("injured", lambda v: v.sum(min_count=1)),
        )
        .reset_index()
    )
    cx = size * (math.sqrt(3) * agg["q"].to_numpy() + math.sqrt(3) / 2 * agg["r"].to_numpy())
    cy = size * (1.5 * agg["r"].to_numpy())
    clon = np.degrees(cx / r_earth)
    clat = np.degrees(2 * np.arctan(np.exp(cy / r_earth)) - np.pi / 2)
    # corners in degrees relative to the centre (latitude scale varies: per row is exact,
    # a per-map constant is close enough at hexagon size and keeps the block small)
    angles = np.radians(np.arange(6) * 60 + 30)
    mid = float(np.median(clat)) if len(clat) else 0.0
    dlon = np.degrees(size * np.cos(angles) / r_earth)
    dlat = np.degrees(size * np.sin(angles) / r_earth) * math.cos(math.radians(mid))
    counts = agg["count"].to_numpy(dtype=float)
    breaks = _nice_breaks(counts, len(SEQUENTIAL))
    cls = (
        np.searchsorted(np.array(breaks), counts, side="right")
        if breaks
        else np.zeros(len(counts), dtype=np.int64)
    )
    colours = list(SEQUENTIAL[-(len(breaks) + 1) :]) if breaks else [SEQUENTIAL[2]]
    edges = [1.0, *breaks]
    classes = []
    for k, colour in enumerate(colours):
        lo = int(edges[k])
        hi = int(breaks[k]) - 1 if k < len(breaks) else None
        label = (
            f"{lo:,}–{hi:,}"
            if hi is not None and hi > lo
            else (f"{lo:,}" if hi else f"{lo:,} or more")
        )
        classes.append((label, colour))
    data = {
        "n": len(agg),
        "q": _QUANTUM,
        "lat": _b64(np.round(clat / _QUANTUM).astype("<i4")),
        "lon": _b64(np.round(clon / _QUANTUM).astype("<i4")),
        "corners": [
            [round(float(a) / _QUANTUM), round(float(b) / _QUANTUM)]
            for a, b in zip(dlat, dlon, strict=True)
        ],
        "count": _int_column(counts, sparse=False),
        "killed": _int_column(agg["killed"].to_numpy(dtype=float), sparse=False),
        "injured": _int_column(agg["injured"].to_numpy(dtype=float), sparse=False),
        "cls": _int_column(cls.astype(float), sparse=False),
        "styles": [
            {"color": "#555555", "weight": 0.5, "opacity": 0.8, "fillColor": c, "fillOpacity": 0.75}
            for c in colours
        ],
        "title": f"{len(frame):,} incidents in {len(agg):,} hexagons; this one:",
    }
    layer = HexbinLayer(data, name=name, show=show)
    layer.n_incidents = len(frame)  # type: ignore[attr-defined]
    return layer, classes


# --------------------------------------------------------------------------- the entry


def add_fast_layer(
    m: folium.Map,
    gdf: gpd.GeoDataFrame,
    *,
    legend: bool = True,
    aggregate: Literal["hexagon"] | bool | None = None,
    max_points: int | None = None,
    **options: Any,
) -> FastIncidentLayer | HexbinLayer:
    """Add the fast incident layer (and its legends) to ``m``.

    This is what :func:`geoinc.incident_map` uses above
    :data:`geoinc.settings.fast_path_threshold` incidents.

    Parameters
    ----------
    m : folium.Map
        The map to draw on.
    gdf : GeoDataFrame
        An incident table.
    legend : bool
        Add the size legend (same as the small path) and the category legend.
    aggregate : {"hexagon", False, None}
        ``"hexagon"`` draws a hexagon aggregation instead of points; ``False`` never
        aggregates; ``None`` (default) aggregates only above ``max_points`` rows,
        with a logged warning.
    max_points : int, optional
        Default :data:`MAX_POINTS`.
    **options
        Passed to :func:`fast_incident_layer` (``size``, ``color``, ``scale``,
        ``ring``, ``palette``, ``name``, ``popup_columns``, ``filters``, ...).

    Returns
    -------
    FastIncidentLayer or HexbinLayer
    """
    limit = MAX_POINTS if max_points is None else int(max_points)
    if aggregate is None and len(gdf) > limit:
        logger.warning(
            "%d incidents are more than max_points=%d: drawing them aggregated into hexagons "
            "instead of points (a page of every point would be about %d MB). To draw points "
            "anyway, call geoinc.maps.fast.add_fast_layer(m, gdf, aggregate=False) or raise "
            "geoinc.maps.fast.MAX_POINTS.",
            len(gdf),
            limit,
            len(gdf) * 140 // 1_000_000,
        )
        aggregate = "hexagon"
    if aggregate not in (None, False, "hexagon"):
        raise ValueError(f"aggregate= must be 'hexagon', False or None, not {aggregate!r}")
    if aggregate == "hexagon":
        hex_opts = {k: options[k] for k in ("name", "show") if k in options}
        layer, classes = hexbin_layer(gdf, **hex_opts)
        layer.add_to(m)
        if legend:
            ClassLegend(classes, title="Incidents per hexagon").add_to(m)
        return layer
    fast = fast_incident_layer(gdf, **options)
    fast.add_to(m)
    if legend:
        size = fast.size  # type: ignore[attr-defined]
        if size is not None:
            SizeLegend(
                fast.scale,  # type: ignore[attr-defined]
                title=SIZE_TITLES[size],
                keys=fast.kinds,  # type: ignore[attr-defined]
                what=SIZE_WHAT[size],
            ).add_to(m)
        if fast.palette:  # type: ignore[attr-defined]
            CategoryLegend(
                fast.palette,  # type: ignore[attr-defined]
                title=str(fast.color).replace("_", " "),  # type: ignore[attr-defined]
            ).add_to(m)
    logger.info("fast layer: %d incidents in one canvas layer", fast.n)
    return fast

"""Map layers analysts expect, each a function ``layer(gdf, m, ...)`` with a layer-control entry.

* :func:`incident_layer` — the casualty symbols (optionally under a time slider);
* :func:`cluster_layer` — clusters sized by total casualties, not by incident count;
* :func:`heatmap_layer` — a casualty-weighted heatmap;
* :func:`time_slider_layer` — incidents shown period by period (or cumulatively);
* :func:`area_layer` — totals per country or per any polygons (choropleth or symbols);
* :func:`hexagon_layer` — totals per H3 hexagon (``pip install h3``);
  both live in :mod:`geoinc.maps.areas` and are re-exported here.

All layers of one map share a :class:`~geoinc.maps.symbols.SizeScale` when given the
same ``scale=``; each function returns the layer it added.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import folium
import folium.plugins
import geopandas as gpd
import numpy as np
import pandas as pd

from geoinc.maps._draw import (
    SIZE_TITLES,
    SIZE_WHAT,
    DataLayer,
    add_layer_control,
    build_records,
    colours_for,
    escape_name,
    located,
    size_arrays,
    weights,
)
from geoinc.maps.areas import area_layer, hexagon_layer
from geoinc.maps.legend import CategoryLegend, SizeLegend
from geoinc.maps.symbols import SizeScale, palette_for

__all__ = [
    "incident_layer",
    "cluster_layer",
    "heatmap_layer",
    "time_slider_layer",
    "time_steps",
    "area_layer",
    "hexagon_layer",
]

logger = logging.getLogger("geoinc")


def _points(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return gdf if {"_lat", "_lon"}.issubset(gdf.columns) else located(gdf)


def _scale_for(
    pts: gpd.GeoDataFrame, size: str | None, ring: bool, scale: SizeScale | None
) -> SizeScale:
    if scale is not None:
        return scale
    sizes = size_arrays(pts, size, ring)
    return SizeScale.from_counts(sizes["main"], sizes["ring"], sizes["halo"])


def _palette(
    pts: pd.DataFrame, color: str | None, palette: Mapping[str, str] | Sequence[str] | None
) -> dict[str, str] | None:
    if color is None:
        return None
    if isinstance(palette, Mapping):
        return dict(palette)
    return palette_for(pts[color], palette=palette)


def incident_layer(
    gdf: gpd.GeoDataFrame,
    m: folium.Map,
    *,
    size: str | None = "killed",
    color: str | None = None,
    scale: SizeScale | None = None,
    ring: bool = True,
    palette: Mapping[str, str] | Sequence[str] | None = None,
    name: str = "Incidents",
    legend: bool = True,
    time_slider: bool = False,
    popup_columns: Iterable[str] = (),
    show: bool = True,
    **time_options: Any,
) -> DataLayer:
    """Add the casualty symbols of ``gdf`` to ``m`` as one layer.

    Parameters are those of :func:`geoinc.incident_map`; ``time_options`` go to
    :func:`time_steps` (``freq=``) and the slider (``mode=``) when ``time_slider``.

    Returns
    -------
    DataLayer
        ``layer.data["records"]`` holds what is drawn (radii in pixels).
    """
    pts = _points(gdf)
    scale = _scale_for(pts, size, ring, scale)
    pal = _palette(pts, color, palette)
    extra = [color, *popup_columns] if color else list(popup_columns)
    data = build_records(
        pts,
        size=size,
        scale=scale,
        colours=colours_for(pts, color, pal),
        ring=ring,
        fixed_radius=6.0 if size is None else None,
        extra=extra,
    )
    time = None
    if time_slider:
        time = _time_options(pts, data["records"], **time_options)
    elif time_options:
        raise TypeError(f"unexpected arguments {sorted(time_options)} (time_slider=False)")
    layer = DataLayer(data, draw="drawIncidents", name=name, time=time, show=show)
    layer.add_to(m)
    layer.scale = scale  # type: ignore[attr-defined]
    layer.palette = pal  # type: ignore[attr-defined]
    if legend:
        if size is not None:
            sizes = size_arrays(pts, size, ring)
            known = np.concatenate([sizes[k] for k in ("main", "ring", "halo")])
            sized = bool(np.any(np.nan_to_num(known) > 0))
            SizeLegend(
                scale,
                values=None if sized else [],  # no circles when no count is known
                title=SIZE_TITLES[size]
                + (" (ring: killed + injured)" if "ring" in data["kinds"] else ""),
                keys=data["kinds"],
                what=SIZE_WHAT[size],
                layer=layer,
            ).add_to(m)
        if pal:
            CategoryLegend(pal, title=str(color).replace("_", " "), layer=layer).add_to(m)
    add_layer_control(m)
    return layer


# ------------------------------------------------------------------------ time slider


def _period_end(start: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return start + pd.offsets.MonthBegin(1) - pd.Timedelta(milliseconds=1)
    if precision == "year":
        return start + pd.offsets.YearBegin(1) - pd.Timedelta(milliseconds=1)
    if precision == "week":
        return start + pd.Timedelta(days=7) - pd.Timedelta(milliseconds=1)
    return start.normalize() + pd.Timedelta(days=1) - pd.Timedelta(milliseconds=1)


def _ms(stamp: pd.Timestamp) -> int:
    # integer milliseconds since 1970 (negative before): no seconds/milliseconds
    # guessing, unlike folium's TimestampedGeoJson (wrong before 2001-09-09)
    return int((stamp - pd.Timestamp("1970-01-01")) // pd.Timedelta(milliseconds=1))


_FREQ_LABEL = {"D": "%Y-%m-%d", "W": "week of %Y-%m-%d", "M": "%B %Y", "Y": "%Y"}


def time_steps(
    dates: Sequence[Any] | pd.Series,
    precisions: Sequence[Any] | pd.Series | None = None,
    *,
    freq: Literal["D", "W", "M", "Y"] | None = None,
    max_steps: int = 600,
) -> tuple[list[int | None], list[int | None], list[list[Any]]]:
    """Time intervals of incidents and the slider's periods.

    Parameters
    ----------
    dates : sequence
        Incident dates (``NaT`` for unknown).
    precisions : sequence, optional
        ``day`` / ``week`` / ``month`` / ``year``: a month-precision date covers its
        whole month, so it shows in every period that overlaps that month.
    freq : {"D", "W", "M", "Y"}, optional
        Period length; default chosen from the span (days up to 4 months, months up
        to 5 years, else years), coarsened so that there are at most ``max_steps``.

    Returns
    -------
    t0, t1 : list
        Start and end of each incident in milliseconds since 1970 (``None`` if undated).
    steps : list
        ``[start ms, end ms, label]`` per period.
    """
    stamps = pd.to_datetime(pd.Series(list(dates)), errors="coerce")
    precs = (
        pd.Series(list(precisions)).astype("string").fillna("day")
        if precisions is not None
        else pd.Series(["day"] * len(stamps))
    )
    t0: list[int | None] = []
    t1: list[int | None] = []
    ends = []
    for stamp, prec in zip(stamps, precs, strict=True):
        if pd.isna(stamp):
            t0.append(None)
            t1.append(None)
            continue
        end = _period_end(stamp, str(prec))
        t0.append(_ms(stamp))
        t1.append(_ms(end))
        ends.append(end)
    valid = stamps.dropna()
    if valid.empty:
        return t0, t1, []
    first, last = valid.min(), max(ends)
    span_days = (last - first).days
    order = ["D", "W", "M", "Y"]
    if freq is None:
        freq = "D" if span_days <= 122 else "M" if span_days <= 5 * 366 else "Y"
    if freq not in order:
        raise ValueError(f"freq= must be one of {order}, not {freq!r}")
    while True:
        alias = {"D": "D", "W": "W-MON", "M": "MS", "Y": "YS"}[freq]
        start = first.normalize()
        if freq == "W":
            start = start - pd.Timedelta(days=start.dayofweek)
        elif freq == "M":
            start = start.replace(day=1)
        elif freq == "Y":
            start = start.replace(month=1, day=1)
        starts = pd.date_range(start, last, freq=alias)
        if len(starts) <= max_steps or freq == "Y":
            break
        freq = order[order.index(freq) + 1]  # type: ignore[assignment]
    step_prec = {"D": "day", "W": "week", "M": "month", "Y": "year"}[freq]
    steps = [
        [_ms(s), _ms(_period_end(s, step_prec)), s.strftime(_FREQ_LABEL[freq])] for s in starts
    ]
    return t0, t1, steps


def _time_options(
    pts: pd.DataFrame,
    records: list[dict[str, Any]],
    *,
    freq: Literal["D", "W", "M", "Y"] | None = None,
    mode: Literal["cumulative", "period"] = "cumulative",
    title: str = "Date",
    interval_ms: int = 700,
) -> dict[str, Any]:
    if mode not in ("cumulative", "period"):
        raise ValueError(f"mode= must be 'cumulative' or 'period', not {mode!r}")
    dates = pts["date"] if "date" in pts else pd.Series([pd.NaT] * len(pts))
    precs = pts.get("date_precision")
    t0, t1, steps = time_steps(dates, precs, freq=freq)
    for rec, a, b in zip(records, t0, t1, strict=True):
        rec["t0"], rec["t1"] = a, b
    undated = sum(1 for a in t0 if a is None)
    if undated:
        logger.warning("time slider: %d incidents without a date are not shown", undated)
    return {
        "steps": steps,
        "mode": mode,
        "undated": undated,
        "title": title,
        "interval_ms": int(interval_ms),
    }


def time_slider_layer(
    gdf: gpd.GeoDataFrame,
    m: folium.Map,
    *,
    size: str | None = "killed",
    color: str | None = None,
    scale: SizeScale | None = None,
    name: str = "Incidents over time",
    freq: Literal["D", "W", "M", "Y"] | None = None,
    mode: Literal["cumulative", "period"] = "cumulative",
    legend: bool = False,
    show: bool = True,
) -> DataLayer:
    """Incidents under a time slider over ``date``.

    ``mode="cumulative"`` shows every incident up to the chosen period,
    ``"period"`` only those of that period. Month- or year-precision dates cover
    their whole month or year. Undated incidents are counted in the control, not shown.
    """
    return incident_layer(
        gdf,
        m,
        size=size,
        color=color,
        scale=scale,
        name=name,
        legend=legend,
        time_slider=True,
        freq=freq,
        mode=mode,
        show=show,
    )


# ------------------------------------------------------------------ cluster, heatmap


def cluster_layer(
    gdf: gpd.GeoDataFrame,
    m: folium.Map,
    *,
    size: str | None = "killed",
    scale: SizeScale | None = None,
    name: str = "Clusters (sized by killed + injured)",
    radius_px: int = 60,
    show: bool = True,
) -> DataLayer:
    """Marker clusters whose circle area grows with the total killed + injured inside.

    Each incident inside is its ``size`` circle; a cluster's label is its total of
    killed and injured, its tooltip says how many incidents have unknown counts.
    """
    pts = _points(gdf)
    scale = _scale_for(pts, size, False, scale)
    data = build_records(
        pts,
        size=size,
        scale=scale,
        ring=False,
        offsets=False,
        fixed_radius=6.0 if size is None else None,
    )
    total = np.nansum(weights(pts)) if len(pts) else 0.0
    cluster_scale = {
        "max_count": float(max(total, 1.0)),
        "max_radius": float(2 * scale.max_radius),  # type: ignore[operator]
        "min_radius": 12.0,
    }
    layer = DataLayer(
        data,
        draw="drawClusters",
        name=name,
        cluster={"scale": cluster_scale, "radius": int(radius_px)},
        show=show,
    )
    layer.add_to(m)
    add_layer_control(m)
    return layer


def heatmap_layer(
    gdf: gpd.GeoDataFrame,
    m: folium.Map,
    *,
    name: str = "Heatmap (killed + injured)",
    radius: int = 25,
    show: bool = True,
) -> folium.plugins.HeatMap:
    """A heatmap weighted by killed + injured.

    Weights are divided by the largest total so the densest single event saturates;
    an incident whose counts are both unknown weighs as one casualty (it happened,
    its size is unknown), never zero.
    """
    pts = _points(gdf)
    w = weights(pts)
    w = np.where(np.isnan(w), 1.0, np.maximum(w, 1.0))
    top = float(w.max()) if len(w) else 1.0
    data = [
        [round(float(a), 6), round(float(b), 6), round(float(c) / top, 4)]
        for a, b, c in zip(pts["_lat"], pts["_lon"], w, strict=True)
    ]
    layer = folium.plugins.HeatMap(
        data,
        name=escape_name(name),
        radius=radius,
        min_opacity=0.3,
        max_zoom=12,
        show=show,
        overlay=True,
        control=True,
    )
    layer.add_to(m)
    layer.weights = w  # type: ignore[attr-defined]
    add_layer_control(m)
    return layer

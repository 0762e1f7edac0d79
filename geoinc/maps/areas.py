"""Incidents aggregated to areas: countries, any user polygons, or H3 hexagons.

* :func:`aggregate_areas` — incidents, killed, injured, casualties per country (Natural
  Earth polygons shipped with geoinc, public domain) or per polygons you give (your
  admin boundaries);
* :func:`aggregate_hexagons` — the same per H3 hexagon (``pip install h3``, or the
  ``geoinc[h3]`` extra);
* :func:`area_layer` and :func:`hexagon_layer` — draw them as a choropleth (5 classes,
  ColorBrewer YlOrRd, colour-blind safe) or as area-true symbols at the area centres.

Counts add up only the known figures; each area also reports how many of its incidents
have unknown counts, so a total is never mistaken for complete.
"""

from __future__ import annotations

import html
import json
import logging
import math
from typing import Any, Literal

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geoinc.errors import MissingDependency
from geoinc.maps._draw import DataLayer, add_layer_control, build_records, located
from geoinc.maps.legend import ClassLegend, SizeLegend
from geoinc.maps.symbols import SEQUENTIAL, SizeScale, _nice_round

__all__ = [
    "aggregate_areas",
    "aggregate_hexagons",
    "class_breaks",
    "area_layer",
    "hexagon_layer",
    "VALUES",
]

logger = logging.getLogger("geoinc")

VALUES = ("casualties", "killed", "injured", "incidents")
_LABELS = {
    "casualties": "Killed and injured",
    "killed": "Killed",
    "injured": "Injured",
    "incidents": "Incidents",
}


def _counts(frame: pd.DataFrame, col: str) -> pd.Series:
    if col not in frame:
        return pd.Series(np.nan, index=frame.index)
    return pd.Series(
        pd.array(frame[col], dtype="Float64").to_numpy(dtype=float, na_value=np.nan),
        index=frame.index,
    )


def _totals(frame: pd.DataFrame, key: pd.Series) -> pd.DataFrame:
    killed = _counts(frame, "killed")
    injured = _counts(frame, "injured")
    parts = pd.DataFrame(
        {
            "key": key.to_numpy(),
            "incidents": 1,
            "killed": killed.to_numpy(),
            "injured": injured.to_numpy(),
            "casualties": (killed.fillna(0) + injured.fillna(0)).to_numpy(),
            "unknown_counts": (killed.isna() & injured.isna()).to_numpy().astype(int),
        }
    )
    parts = parts[parts["key"].notna()]
    out = parts.groupby("key", sort=False).agg(
        incidents=("incidents", "sum"),
        killed=("killed", lambda s: s.sum(min_count=0)),
        injured=("injured", lambda s: s.sum(min_count=0)),
        casualties=("casualties", "sum"),
        unknown_counts=("unknown_counts", "sum"),
    )
    for col in ("incidents", "killed", "injured", "casualties", "unknown_counts"):
        out[col] = out[col].round().astype("int64")
    return out


def _area_keys(
    pts: pd.DataFrame, polys: gpd.GeoDataFrame, key_col: str, *, predicate: str
) -> pd.Series:
    """``key_col`` of the first polygon holding each located point (NaN: none), by row."""
    joined = gpd.sjoin(
        gpd.GeoDataFrame(
            geometry=gpd.points_from_xy(pts["_lon"], pts["_lat"]), index=pts.index, crs="EPSG:4326"
        ),
        polys[[key_col, "geometry"]],
        how="left",
        predicate=predicate,
    )
    return joined.loc[~joined.index.duplicated(), key_col]


def aggregate_areas(
    gdf: gpd.GeoDataFrame,
    areas: gpd.GeoDataFrame | None = None,
    *,
    by: str | None = None,
) -> gpd.GeoDataFrame:
    """Incidents and casualties per area.

    Parameters
    ----------
    gdf : GeoDataFrame
        Incident table.
    areas : GeoDataFrame, optional
        Polygons (any CRS). Default: countries (Natural Earth 1:10m, public domain);
        incidents are then assigned by their ``country`` column, or by location when
        it is missing (so incidents geocoded only to a country count too).
    by : str, optional
        Column of ``areas`` naming each area; default the first text column, else the index.

    Returns
    -------
    GeoDataFrame
        One row per area with at least one incident: ``area`` (name), ``incidents``,
        ``killed``, ``injured``, ``casualties`` (known figures summed),
        ``unknown_counts`` (incidents whose counts are both unknown), ``label_lat``,
        ``label_lon`` and the polygon, in EPSG:4326, largest ``casualties`` first.
    """
    if areas is None:
        from geoinc._naturalearth import countries

        polys = countries()
        key_col, name_col = "country", "name"
        key = (
            gdf["country"].astype("string")
            if "country" in gdf
            else pd.Series(pd.NA, index=gdf.index, dtype="string")
        )
        missing = key.isna()
        if missing.any():
            pts = located(gdf.loc[missing], what="incidents without a country")
            if len(pts):
                found = _area_keys(pts, polys, key_col, predicate="within")
                key.loc[found.index] = found.astype("string")
    else:
        if not isinstance(areas, gpd.GeoDataFrame):
            raise TypeError(
                f"areas= must be a GeoDataFrame of polygons, not {type(areas).__name__}"
            )
        polys = areas.to_crs("EPSG:4326") if areas.crs is not None else areas.set_crs("EPSG:4326")
        if by is None:
            text_cols = [
                c
                for c in polys.columns
                if c != polys.geometry.name
                and (
                    pd.api.types.is_string_dtype(polys[c]) or pd.api.types.is_object_dtype(polys[c])
                )
            ]
            by = text_cols[0] if text_cols else None
        elif by not in polys.columns:
            raise KeyError(
                f"by={by!r} is not a column of areas; columns: {', '.join(map(str, polys.columns))}"
            )
        polys = polys.reset_index(drop=by is not None)
        if by is None:
            by = "index"
            polys["index"] = polys["index"].astype(str)
        key_col, name_col = "_area_key", by
        polys = polys.assign(_area_key=np.arange(len(polys)))
        pts = located(gdf)
        key = pd.Series(pd.NA, index=gdf.index, dtype="Int64")
        if len(pts):
            found = _area_keys(pts, polys, key_col, predicate="intersects")
            key.loc[found.index] = found.astype("Int64")
        outside = int(key.isna().sum())
        if outside:
            logger.warning("%d of %d incidents fall in none of the areas", outside, len(gdf))
    totals = _totals(gdf, key)
    polys = polys.drop_duplicates(subset=key_col).set_index(key_col)
    polys = polys.loc[polys.index.intersection(totals.index)]
    totals = totals.loc[polys.index]
    if "label_lat" in polys and "label_lon" in polys:
        lat = polys["label_lat"].to_numpy(dtype=float)
        lon = polys["label_lon"].to_numpy(dtype=float)
    else:
        lat = np.full(len(polys), np.nan)
        lon = np.full(len(polys), np.nan)
    bad = ~np.isfinite(lat) | ~np.isfinite(lon)
    if bad.any():
        rep = polys.geometry[bad].representative_point()
        lat[bad] = rep.y.to_numpy()
        lon[bad] = rep.x.to_numpy()
    out = gpd.GeoDataFrame(
        {
            "area": polys[name_col].astype(str).to_numpy(),
            **{c: totals[c].to_numpy() for c in totals.columns},
            "label_lat": lat,
            "label_lon": lon,
        },
        geometry=polys.geometry.to_numpy(),
        crs="EPSG:4326",
        index=polys.index.rename("key"),
    )
    return out.sort_values("casualties", ascending=False, kind="stable")


def _default_resolution(gdf: gpd.GeoDataFrame) -> int:
    pts = located(gdf) if not {"_lat", "_lon"}.issubset(gdf.columns) else gdf
    if not len(pts):
        return 3
    lat_span = float(pts["_lat"].max() - pts["_lat"].min())
    lon_span = float(pts["_lon"].max() - pts["_lon"].min())
    mid = math.cos(math.radians(float(pts["_lat"].mean())))
    span_km = max(lat_span * 111.0, lon_span * 111.0 * mid, 1.0)
    edges = [1107.7, 418.7, 158.2, 59.8, 22.6, 8.5, 3.2, 1.2, 0.46, 0.17]
    target = span_km / 30.0
    for res, edge in enumerate(edges):
        if edge <= target:
            return res
    return len(edges) - 1


def _h3() -> Any:
    try:
        import h3
    except ImportError as err:
        raise MissingDependency(
            "hexagon aggregation needs the h3 package: pip install h3 (or pip install 'geoinc[h3]')"
        ) from err
    return h3


def aggregate_hexagons(gdf: gpd.GeoDataFrame, resolution: int | None = None) -> gpd.GeoDataFrame:
    """Incidents and casualties per H3 hexagon (columns as :func:`aggregate_areas`).

    ``resolution`` 0–15 (default: about 30 hexagons across the incidents' extent).
    Needs ``pip install h3``.
    """
    h3 = _h3()
    if resolution is None:
        resolution = _default_resolution(gdf)
    if not 0 <= int(resolution) <= 15:
        raise ValueError(f"H3 resolution must be 0–15, not {resolution!r}")
    pts = located(gdf) if not {"_lat", "_lon"}.issubset(gdf.columns) else gdf
    cells = pd.Series(
        [
            h3.latlng_to_cell(float(a), float(b), int(resolution))
            for a, b in zip(pts["_lat"], pts["_lon"], strict=True)
        ],
        index=pts.index,
        dtype="object",
    )
    totals = _totals(pts, cells)
    polys = []
    lat, lon = [], []
    for cell in totals.index:
        ring = [(b, a) for a, b in h3.cell_to_boundary(cell)]
        lons = [p[0] for p in ring]
        if max(lons) - min(lons) > 180:  # crosses the antimeridian: keep it in one piece
            ring = [(x + 360 if x < 0 else x, y) for x, y in ring]
        polys.append(shapely.Polygon(ring))
        c_lat, c_lon = h3.cell_to_latlng(cell)
        lat.append(c_lat)
        lon.append(c_lon)
    return gpd.GeoDataFrame(
        {
            "area": [str(c) for c in totals.index],
            **{c: totals[c].to_numpy() for c in totals.columns},
            "label_lat": lat,
            "label_lon": lon,
        },
        geometry=polys,
        crs="EPSG:4326",
        index=pd.Index(totals.index, name="key"),
    ).sort_values("casualties", ascending=False, kind="stable")


def class_breaks(values: Any, k: int = 5) -> list[int]:
    """Up to ``k - 1`` round upper bounds (1-2-5 numbers) splitting positive values.

    Examples
    --------
    >>> class_breaks([1, 3, 8, 40, 120, 600])
    [2, 10, 50, 100]
    """
    arr = np.asarray(values, dtype=float)
    arr = arr[np.isfinite(arr) & (arr > 0)]
    if arr.size == 0:
        return []
    qs = np.quantile(arr, np.linspace(0, 1, k + 1)[1:-1])
    breaks = sorted({int(_nice_round(q)) for q in qs if q >= 1})
    return [b for b in breaks if b < arr.max()]


def _classify(values: np.ndarray, breaks: list[int]) -> tuple[np.ndarray, list[str]]:
    idx = np.searchsorted(np.asarray(breaks, dtype=float), values, side="left")
    labels = []
    lo = 0
    for b in breaks:
        labels.append(f"{lo:,}–{b:,}" if lo != b else f"{b:,}")
        lo = b + 1
    if breaks:
        labels.append(f"more than {breaks[-1]:,}")
    else:
        labels.append(f"{int(values.min()):,}–{int(values.max()):,}" if len(values) else "none")
    return idx, labels


def _area_html(row: pd.Series, value: str) -> tuple[str, str]:
    e = html.escape
    unknown = int(row["unknown_counts"])
    lines = [
        ("Incidents", f"{int(row['incidents']):,}"),
        ("Killed", f"{int(row['killed']):,}"),
        ("Injured", f"{int(row['injured']):,}"),
    ]
    if unknown:
        lines.append(("Counts unknown", f"{unknown:,} incident(s), not in the totals"))
    table = "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in lines)
    popup = f'<div class="geoinc-popup"><b>{e(str(row["area"]))}</b><table>{table}</table></div>'
    tip = e(
        f"{row['area']}: {int(row[value]):,} {_LABELS[value].lower()}"
        + (f" ({unknown} with unknown counts)" if unknown else "")
    )
    return popup, tip


def _geojson(frame: gpd.GeoDataFrame, tolerance: float) -> dict[str, Any]:
    geoms = frame.geometry.simplify(tolerance, preserve_topology=True)
    geoms = shapely.set_precision(geoms.to_numpy(), grid_size=min(tolerance / 4, 0.001) or 1e-6)
    features = []
    for geom, (_, row) in zip(geoms, frame.iterrows(), strict=True):
        if geom is None or geom.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": json.loads(shapely.to_geojson(geom)),
                "properties": {
                    "fill": row["_fill"],
                    "tooltip": row["_tip"],
                    "popup": row["_popup"],
                    "value": int(row["_value"]),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _draw(
    agg: gpd.GeoDataFrame,
    m: folium.Map,
    *,
    value: str,
    how: str,
    name: str,
    scale: SizeScale | None,
    legend: bool,
    show: bool,
    tolerance: float,
) -> DataLayer:
    if value not in VALUES:
        raise ValueError(f"value= must be one of {', '.join(VALUES)}, not {value!r}")
    if how not in ("choropleth", "symbols"):
        raise ValueError(f"how= must be 'choropleth' or 'symbols', not {how!r}")
    values = agg[value].to_numpy(dtype=float) if len(agg) else np.zeros(0)
    html_parts = [_area_html(row, value) for _, row in agg.iterrows()]
    popups = [p for p, _ in html_parts]
    tips = [t for _, t in html_parts]
    if how == "choropleth":
        breaks = class_breaks(values)
        idx, labels = _classify(values, breaks)
        palette = (
            list(SEQUENTIAL[-len(labels) :]) if len(labels) <= len(SEQUENTIAL) else list(SEQUENTIAL)
        )
        frame = agg.assign(
            _fill=[palette[min(i, len(palette) - 1)] for i in idx],
            _tip=tips,
            _popup=popups,
            _value=values,
        )
        data = {"geojson": _geojson(frame, tolerance), "fill_opacity": 0.7, "stroke": "#555"}
        layer = DataLayer(data, draw="drawAreas", name=name, show=show)
        layer.add_to(m)
        if legend and len(agg):
            ClassLegend(
                list(zip(labels, palette, strict=False)),
                title=f"{_LABELS[value]} per area",
                layer=layer,
            ).add_to(m)
    else:
        frame = pd.DataFrame(
            {
                "killed": pd.array(values.round().astype(int), dtype="Int64"),
                "_lat": agg["label_lat"].to_numpy(dtype=float),
                "_lon": agg["label_lon"].to_numpy(dtype=float),
                "precision": "exact",
            }
        )
        if scale is None:
            scale = SizeScale.from_counts(frame["killed"])
        data = build_records(
            frame,
            size="killed",
            scale=scale,
            ring=False,
            popups=popups,
            tooltips=tips,
            offsets=False,
        )
        layer = DataLayer(data, draw="drawIncidents", name=name, show=show)
        layer.add_to(m)
        if legend and len(agg):
            SizeLegend(
                scale, title=f"{_LABELS[value]} per area", what=_LABELS[value].lower(), layer=layer
            ).add_to(m)
    layer.aggregated = agg  # type: ignore[attr-defined]
    add_layer_control(m)
    return layer


def area_layer(
    gdf: gpd.GeoDataFrame,
    m: folium.Map,
    *,
    areas: gpd.GeoDataFrame | None = None,
    by: str | None = None,
    value: Literal["casualties", "killed", "injured", "incidents"] = "casualties",
    how: Literal["choropleth", "symbols"] = "choropleth",
    name: str | None = None,
    scale: SizeScale | None = None,
    legend: bool = True,
    show: bool = True,
    tolerance: float = 0.02,
) -> DataLayer:
    """Draw :func:`aggregate_areas` as a choropleth or as symbols at the area centres.

    Polygons are simplified (``tolerance`` degrees, default 0.02 ≈ 2 km) and only
    areas with incidents are written, to keep the HTML small. The layer's
    ``aggregated`` attribute holds the table drawn.
    """
    agg = aggregate_areas(gdf, areas, by=by)
    if name is None:
        name = f"{_LABELS[value]} per {'country' if areas is None else 'area'}"
    return _draw(
        agg,
        m,
        value=value,
        how=how,
        name=name,
        scale=scale,
        legend=legend,
        show=show,
        tolerance=tolerance,
    )


def hexagon_layer(
    gdf: gpd.GeoDataFrame,
    m: folium.Map,
    *,
    resolution: int | None = None,
    value: Literal["casualties", "killed", "injured", "incidents"] = "casualties",
    how: Literal["choropleth", "symbols"] = "choropleth",
    name: str | None = None,
    legend: bool = True,
    show: bool = True,
) -> DataLayer:
    """Draw :func:`aggregate_hexagons` (needs ``pip install h3``)."""
    agg = aggregate_hexagons(gdf, resolution)
    if name is None:
        name = f"{_LABELS[value]} per hexagon"
    return _draw(
        agg,
        m,
        value=value,
        how=how,
        name=name,
        scale=None,
        legend=legend,
        show=show,
        tolerance=1e-6,
    )

"""The incident rows of the extractor as a GeoDataFrame in the incident layout."""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geoinc.extract._patterns import _WGS84
from geoinc.schema import COLUMNS, COUNT_COLUMNS

_AUDIT_DTYPES = {
    "geocode_status": "string",
    "geocode_confidence": "float64",
    "geocode_candidates": "Int64",
    "geocode_reason": "string",
    "geocoder": "string",
    "geocode_error": "string",
}


_NAT = np.datetime64("NaT", "ns")
_STR = pd.StringDtype()
_FLOAT_COLUMNS = {"latitude", "longitude", *(c for c, d in _AUDIT_DTYPES.items() if d == "float64")}
_INT_COLUMNS = {*COUNT_COLUMNS, *(c for c, d in _AUDIT_DTYPES.items() if d == "Int64")}
_DEFAULTS = {"precision": "unknown", "date_precision": "unknown"}


def _frame(rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    """Rows → incident table with the schema's dtypes.

    Built from plain arrays (this runs once per report, and pandas' per-column inference
    would cost as much as reading a short report).
    """
    n = len(rows)
    names = [*COLUMNS, *_AUDIT_DTYPES, "evidence"]
    data: dict[str, Any] = {}
    strings: list[str] = []
    for col in names:
        values = [r.get(col) for r in rows]
        if col == "date":
            data[col] = np.array(
                [_NAT if v is None or v is pd.NaT else pd.Timestamp(v).asm8 for v in values],
                dtype=_NAT.dtype,
            )
        elif col in _FLOAT_COLUMNS:
            data[col] = np.array([np.nan if v is None else float(v) for v in values])
        elif col in _INT_COLUMNS:
            data[col] = pd.arrays.IntegerArray(
                np.array([0 if v is None else int(v) for v in values], dtype=np.int64),
                np.array([v is None for v in values], dtype=bool),
            )
        else:
            strings.append(col)
    # every text column in one array, cut into columns (one pandas call, not twenty)
    flat: list[Any] = []
    for col in strings:
        missing = _DEFAULTS.get(col, pd.NA)
        flat.extend(str(v) if (v := r.get(col)) is not None else missing for r in rows)
    text = pd.array(flat, dtype=_STR)
    for i, col in enumerate(strings):
        data[col] = text[i * n : (i + 1) * n]
    data = {col: data[col] for col in names}
    index = pd.RangeIndex(n)
    lat, lon = data["latitude"], data["longitude"]
    missing_xy = np.isnan(lat) | np.isnan(lon)
    points = shapely.points(np.where(missing_xy, 0.0, lon), np.where(missing_xy, 0.0, lat))
    points[missing_xy] = None  # no place found: no geometry
    data["geometry"] = gpd.GeoSeries(points, index=index, crs=_WGS84)
    return gpd.GeoDataFrame(data, index=index, geometry="geometry", copy=False)

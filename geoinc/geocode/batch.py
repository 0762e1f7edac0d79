"""Batch geocoding of a list of names or a column of an incident table."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Iterable
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from geopy.location import Location

from geoinc import settings
from geoinc._countries import to_iso2
from geoinc.geocode.gazetteer import Gazetteer
from geoinc.schema import PRECISIONS, empty_incidents, to_incidents

__all__ = ["geocode"]

log = logging.getLogger("geoinc")

_DEFAULT: Gazetteer | None = None


def default_geocoder() -> Gazetteer:
    """The process-wide offline gazetteer (its index is loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer()
    return _DEFAULT


def _accepts(func: Any, name: str) -> bool:
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


def _call(geocoder: Any, name: str, country: str | None) -> Location | None:
    kwargs: dict[str, Any] = {"exactly_one": True}
    if country and _accepts(geocoder.geocode, "country_codes"):
        kwargs["country_codes"] = country
    result = geocoder.geocode(name, **kwargs)
    if isinstance(result, list):
        result = result[0] if result else None
    return result


def _fields(loc: Location, geocoder: Any) -> dict[str, Any]:
    raw = loc.raw if isinstance(loc.raw, dict) else {}
    precision = raw.get("precision")
    if precision not in PRECISIONS:
        precision = "exact" if raw.get("precision") is None and "osm_type" in raw else "unknown"
    country = raw.get("country")
    country = to_iso2(country) if isinstance(country, str) else None
    if country is None:
        address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
        code = address.get("country_code") if address else None
        country = code.upper() if isinstance(code, str) else None
    return {
        "location": loc.address,
        "country": country,
        "admin1": raw.get("admin1"),
        "latitude": float(loc.latitude),
        "longitude": float(loc.longitude),
        "precision": precision,
        "geocode_status": "found",
        "geocode_confidence": raw.get("confidence", np.nan),
        "geocode_candidates": raw.get("candidates", pd.NA),
        "geocode_reason": raw.get("reason"),
        "geocoder": getattr(geocoder, "name", type(geocoder).__name__),
    }


def geocode(
    data: pd.DataFrame | Iterable[str],
    *,
    column: str | None = None,
    country: str | None = None,
    geocoder: Any = None,
    overwrite: bool = False,
    progress: bool | None = None,
) -> gpd.GeoDataFrame:
    """Geocode place names into an incident table.

    Parameters
    ----------
    data : list of str, DataFrame or GeoDataFrame
        Names, or a table whose ``column`` holds them.
    column : str, optional
        Column of names (default ``"place"``; ignored for a list).
    country : str, optional
        ISO2 code or country name the places must be in (applies to every row).
        A table's own ``country`` column restricts its row when ``country`` is None.
    geocoder : object, optional
        Anything with geopy's ``geocode`` interface; default the offline
        :class:`~geoinc.geocode.gazetteer.Gazetteer`.
    overwrite : bool
        Also geocode rows that already have coordinates.
    progress : bool, optional
        Show a tqdm bar (default: when there are more than
        :data:`geoinc.settings.progress_min_items` distinct names).

    Returns
    -------
    GeoDataFrame
        The incident layout with coordinates, ``location``, ``country``, ``admin1``,
        ``precision`` and the audit columns ``geocode_status``
        (``found``/``not_found``/``failed``/``skipped``), ``geocode_confidence``,
        ``geocode_candidates``, ``geocode_reason``, ``geocoder`` and ``geocode_error``.
        Every input row is returned, found or not.
    """
    if isinstance(data, pd.DataFrame):
        table = to_incidents(data, unknown="keep")
        column = column or "place"
        if column not in table.columns:
            raise KeyError(f"column {column!r} is not in the table; it has {list(data.columns)}")
    else:
        if isinstance(data, str):
            raise TypeError("pass a list of names, not a single string (use Gazetteer.geocode)")
        names = list(data)
        table = empty_incidents(len(names))
        table["place"] = pd.array(names, dtype="string")
        column = "place"
    geocoder = geocoder if geocoder is not None else default_geocoder()
    hint = to_iso2(country) if country else None
    if country and hint is None:
        raise ValueError(f"country= is not a country code or name: {country!r}")

    names_col = table[column].astype("string")
    has_xy = table["latitude"].notna().to_numpy()
    todo = names_col.notna().to_numpy() & (overwrite | ~has_xy)
    row_country = table["country"] if "country" in table else pd.Series(pd.NA, index=table.index)
    keys = [
        (str(n).strip(), hint or (c if isinstance(c, str) else None))
        for n, c in zip(names_col[todo], row_country[todo], strict=True)
    ]
    unique = list(dict.fromkeys(keys))
    show = progress if progress is not None else len(unique) > settings.progress_min_items
    answers: dict[tuple[str, str | None], dict[str, Any]] = {}
    from tqdm.auto import tqdm

    for key in tqdm(unique, desc="geocoding", unit="name", disable=not show):
        name, cc = key
        if not name:
            answers[key] = {"geocode_status": "not_found", "geocode_reason": "empty name"}
            continue
        try:
            loc = _call(geocoder, name, cc)
        except Exception as err:  # noqa: BLE001 - recorded per row, the batch goes on
            log.warning("geocoding %r failed: %s", name, err)
            answers[key] = {"geocode_status": "failed", "geocode_error": f"{type(err).__name__}: {err}"}
            continue
        if loc is None:
            answers[key] = {"geocode_status": "not_found",
                            "geocode_reason": f"no place named {name!r}"
                            + (f" in {cc}" if cc else "")}
        else:
            answers[key] = _fields(loc, geocoder)

    out = table.copy()
    for col, dtype in (("geocode_status", "string"), ("geocode_reason", "string"),
                       ("geocoder", "string"), ("geocode_error", "string")):
        if col not in out:
            out[col] = pd.Series(pd.NA, index=out.index, dtype=dtype)
    if "geocode_confidence" not in out:
        out["geocode_confidence"] = np.nan
    if "geocode_candidates" not in out:
        out["geocode_candidates"] = pd.Series(pd.NA, index=out.index, dtype="Int64")
    out.loc[~todo, "geocode_status"] = np.where(has_xy[~todo], "skipped", "not_found")
    rows = out.index[todo]
    for row, key in zip(rows, keys, strict=True):
        for col, value in answers[key].items():
            out.at[row, col] = value
    found = (out["geocode_status"] == "found").to_numpy(dtype=bool)
    geoms = gpd.points_from_xy(out["longitude"], out["latitude"], crs="EPSG:4326")
    out = out.set_geometry(geoms)
    out.loc[out["latitude"].isna(), "geometry"] = None
    n_found = int(found.sum())
    log.info("geocoded %d of %d rows (%d distinct names)", n_found, int(todo.sum()), len(unique))
    return out

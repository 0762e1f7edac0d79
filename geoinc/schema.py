"""The incident table: the one layout every geoinc stage reads and writes.

An *incident table* is a :class:`geopandas.GeoDataFrame` in EPSG:4326 with the
columns below (in this order, after which any extra columns follow).

==================  ==============  ==========================================================
column              dtype           meaning
==================  ==============  ==========================================================
``date``            datetime64[ns]  start of the incident; ``NaT`` when unknown
``date_precision``  string          ``day`` / ``week`` / ``month`` / ``year`` / ``unknown``
``place``           string          the place text as given by the source
``location``        string          the resolved place name (gazetteer or service)
``country``         string          ISO 3166-1 alpha-2 code
``admin1``          string          first-level subdivision (province, state) name
``latitude``        float64         WGS84 degrees; NaN until geocoded
``longitude``       float64         WGS84 degrees; NaN until geocoded
``precision``       string          ``exact`` / ``city`` / ``admin1`` / ``country`` / ``unknown``
``killed``          Int64           best (lowest reported) figure; ``<NA>`` when unknown, never 0
``killed_high``     Int64           upper figure, only when a range or revision is reported
``injured``         Int64           as ``killed``
``injured_high``    Int64           as ``killed_high``
``event_type``      string          see :data:`EVENT_TYPES`
``claimed_by``      string          group that claimed responsibility
``blamed_on``       string          party accused or suspected, or the kind of attacker
``source``          string          source name or URL
``description``     string          free text
``geometry``        Point           ``None`` until geocoded
==================  ==============  ==========================================================

Geocoding adds the audit columns :data:`AUDIT_COLUMNS`; text extraction adds ``evidence``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd

from geoinc._countries import to_iso2
from geoinc.errors import ValidationError

__all__ = [
    "COLUMNS",
    "COUNT_COLUMNS",
    "TEXT_COLUMNS",
    "AUDIT_COLUMNS",
    "DATE_PRECISIONS",
    "PRECISIONS",
    "EVENT_TYPES",
    "COLUMN_ALIASES",
    "empty_incidents",
    "to_incidents",
    "validate",
]

DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
PRECISIONS = ("exact", "city", "admin1", "country", "unknown")
#: The event-type vocabulary used by the extractor and the maps' default colours.
#: ``explosion`` is a blast with no sign of an attack (gas, industrial, fireworks);
#: ``bombing`` one with a bomb, a bomber or an attack.
EVENT_TYPES = (
    "bombing",
    "explosion",
    "shooting",
    "armed attack",
    "stabbing",
    "vehicle attack",
    "arson",
    "airstrike",
    "shelling",
    "kidnapping",
    "riot",
    "protest",
    "earthquake",
    "flood",
    "storm",
    "landslide",
    "fire",
    "accident",
    "other",
)
COUNT_COLUMNS = ("killed", "killed_high", "injured", "injured_high")
TEXT_COLUMNS = (
    "date_precision",
    "place",
    "location",
    "country",
    "admin1",
    "precision",
    "event_type",
    "claimed_by",
    "blamed_on",
    "source",
    "description",
)
COLUMNS = (
    "date",
    "date_precision",
    "place",
    "location",
    "country",
    "admin1",
    "latitude",
    "longitude",
    "precision",
    *COUNT_COLUMNS,
    "event_type",
    "claimed_by",
    "blamed_on",
    "source",
    "description",
)
#: Columns the geocoder adds so an analyst can audit each answer.
AUDIT_COLUMNS = (
    "geocode_status",
    "geocode_confidence",
    "geocode_candidates",
    "geocode_reason",
    "geocoder",
)
#: Extra columns that geoinc itself produces and that are therefore never "unknown".
KNOWN_EXTRAS = (*AUDIT_COLUMNS, "evidence", "geocode_error", "geometry")

#: Column names of common incident datasets (ACLED, GTD, UCDP GED, Stanford MSA, NOAA)
#: mapped automatically onto the incident layout. Matching ignores case and spacing.
COLUMN_ALIASES: dict[str, str] = {
    "event_date": "date",
    "date_start": "date",
    "lat": "latitude",
    "lon": "longitude",
    "lng": "longitude",
    "long": "longitude",
    "fatalities": "killed",
    "deaths": "killed",
    "nkill": "killed",
    "best": "killed",
    "total_deaths": "killed",
    "total_number_of_fatalities": "killed",
    "dead": "killed",
    "wounded": "injured",
    "nwound": "injured",
    "injuries": "injured",
    "total_injuries": "injured",
    "city": "place",
    "location_name": "place",
    "notes": "description",
    "summary": "description",
    "gname": "claimed_by",
    "provstate": "admin1",
    "state": "admin1",
    "province": "admin1",
    "country_txt": "country",
    "iso2": "country",
    "country_code": "country",
    "time_precision": "date_precision",
    "geo_precision": "precision",
}

_ACLED_TIME_PRECISION = {1: "day", 2: "week", 3: "month"}
_ACLED_GEO_PRECISION = {1: "city", 2: "admin1", 3: "admin1"}


def _coded(value: Any, codes: Mapping[int, str]) -> Any:
    """ACLED's numeric precision codes (1, "1", 1.0) → geoinc's words; other values unchanged."""
    if isinstance(value, (int, np.integer, float, np.floating)) and not pd.isna(value):
        return codes.get(int(value), value)
    if isinstance(value, str) and value.strip().isdigit():
        return codes.get(int(value.strip()), value)
    return value


def _dtype(column: str) -> Any:
    if column == "date":
        return "datetime64[ns]"
    if column in ("latitude", "longitude"):
        return "float64"
    if column in COUNT_COLUMNS:
        return "Int64"
    return "string"


def empty_incidents(n: int = 0) -> gpd.GeoDataFrame:
    """An incident table of ``n`` rows with every value missing.

    Examples
    --------
    >>> empty_incidents(2)[["killed", "precision"]]
       killed precision
    0    <NA>   unknown
    1    <NA>   unknown
    """
    data: dict[str, Any] = {}
    for c in COLUMNS:
        if c == "date":
            data[c] = pd.Series([pd.NaT] * n, dtype="datetime64[ns]")
        elif c in ("latitude", "longitude"):
            data[c] = np.full(n, np.nan)
        else:
            data[c] = pd.Series([pd.NA] * n, dtype=_dtype(c))
    data["precision"] = pd.Series(["unknown"] * n, dtype="string")
    data["date_precision"] = pd.Series(["unknown"] * n, dtype="string")
    frame = pd.DataFrame(data)
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([None] * n, crs="EPSG:4326"))


def _norm_name(name: object) -> str:
    return re.sub(r"[\s\-.]+", "_", str(name).strip().lower())


def _parse_count(value: Any, row: Any, column: str) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return pd.NA
    if isinstance(value, (bool, np.bool_)):
        raise ValidationError("a count must be a whole number", row=row, column=column, value=value)
    if isinstance(value, (int, np.integer)):
        number = int(value)
    elif isinstance(value, (float, np.floating)):
        if not math.isfinite(value) or value != int(value):
            raise ValidationError(
                "a count must be a whole number", row=row, column=column, value=value
            )
        number = int(value)
    else:
        text = str(value).strip().replace(",", "").replace("\u202f", "").replace(" ", "")
        if text == "" or text.lower() in {"na", "n/a", "nan", "unknown", "none", "null", "-"}:
            return pd.NA
        if not re.fullmatch(r"[+-]?\d+(\.0+)?", text):
            raise ValidationError(
                "a count must be a whole number; write words such as 'dozens' as a number "
                "(ACLED codes 'dozens' as 12) or leave the cell empty for unknown",
                row=row,
                column=column,
                value=value,
            )
        number = int(float(text))
    if number < 0:
        raise ValidationError("a count cannot be negative", row=row, column=column, value=value)
    return number


def _parse_coordinate(value: Any, row: Any, column: str, limit: float) -> float:
    if value is None or value is pd.NA:
        return math.nan
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return math.nan
        try:
            number = float(text)
        except ValueError as err:
            raise ValidationError("not a number", row=row, column=column, value=value) from err
    else:
        try:
            number = float(value)
        except (TypeError, ValueError) as err:
            raise ValidationError("not a number", row=row, column=column, value=value) from err
    if math.isinf(number):
        raise ValidationError("coordinate is not finite", row=row, column=column, value=value)
    if not math.isnan(number) and not -limit <= number <= limit:
        raise ValidationError(
            f"coordinate out of range [-{limit:g}, {limit:g}]", row=row, column=column, value=value
        )
    return number


def _parse_date(value: Any, row: Any) -> pd.Timestamp:
    if value is None or value is pd.NA or value is pd.NaT:
        return pd.NaT
    if isinstance(value, float) and math.isnan(value):
        return pd.NaT
    if isinstance(value, str) and not value.strip():
        return pd.NaT
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError) as err:
        raise ValidationError("not a date", row=row, column="date", value=value) from err
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp


def _resolve_columns(
    frame: pd.DataFrame, columns: Mapping[str, str] | None, unknown: str
) -> pd.DataFrame:
    mapping: dict[str, str] = {}
    explicit = dict(columns or {})
    for source, target in explicit.items():
        if source not in frame.columns:
            raise ValidationError(
                f"columns= maps {source!r} but the table has no such column; it has "
                f"{', '.join(map(str, frame.columns))}",
                column=source,
            )
        if target not in COLUMNS and target not in KNOWN_EXTRAS:
            raise ValidationError(
                f"columns= maps onto {target!r}, which is not an incident column", column=source
            )
        mapping[source] = target
    taken = set(mapping.values())
    unknown_cols = []
    for col in frame.columns:
        if col in mapping or (isinstance(frame, gpd.GeoDataFrame) and col == frame.geometry.name):
            continue
        name = _norm_name(col)
        if name in COLUMNS or name in KNOWN_EXTRAS:
            target = name
        elif name in COLUMN_ALIASES:
            target = COLUMN_ALIASES[name]
        else:
            unknown_cols.append(col)
            continue
        if target in taken:
            # a second source for the same column (e.g. both "deaths" and "killed") is unknown
            unknown_cols.append(col)
            continue
        mapping[col] = target
        taken.add(target)
    if unknown_cols and unknown == "reject":
        raise ValidationError(
            f"unknown column(s) {', '.join(map(repr, unknown_cols))}: map them with "
            "columns={'their name': 'incident column'}, or pass unknown='keep' to carry them "
            "along or unknown='drop' to ignore them",
            column=str(unknown_cols[0]),
        )
    out = frame.rename(columns=mapping)
    if unknown == "drop":
        out = out.drop(columns=unknown_cols)
    return out


def to_incidents(
    data: pd.DataFrame | Iterable[Mapping[str, Any]],
    *,
    columns: Mapping[str, str] | None = None,
    unknown: Literal["reject", "keep", "drop"] = "reject",
    errors: Literal["raise", "skip"] = "raise",
) -> gpd.GeoDataFrame:
    """Convert a table into a validated incident table.

    Parameters
    ----------
    data : DataFrame, GeoDataFrame or iterable of dicts
        The incidents. Column names of ACLED, GTD, UCDP GED and similar tables are
        mapped automatically (see :data:`COLUMN_ALIASES`).
    columns : mapping, optional
        ``{"their column": "incident column"}`` for other layouts.
    unknown : {"reject", "keep", "drop"}
        What to do with columns that are neither incident columns nor mapped.
    errors : {"raise", "skip"}
        ``"raise"`` raises :class:`~geoinc.errors.ValidationError` for the first bad
        row (its ``problems`` attribute lists all of them and ``valid`` holds the rows
        that passed, so nothing is lost). ``"skip"`` drops bad rows and lists them in
        ``result.attrs["rejected"]``.

    Returns
    -------
    GeoDataFrame
        In EPSG:4326 with the columns of :mod:`geoinc.schema`; rows with a place but
        no coordinates are kept, with empty geometry, for geocoding.

    Raises
    ------
    ValidationError
        Names the row (index label), the column and the value.
    """
    if unknown not in ("reject", "keep", "drop"):
        raise ValueError(f"unknown= must be 'reject', 'keep' or 'drop', not {unknown!r}")
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors= must be 'raise' or 'skip', not {errors!r}")
    frame = data if isinstance(data, pd.DataFrame) else pd.DataFrame(list(data))
    geometry_col = frame.geometry.name if isinstance(frame, gpd.GeoDataFrame) else None
    if (
        isinstance(frame, gpd.GeoDataFrame)
        and frame.crs is not None
        and not frame.crs.equals("EPSG:4326")
    ):
        frame = frame.to_crs("EPSG:4326")
    frame = _assemble_gtd_date(frame)
    frame = _resolve_columns(frame, columns, unknown)
    n = len(frame)
    out = empty_incidents(n)
    out.index = frame.index
    problems: list[ValidationError] = []
    bad_rows: set[Any] = set()

    def record(err: ValidationError) -> None:
        problems.append(err)
        bad_rows.add(err.row)

    index = list(frame.index)
    # coordinates: explicit columns, else point geometry
    lat_in = frame.get("latitude", None)
    lon_in = frame.get("longitude", None)
    if lat_in is None and geometry_col is not None and geometry_col in frame:
        geoms = frame[geometry_col]
        lat_in = pd.Series(
            [g.y if g is not None and not g.is_empty else np.nan for g in geoms], index=frame.index
        )
        lon_in = pd.Series(
            [g.x if g is not None and not g.is_empty else np.nan for g in geoms], index=frame.index
        )
    lats = np.full(n, np.nan)
    lons = np.full(n, np.nan)
    if lat_in is not None and lon_in is not None:
        for i, (row, la, lo) in enumerate(zip(index, lat_in, lon_in, strict=True)):
            try:
                lat = _parse_coordinate(la, row, "latitude", 90.0)
                lon = _parse_coordinate(lo, row, "longitude", 180.0)
            except ValidationError as err:
                record(err)
                continue
            if math.isnan(lat) != math.isnan(lon):
                col = "latitude" if math.isnan(lat) else "longitude"
                record(
                    ValidationError(
                        "coordinate is missing (NaN) while the other one is given; leave both "
                        "empty to geocode the place instead",
                        row=row,
                        column=col,
                        value=la if col == "latitude" else lo,
                    )
                )
                continue
            lats[i], lons[i] = lat, lon
    elif (lat_in is None) != (lon_in is None):
        missing = "latitude" if lat_in is None else "longitude"
        raise ValidationError(
            "the table has one coordinate column but not the other", column=missing
        )
    out["latitude"] = lats
    out["longitude"] = lons

    for col in COUNT_COLUMNS:
        if col not in frame:
            continue
        values: list[Any] = []
        for row, value in zip(index, frame[col], strict=True):
            try:
                values.append(_parse_count(value, row, col))
            except ValidationError as err:
                record(err)
                values.append(pd.NA)
        out[col] = pd.array(values, dtype="Int64")
    for low, high in (("killed", "killed_high"), ("injured", "injured_high")):
        mask = out[low].notna() & out[high].notna() & (out[high] < out[low])
        for row in out.index[mask.to_numpy(dtype=bool)]:
            record(
                ValidationError(
                    f"{high} is lower than {low} ({out.at[row, low]})",
                    row=row,
                    column=high,
                    value=out.at[row, high],
                )
            )

    if "date" in frame:
        dates: list[Any] = []
        for row, value in zip(index, frame["date"], strict=True):
            try:
                dates.append(_parse_date(value, row))
            except ValidationError as err:
                record(err)
                dates.append(pd.NaT)
        out["date"] = pd.to_datetime(
            pd.Series(dates, index=frame.index, dtype="object"), errors="coerce"
        ).astype("datetime64[ns]")

    for col in TEXT_COLUMNS:
        if col in frame:
            series = frame[col]
            if col == "date_precision":
                series = series.map(lambda v: _coded(v, _ACLED_TIME_PRECISION))
            elif col == "precision":
                series = series.map(lambda v: _coded(v, _ACLED_GEO_PRECISION))
            out[col] = series.astype("string").str.strip().replace("", pd.NA)
    # defaults that follow from other columns
    has_date = out["date"].notna()
    if "date_precision" not in frame:
        out["date_precision"] = pd.Series(
            np.where(has_date, "day", "unknown"), index=out.index, dtype="string"
        )
    out["date_precision"] = out["date_precision"].fillna("unknown")
    has_xy = ~np.isnan(lats)
    if "precision" not in frame:
        out["precision"] = pd.Series(
            np.where(has_xy, "exact", "unknown"), index=out.index, dtype="string"
        )
    out["precision"] = out["precision"].fillna("unknown")
    for col, allowed in (("date_precision", DATE_PRECISIONS), ("precision", PRECISIONS)):
        bad = ~out[col].isin(allowed)
        for row in out.index[bad.to_numpy(dtype=bool)]:
            record(
                ValidationError(
                    f"must be one of {', '.join(allowed)}",
                    row=row,
                    column=col,
                    value=out.at[row, col],
                )
            )
    if "country" in frame:
        codes = []
        for row, value in zip(index, out["country"], strict=True):
            if value is pd.NA:
                codes.append(pd.NA)
                continue
            code = to_iso2(value)
            if code is None:
                record(
                    ValidationError(
                        "not an ISO 3166-1 country code or country name",
                        row=row,
                        column="country",
                        value=value,
                    )
                )
                codes.append(pd.NA)
            else:
                codes.append(code)
        out["country"] = pd.array(codes, dtype="string")

    extras = [c for c in frame.columns if c not in COLUMNS and c != geometry_col]
    for col in extras:
        out[col] = frame[col].to_numpy()
    out = out.set_geometry(gpd.points_from_xy(out["longitude"], out["latitude"], crs="EPSG:4326"))
    out.loc[~has_xy, "geometry"] = None
    order = [
        *COLUMNS,
        *[c for c in out.columns if c not in COLUMNS and c != "geometry"],
        "geometry",
    ]
    out = out[order]
    if problems:
        valid = out.drop(index=[r for r in bad_rows if r is not None])
        if errors == "raise":
            first = problems[0]
            more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
            summary = ValidationError(str(first) + more)
            summary.row, summary.column, summary.value = first.row, first.column, first.value
            summary.problems = problems
            summary.valid = valid
            raise summary
        rejected = pd.DataFrame(
            [
                {"row": p.row, "column": p.column, "value": p.value, "problem": str(p)}
                for p in problems
            ]
        )
        valid.attrs["rejected"] = rejected
        return valid
    return out


def _assemble_gtd_date(frame: pd.DataFrame) -> pd.DataFrame:
    """GTD splits dates into iyear/imonth/iday (0 = unknown); join them with a precision."""
    if not {"iyear", "imonth", "iday"}.issubset(frame.columns) or "date" in frame.columns:
        return frame
    frame = frame.copy()
    dates, precision = [], []
    for y, m, d in zip(frame["iyear"], frame["imonth"], frame["iday"], strict=True):
        if not y or pd.isna(y):
            dates.append(pd.NaT)
            precision.append("unknown")
        elif not m or pd.isna(m):
            dates.append(pd.Timestamp(int(y), 1, 1))
            precision.append("year")
        elif not d or pd.isna(d):
            dates.append(pd.Timestamp(int(y), int(m), 1))
            precision.append("month")
        else:
            dates.append(pd.Timestamp(int(y), int(m), int(d)))
            precision.append("day")
    frame["date"] = dates
    if "date_precision" not in frame.columns:
        frame["date_precision"] = precision
    return frame.drop(columns=["iyear", "imonth", "iday"])


def validate(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Check that ``gdf`` is a valid incident table and return it normalised.

    Equivalent to ``to_incidents(gdf, unknown="keep")``: raises
    :class:`~geoinc.errors.ValidationError` naming row, column and value.
    """
    return to_incidents(gdf, unknown="keep")

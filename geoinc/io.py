"""Reading and writing incident tables.

:func:`read_incidents` reads CSV/TSV, GeoJSON, GeoPackage and (Geo)Parquet into the
incident layout; :func:`write_csv` writes one that spreadsheet programs open safely.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from os import PathLike
from pathlib import Path
from typing import Any, Literal

import geopandas as gpd
import pandas as pd

from geoinc.errors import EncodingProblem, InputError
from geoinc.schema import TEXT_COLUMNS, to_incidents

__all__ = ["read_incidents", "write_csv", "safe_for_spreadsheet"]

log = logging.getLogger("geoinc")

_TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t", ".tab": "\t", ".txt": None}
_VECTOR_SUFFIXES = {".geojson", ".json", ".gpkg", ".shp", ".fgb", ".zip"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _decode(raw: bytes, path: Path, encoding: str | None) -> str:
    enc = encoding or "utf-8-sig"
    try:
        return raw.decode(enc)
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        hint = (
            "pass encoding='cp1252' (Excel on Windows) or encoding='latin-1' if that is how "
            "the file was saved"
            if encoding is None
            else "check the encoding= you passed"
        )
        raise EncodingProblem(
            f"{path}: line {line} (byte {err.start}) is not valid {enc}: "
            f"{raw[err.start : err.start + 8]!r}; {hint}"
        ) from err
    except LookupError as err:
        raise InputError(f"unknown encoding {enc!r}") from err


def _read_delimited(path: Path, encoding: str | None, sep: str | None) -> pd.DataFrame:
    text = _decode(path.read_bytes(), path, encoding)
    if not text.strip():
        raise InputError(f"{path} is empty")
    try:
        return pd.read_csv(
            io.StringIO(text),
            sep=sep,
            dtype=str,
            keep_default_na=False,
            engine="python" if sep is None else "c",
        )
    except (pd.errors.ParserError, ValueError) as err:
        raise InputError(f"{path} is not a readable delimited table: {err}") from err


def read_incidents(
    source: str | PathLike[str] | pd.DataFrame,
    *,
    columns: Mapping[str, str] | None = None,
    encoding: str | None = None,
    layer: str | None = None,
    unknown: Literal["reject", "keep", "drop"] = "reject",
    errors: Literal["raise", "skip"] = "raise",
) -> gpd.GeoDataFrame:
    """Read a table of incidents into the incident layout.

    Parameters
    ----------
    source : path or DataFrame
        CSV/TSV (UTF-8, with or without BOM), GeoJSON, GeoPackage, Shapefile,
        FlatGeobuf, Parquet/GeoParquet, or a (Geo)DataFrame already in memory.
    columns : mapping, optional
        ``{"their column": "incident column"}`` for layouts geoinc does not know;
        ACLED, GTD and UCDP names are mapped automatically.
    encoding : str, optional
        Text encoding of a CSV/TSV; by default UTF-8, and a file in another encoding
        raises :class:`~geoinc.errors.EncodingProblem` naming the line.
    layer : str, optional
        Layer of a multi-layer file (GeoPackage).
    unknown, errors
        See :func:`geoinc.to_incidents`.

    Returns
    -------
    GeoDataFrame
        Validated incidents in EPSG:4326. Rows with a place name but no
        coordinates are kept with empty geometry, ready for :func:`geoinc.geocode`.

    Raises
    ------
    InputError
        Missing file, unsupported format, unreadable table.
    ValidationError
        A bad value; the message names the row, the column and the value.

    Examples
    --------
    >>> import geoinc
    >>> gdf = geoinc.read_incidents("incidents.csv", columns={"town": "place"})  # doctest: +SKIP
    """
    if isinstance(source, pd.DataFrame):
        frame: pd.DataFrame = source
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"no such file: {path}")
        suffix = path.suffix.lower()
        if suffix in _TABLE_SUFFIXES:
            frame = _read_delimited(path, encoding, _TABLE_SUFFIXES[suffix])
            frame.index = pd.RangeIndex(2, len(frame) + 2, name="line")
        elif suffix in (".parquet", ".geoparquet"):
            try:
                frame = gpd.read_parquet(path)
            except (ValueError, KeyError):
                frame = pd.read_parquet(path)
        elif suffix in _VECTOR_SUFFIXES:
            try:
                frame = gpd.read_file(path, layer=layer)
            except Exception as err:  # noqa: BLE001 - pyogrio raises several types
                raise InputError(f"{path} could not be read as vector data: {err}") from err
        else:
            raise InputError(
                f"{path}: unsupported file type {suffix!r}; use .csv, .tsv, .geojson, .gpkg, "
                ".parquet, or read it with pandas and pass the DataFrame"
            )
    result = to_incidents(frame, columns=columns, unknown=unknown, errors=errors)
    log.info(
        "read %d incidents (%d without coordinates)",
        len(result),
        int(result["latitude"].isna().sum()),
    )
    return result


def safe_for_spreadsheet(value: Any) -> Any:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(gdf: pd.DataFrame, path: str | PathLike[str], *, index: bool = False) -> Path:
    """Write incidents as UTF-8 CSV (with BOM, for Excel) safe from formula injection.

    Text cells and column names (and index labels, with ``index=True``) starting with
    ``=``, ``+``, ``-``, ``@``, tab or carriage return are prefixed with ``'``; the
    geometry is written as ``latitude``/``longitude`` only.
    """
    out = pd.DataFrame(
        gdf.drop(columns=[gdf.geometry.name]) if isinstance(gdf, gpd.GeoDataFrame) else gdf
    ).copy()
    for col in out.columns:
        if (
            out[col].dtype == object
            or isinstance(out[col].dtype, pd.StringDtype)
            or col in TEXT_COLUMNS
            or pd.api.types.is_string_dtype(out[col])
        ):
            out[col] = out[col].map(safe_for_spreadsheet)
    # a user's extra column can carry a hostile name: the header row is cells too
    out.columns = out.columns.map(safe_for_spreadsheet)
    if index:
        out.index = out.index.map(safe_for_spreadsheet)
        out.index.names = [safe_for_spreadsheet(n) for n in out.index.names]
    target = Path(path)
    out.to_csv(target, index=index, encoding="utf-8-sig")
    return target

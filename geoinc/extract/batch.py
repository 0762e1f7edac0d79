"""Many reports at once: a list or Series of texts, or a folder of ``.txt`` files."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from geoinc import settings
from geoinc.extract.incidents import extract_incidents

__all__ = ["extract_many"]

log = logging.getLogger("geoinc")


def _reports(texts: Any) -> list[tuple[Any, Any]]:
    """(report id, text or path) pairs."""
    if isinstance(texts, (str, Path)):
        folder = Path(texts)
        if not folder.is_dir():
            raise NotADirectoryError(
                f"{folder} is not a folder of .txt reports; pass a list of texts to read "
                "strings directly"
            )
        return [(p.name, p) for p in sorted(folder.glob("*.txt"))]
    if isinstance(texts, pd.Series):
        return list(texts.items())
    if isinstance(texts, Mapping):
        return list(texts.items())
    if isinstance(texts, Iterable):
        return list(enumerate(texts))
    raise TypeError(f"texts must be texts, a Series or a folder path, not {type(texts).__name__}")


def _published_for(published: Any, key: Any, position: int) -> Any:
    if isinstance(published, pd.Series):
        return published.get(key)
    if isinstance(published, Mapping):
        return published.get(key)
    if isinstance(published, (list, tuple)):
        return published[position] if position < len(published) else None
    return published


def extract_many(
    texts: Iterable[str] | pd.Series | str | Path,
    *,
    published: Any = None,
    progress: bool | None = None,
    gazetteer: Any = None,
) -> gpd.GeoDataFrame:
    """Extract the incidents of many reports into one incident table.

    Parameters
    ----------
    texts : iterable of str, Series, mapping or folder path
        The reports; a folder is read as its ``*.txt`` files (UTF-8).
    published : date or str, or a Series/mapping/list of them, optional
        One publication date for every report, or one per report (Series and mappings
        by report id, lists by position).
    progress : bool, optional
        Show a tqdm progress bar (default: when there are more than
        :data:`geoinc.settings.progress_min_items` reports).
    gazetteer : Gazetteer, optional
        The gazetteer to resolve places with.

    Returns
    -------
    GeoDataFrame
        The incidents of every report with a ``report`` column (file name, index label
        or position). A report that fails does not stop the others: its error is
        logged and listed in ``result.attrs["errors"]`` (a DataFrame with ``report`` and
        ``error``).
    """
    from tqdm.auto import tqdm

    items = _reports(texts)
    show = progress if progress is not None else len(items) > settings.progress_min_items
    frames: list[gpd.GeoDataFrame] = []
    errors: list[dict[str, Any]] = []
    for position, (key, item) in enumerate(
        tqdm(items, desc="extracting", unit="report", disable=not show)
    ):
        try:
            if isinstance(item, Path):
                text = item.read_text(encoding="utf-8-sig")
                source = item.name
            else:
                text = item
                source = None
            gdf = extract_incidents(
                text,
                published=_published_for(published, key, position),
                source=source,
                gazetteer=gazetteer,
            )
        except Exception as err:  # noqa: BLE001 - recorded per report; the batch goes on
            log.warning("report %r failed: %s: %s", key, type(err).__name__, err)
            errors.append({"report": str(key), "error": f"{type(err).__name__}: {err}"})
            continue
        if len(gdf):
            gdf.insert(0, "report", str(key))
            frames.append(gdf)
    if frames:
        out = pd.concat(frames, ignore_index=True)
        out = gpd.GeoDataFrame(out, geometry="geometry", crs="EPSG:4326")
    else:
        out = extract_incidents("")
        out.insert(0, "report", pd.Series([], dtype="string"))
    out["report"] = out["report"].astype("string")
    order = ["report", *[c for c in out.columns if c != "report"]]
    out = out[order]
    out.attrs["errors"] = pd.DataFrame(errors, columns=["report", "error"])
    log.info(
        "extracted %d incidents from %d reports (%d failed)", len(out), len(items), len(errors)
    )
    return out

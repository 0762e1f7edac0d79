"""Popup and tooltip text built from incident fields, every value escaped.

These are plain functions of one row (a mapping such as a :class:`pandas.Series`),
returning strings of safe HTML: the values are escaped with :func:`html.escape`, a
source becomes a link only when it is an ``http(s)`` URL, and the strings reach the
page through JSON (never through a JavaScript template literal), so payloads such as
``<img src=x onerror=…>``, ``</script>``, ``${…}``, backticks or ``C:\\data\\2019``
are shown as text. The canvas fast path can mirror them field for field.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from geoinc._countries import country_name

__all__ = [
    "popup_html",
    "tooltip_text",
    "tooltip_html",
    "format_count",
    "format_date",
    "format_place",
    "safe_url",
    "PRECISION_NOTES",
]

#: What the popup says about a location's precision.
PRECISION_NOTES = {
    "exact": "",
    "city": "",
    "admin1": "approximate: located only to the region (province/state)",
    "country": "approximate: located only to the country",
    "unknown": "location precision unknown",
}

_DESCRIPTION_MAX = 1200


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _get(row: Mapping[str, Any], key: str) -> Any:
    try:
        value = row.get(key)
    except (KeyError, TypeError):
        return None
    return None if _missing(value) else value


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def safe_url(value: Any) -> str | None:
    """``value`` if it is an absolute ``http``/``https`` URL with a host, else ``None``."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def format_count(low: Any, high: Any = None) -> str:
    """``"84"``, ``"84–103 (range reported)"`` or ``"unknown"`` (never ``"0"`` for unknown)."""
    if _missing(low):
        if not _missing(high):
            return f"unknown (up to {int(high):,} reported)"
        return "unknown"
    text = f"{int(low):,}"
    if not _missing(high) and int(high) != int(low):
        text += f"–{int(high):,} (range reported)"
    return text


def format_date(date: Any, precision: Any = "day") -> str:
    """A date written at its precision: ``2024-01-03``, ``March 2019``, ``2019``."""
    if _missing(date):
        return "unknown"
    stamp = pd.Timestamp(date)
    prec = str(precision) if not _missing(precision) else "day"
    if prec == "month":
        return stamp.strftime("%B %Y") + " (month only)"
    if prec == "year":
        return f"{stamp.year} (year only)"
    if prec == "week":
        return f"week of {stamp.strftime('%Y-%m-%d')}"
    if prec == "unknown":
        return stamp.strftime("%Y-%m-%d") + " (precision unknown)"
    return stamp.strftime("%Y-%m-%d")


def format_place(row: Mapping[str, Any]) -> str:
    """``"Kerman, Kerman Province, Iran"`` from location/place, admin1 and country.

    Names already part of ``location`` (geocoders often write "Kerman, Kermān, Iran")
    are not repeated.
    """
    parts: list[str] = []
    name = _get(row, "location") or _get(row, "place")
    if name:
        parts.extend(p.strip() for p in str(name).split(",") if p.strip())
    seen = {p.casefold() for p in parts}
    admin1 = _get(row, "admin1")
    country = _get(row, "country")
    for extra in (admin1, country_name(str(country)) if country else None):
        if extra and str(extra).casefold() not in seen:
            parts.append(str(extra))
            seen.add(str(extra).casefold())
    return ", ".join(parts) if parts else "unknown place"


def _row(label: str, value_html: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f"<tr{cls}><th>{_e(label)}</th><td>{value_html}</td></tr>"


def popup_html(
    row: Mapping[str, Any],
    *,
    extra: Iterable[str] = (),
    description_max: int = _DESCRIPTION_MAX,
) -> str:
    """Popup markup for one incident, every value escaped.

    Parameters
    ----------
    row : mapping
        One incident (e.g. ``gdf.iloc[i]``); missing fields are left out, missing
        counts read "unknown".
    extra : iterable of str
        Further columns to show (e.g. the colour column), labelled by their name.
    description_max : int
        Longer descriptions are cut with an ellipsis.

    Returns
    -------
    str
        ``<div class="geoinc-popup">…</div>``.

    Examples
    --------
    >>> "&lt;img" in popup_html({"description": "<img src=x onerror=alert(1)>"})
    True
    """
    out: list[str] = ['<div class="geoinc-popup">']
    heading = []
    event_type = _get(row, "event_type")
    if event_type:
        heading.append(str(event_type).capitalize())
    heading.append(format_place(row))
    out.append(f"<b>{_e(' — '.join(heading))}</b><table>")
    out.append(_row("Date", _e(format_date(_get(row, "date"), _get(row, "date_precision")))))
    place = _get(row, "place")
    location = _get(row, "location")
    if place and location and str(place) != str(location):
        out.append(_row("Place as reported", _e(place)))
    precision = _get(row, "precision") or "unknown"
    note = PRECISION_NOTES.get(str(precision), f"precision: {precision}")
    if note:
        out.append(_row("Location", _e(note), "geoinc-warn"))
    out.append(_row("Killed", _e(format_count(_get(row, "killed"), _get(row, "killed_high")))))
    out.append(_row("Injured", _e(format_count(_get(row, "injured"), _get(row, "injured_high")))))
    for key, label in (("claimed_by", "Claimed by"), ("blamed_on", "Blamed on")):
        value = _get(row, key)
        if value:
            out.append(_row(label, _e(value)))
    for key in extra:
        if key in ("killed", "injured", "event_type", "claimed_by", "blamed_on"):
            continue
        value = _get(row, key)
        if value is not None:
            out.append(_row(str(key), _e(value)))
    source = _get(row, "source")
    if source:
        url = safe_url(source)
        if url:
            value_html = (
                f'<a href="{_e(url)}" target="_blank" rel="noopener noreferrer">{_e(url)}</a>'
            )
        else:
            value_html = _e(source)
        out.append(_row("Source", value_html))
    out.append("</table>")
    description = _get(row, "description")
    if description:
        text = str(description)
        if len(text) > description_max:
            text = text[: description_max - 1].rstrip() + "…"
        out.append(f'<div class="geoinc-desc">{_e(text)}</div>')
    out.append("</div>")
    return "".join(out)


def tooltip_text(row: Mapping[str, Any]) -> str:
    """One line of plain text: place, date, counts (not escaped; see :func:`tooltip_html`)."""
    place = format_place(row)
    date = _get(row, "date")
    when = format_date(date, _get(row, "date_precision")) if date is not None else "date unknown"
    killed = format_count(_get(row, "killed"), _get(row, "killed_high"))
    injured = format_count(_get(row, "injured"), _get(row, "injured_high"))
    text = f"{place} — {when}: {killed} killed, {injured} injured"
    precision = _get(row, "precision")
    if precision in ("admin1", "country"):
        text += " (approximate location)"
    return text


def tooltip_html(row: Mapping[str, Any]) -> str:
    """:func:`tooltip_text`, escaped for HTML."""
    return _e(tooltip_text(row))

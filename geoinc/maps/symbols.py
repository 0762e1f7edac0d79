"""Casualty symbols: circle sizes whose *area* is proportional to a count, and colours.

The size scale
--------------
One :class:`SizeScale` is shared by every layer and legend of a map, so the same
count always gets the same circle::

    radius(c) = max_radius * sqrt(c / max_count)       for c > 0
    radius(c) = max(radius(c), min_radius)              so that 1 casualty stays visible
    radius(0) = 0                                       a known zero (drawn as a small dot)
    radius(<NA>) = NaN                                  unknown: never drawn as 0

``max_count`` is the largest count of the data (the biggest circle gets exactly
``max_radius`` pixels, :data:`geoinc.settings.max_radius_px` by default), so one
mass-casualty event cannot cover a country. Below ``min_count`` (where the radius
would be smaller than ``min_radius``) areas are no longer proportional; the legend
uses the same function, so it stays truthful.

Colours
-------
:func:`palette_for` assigns the Okabe–Ito colour-blind-safe palette to the most
frequent categories of a column, lumps the rest into :data:`OTHER` and missing
values into :data:`MISSING`; :func:`colour_for` looks a value up.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from geoinc import settings

__all__ = [
    "SizeScale",
    "nice_values",
    "OKABE_ITO",
    "DEFAULT_COLOUR",
    "OTHER",
    "MISSING",
    "OTHER_COLOUR",
    "MISSING_COLOUR",
    "UNKNOWN_COLOUR",
    "palette_for",
    "colour_for",
    "SEQUENTIAL",
]

#: Okabe & Ito (2008) colour-blind-safe palette, black moved last, reordered for contrast
#: on light basemaps.
OKABE_ITO: tuple[str, ...] = (
    "#D55E00",  # vermillion
    "#0072B2",  # blue
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black
)
#: Fill colour of the casualty symbols when no colour column is chosen.
DEFAULT_COLOUR = "#D55E00"
#: Legend label and colour of categories beyond the palette.
OTHER = "(other categories)"
OTHER_COLOUR = "#999999"
#: Legend label and colour of rows whose category is missing.
MISSING = "(not given)"
MISSING_COLOUR = "#DDDDDD"
#: Stroke colour of a symbol whose count is unknown.
UNKNOWN_COLOUR = "#555555"
#: ColorBrewer YlOrRd (5 classes, colour-blind safe) for choropleths.
SEQUENTIAL: tuple[str, ...] = ("#FFFFB2", "#FECC5C", "#FD8D3C", "#F03B20", "#BD0026")

_NICE = (1.0, 2.0, 5.0)


def _nice_floor(x: float) -> float:
    """Largest 1-2-5 number not above ``x`` (x >= 1)."""
    exp = math.floor(math.log10(x))
    for m in reversed(_NICE):
        v = m * 10**exp
        if v <= x * (1 + 1e-12):
            return v
    return 10 ** (exp - 1) * 5  # pragma: no cover - unreachable for x >= 1


def _nice_round(x: float) -> float:
    """The 1-2-5 number closest to ``x`` on a log scale."""
    exp = math.floor(math.log10(x))
    candidates = [m * 10**e for e in (exp - 1, exp, exp + 1) for m in _NICE]
    return min(candidates, key=lambda v: abs(math.log(v / x)))


def nice_values(maximum: float, n: int = 3) -> list[int]:
    """Up to ``n`` round numbers (1, 2, 5 × 10^k) spread from ``maximum`` downwards.

    The largest is the biggest round number not above ``maximum``; the others are
    the round numbers closest to ``maximum/4`` and ``maximum/25`` (so their circles
    differ visibly: radius ratios of about 2 and 5). Values below 1 are dropped.

    Examples
    --------
    >>> nice_values(84)
    [5, 20, 50]
    >>> nice_values(1000)
    [50, 200, 1000]
    >>> nice_values(1)
    [1]
    """
    if not math.isfinite(maximum) or maximum < 1:
        return []
    top = _nice_floor(maximum)
    values = {top}
    for factor in (0.25, 0.04, 0.01)[: max(n - 1, 0)]:
        v = _nice_round(maximum * factor)
        if 1 <= v < top:
            values.add(v)
    return sorted(int(round(v)) for v in values)[-n:] if n > 0 else []


def _as_float_array(counts: Any) -> np.ndarray:
    if isinstance(counts, (pd.Series, pd.api.extensions.ExtensionArray)):
        return pd.array(counts, dtype="Float64").to_numpy(dtype=float, na_value=np.nan)
    if np.isscalar(counts) or counts is None or counts is pd.NA:
        counts = [counts]
    return np.array([np.nan if c is None or c is pd.NA else float(c) for c in counts], dtype=float)


@dataclass(frozen=True)
class SizeScale:
    """Square-root (area-true) radius scale shared across the layers of a map.

    Parameters
    ----------
    max_count : float
        The count that gets ``max_radius`` (normally the largest count drawn).
    max_radius : float, optional
        Pixels; default :data:`geoinc.settings.max_radius_px`.
    min_radius : float, optional
        Smallest radius of a non-zero count; default :data:`geoinc.settings.min_radius_px`.

    Examples
    --------
    >>> s = SizeScale(100, max_radius=30, min_radius=3)
    >>> s.radius([100, 25, 1, 0]).tolist()
    [30.0, 15.0, 3.0, 0.0]
    """

    max_count: float
    max_radius: float | None = None
    min_radius: float | None = None

    def __post_init__(self) -> None:
        if self.max_radius is None:
            object.__setattr__(self, "max_radius", float(settings.max_radius_px))
        if self.min_radius is None:
            object.__setattr__(self, "min_radius", float(settings.min_radius_px))
        mc = float(self.max_count) if self.max_count is not None else math.nan
        if not math.isfinite(mc) or mc <= 0:
            mc = 1.0
        object.__setattr__(self, "max_count", mc)
        if not (self.max_radius and self.max_radius > 0):
            raise ValueError(f"max_radius must be positive, not {self.max_radius!r}")
        if self.min_radius < 0 or self.min_radius > self.max_radius:  # type: ignore[operator]
            raise ValueError(
                f"min_radius must be between 0 and max_radius ({self.max_radius}), "
                f"not {self.min_radius!r}"
            )

    @classmethod
    def from_counts(
        cls,
        *counts: Any,
        max_radius: float | None = None,
        min_radius: float | None = None,
    ) -> SizeScale:
        """A scale whose ``max_count`` is the largest known value in ``counts``.

        Pass every series that will be drawn (e.g. killed, killed + injured and
        ``killed_high``) so that no symbol exceeds ``max_radius``.
        """
        biggest = 0.0
        for c in counts:
            arr = _as_float_array(c)
            arr = arr[np.isfinite(arr)]
            if arr.size:
                biggest = max(biggest, float(arr.max()))
        return cls(biggest if biggest > 0 else 1.0, max_radius=max_radius, min_radius=min_radius)

    @property
    def min_count(self) -> float:
        """Counts below this get ``min_radius`` (their area is no longer proportional)."""
        return self.max_count * (self.min_radius / self.max_radius) ** 2  # type: ignore[operator]

    def radius(self, counts: Any) -> np.ndarray:
        """Radii in pixels: ∝ √count, ``min_radius`` floor, 0 for 0, NaN for unknown."""
        arr = _as_float_array(counts)
        with np.errstate(invalid="ignore"):
            r = self.max_radius * np.sqrt(np.clip(arr, 0, None) / self.max_count)
            r = np.where(arr > 0, np.maximum(r, float(self.min_radius)), r)  # type: ignore[arg-type]
        return np.where(np.isnan(arr), np.nan, r)

    def legend_values(self, n: int = 3) -> list[int]:
        """Round numbers for the size legend (see :func:`nice_values`)."""
        return nice_values(self.max_count, n)

    def to_dict(self) -> dict[str, float]:
        """The scale's parameters, for drawing the same radii in JavaScript.

        ``r = c > 0 ? max(min_radius, max_radius * sqrt(c / max_count)) : 0``.
        """
        return {
            "max_count": float(self.max_count),
            "max_radius": float(self.max_radius),  # type: ignore[arg-type]
            "min_radius": float(self.min_radius),  # type: ignore[arg-type]
        }


def _label(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    text = str(value).strip()
    return text if text else MISSING


def palette_for(
    categories: Iterable[Any], *, palette: Sequence[str] | None = None
) -> dict[str, str]:
    """Colour per category, most frequent first, colour-blind safe.

    Parameters
    ----------
    categories : iterable
        The values of the colour column (duplicates count towards frequency).
    palette : sequence of str, optional
        Colours to use instead of :data:`OKABE_ITO`.

    Returns
    -------
    dict
        ``{category: "#RRGGBB"}`` in legend order. Categories beyond the palette
        share :data:`OTHER_COLOUR` under the key :data:`OTHER`; missing values are
        under :data:`MISSING`. Use :func:`colour_for` to look values up.

    Examples
    --------
    >>> palette_for(["bombing", "shooting", "bombing", None])
    {'bombing': '#D55E00', 'shooting': '#0072B2', '(not given)': '#DDDDDD'}
    """
    colours = tuple(palette) if palette is not None else OKABE_ITO
    if not colours:
        raise ValueError("palette must hold at least one colour")
    counts = Counter(_label(v) for v in categories)
    missing = counts.pop(MISSING, 0)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out: dict[str, str] = {}
    if len(ordered) > len(colours):
        keep, rest = ordered[: len(colours) - 1], ordered[len(colours) - 1 :]
    else:
        keep, rest = ordered, []
    for (name, _), colour in zip(keep, colours, strict=False):
        out[name] = colour
    if rest:
        out[OTHER] = OTHER_COLOUR
    if missing:
        out[MISSING] = MISSING_COLOUR
    return out


def colour_for(value: Any, palette: Mapping[str, str]) -> str:
    """The colour of ``value`` in a mapping made by :func:`palette_for`."""
    label = _label(value)
    if label in palette:
        return palette[label]
    if label == MISSING:
        return MISSING_COLOUR
    return palette.get(OTHER, OTHER_COLOUR)


#: Leaflet path options of each part of a casualty symbol. ``"{colour}"`` is replaced
#: by the incident's colour. The fast path and the legends draw the same styles.
STYLES: dict[str, dict[str, Any]] = {
    # filled inner circle: the count chosen with ``size=`` (killed by default)
    "main": {
        "color": "#FFFFFF",
        "weight": 1,
        "opacity": 1.0,
        "fillColor": "{colour}",
        "fillOpacity": 0.85,
    },
    # outer ring: killed + injured, around the killed circle
    "ring": {
        "color": "{colour}",
        "weight": 1.5,
        "opacity": 0.9,
        "fillColor": "{colour}",
        "fillOpacity": 0.15,
    },
    # halo: the upper figure of a reported range (killed_high)
    "halo": {"color": "{colour}", "weight": 1.2, "opacity": 0.9, "dashArray": "1 3", "fill": False},
    # count unknown: hollow, dashed, grey, fixed radius (never drawn as 0)
    "unknown": {
        "color": UNKNOWN_COLOUR,
        "weight": 1.5,
        "opacity": 1.0,
        "dashArray": "3 3",
        "fillColor": "#FFFFFF",
        "fillOpacity": 0.1,
    },
    # known zero: a small dot
    "zero": {
        "color": "{colour}",
        "weight": 1,
        "opacity": 1.0,
        "fillColor": "#FFFFFF",
        "fillOpacity": 1.0,
    },
    # located only to an admin region or a country: dashed dark outline (overrides stroke)
    "approximate": {"color": "#222222", "weight": 1.5, "opacity": 1.0, "dashArray": "5 3"},
}
#: Radius of the dot drawn for a known count of zero, in pixels.
ZERO_RADIUS_PX = 2.5
__all__ += ["STYLES", "ZERO_RADIUS_PX", "style"]


def style(part: str, colour: str = DEFAULT_COLOUR, *, approximate: bool = False) -> dict[str, Any]:
    """Leaflet path options for one symbol part (see :data:`STYLES`)."""
    opts = {k: (colour if v == "{colour}" else v) for k, v in STYLES[part].items()}
    if approximate and part in ("main", "unknown", "zero"):
        opts.update(STYLES["approximate"])
    elif approximate and part == "ring":
        opts["dashArray"] = STYLES["approximate"]["dashArray"]
    return opts

"""Maps: incident tables drawn as area-true casualty symbols on folium maps.

* :mod:`geoinc.maps.symbols` — the shared size scale, styles and palettes;
* :mod:`geoinc.maps.legend` — size, category and class legends;
* :mod:`geoinc.maps.popups` — escaped popup and tooltip text.
"""

from __future__ import annotations

from geoinc.maps.legend import CategoryLegend, ClassLegend, SizeLegend
from geoinc.maps.popups import popup_html, tooltip_html, tooltip_text
from geoinc.maps.symbols import SizeScale, colour_for, palette_for

__all__ = [
    "CategoryLegend",
    "ClassLegend",
    "SizeLegend",
    "SizeScale",
    "colour_for",
    "palette_for",
    "popup_html",
    "tooltip_html",
    "tooltip_text",
]

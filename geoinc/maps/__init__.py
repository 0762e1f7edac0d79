"""Maps: incident tables drawn as area-true casualty symbols on folium maps.

* :func:`incident_map` — the one-call map (symbols, legends, popups, optional layers);
* :mod:`geoinc.maps.layers` — cluster, heatmap, time slider, area and hexagon layers;
* :mod:`geoinc.maps.areas` — aggregation to countries, user polygons or H3 hexagons;
* :mod:`geoinc.maps.symbols` — the shared size scale, styles and palettes;
* :mod:`geoinc.maps.legend` — size, category and class legends;
* :mod:`geoinc.maps.popups` — escaped popup and tooltip text.
"""

from __future__ import annotations

from geoinc.maps.areas import aggregate_areas, aggregate_hexagons
from geoinc.maps.core import incident_map
from geoinc.maps.layers import (
    area_layer,
    cluster_layer,
    heatmap_layer,
    hexagon_layer,
    incident_layer,
    time_slider_layer,
)
from geoinc.maps.legend import CategoryLegend, ClassLegend, SizeLegend
from geoinc.maps.popups import popup_html, tooltip_html, tooltip_text
from geoinc.maps.symbols import SizeScale, colour_for, palette_for

__all__ = [
    "CategoryLegend",
    "ClassLegend",
    "SizeLegend",
    "SizeScale",
    "aggregate_areas",
    "aggregate_hexagons",
    "area_layer",
    "cluster_layer",
    "colour_for",
    "heatmap_layer",
    "hexagon_layer",
    "incident_layer",
    "incident_map",
    "palette_for",
    "popup_html",
    "time_slider_layer",
    "tooltip_html",
    "tooltip_text",
]

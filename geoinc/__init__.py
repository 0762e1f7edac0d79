"""geoinc: incident reports and tables → geocoded incident GeoDataFrames → maps.

The pipeline::

    text or table → extract → geocode → validated incident GeoDataFrame → map / HTML

Public API (re-exported here):

* :func:`read_incidents`, :func:`to_incidents`, :func:`validate` — the incident table;
* :class:`Gazetteer`, :func:`geocode` — offline geocoding (geopy-compatible);
* :func:`extract_incidents` — incidents from report text;
* :func:`incident_map`, :func:`save_html` — maps.
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import TYPE_CHECKING, Any

from geoinc import settings
from geoinc.errors import GeoincError, InputError, ValidationError

# Imported eagerly: the function ``geocode`` must replace the subpackage of the same name
# that ``import geoinc.geocode`` binds on this package.
from geoinc.geocode.batch import geocode
from geoinc.geocode.gazetteer import Gazetteer
from geoinc.io import read_incidents, write_csv
from geoinc.schema import COLUMNS, empty_incidents, to_incidents, validate

if TYPE_CHECKING:  # imported lazily below, so `import geoinc` does not load folium
    from geoinc.extract import extract_incidents, extract_many
    from geoinc.maps.core import incident_map
    from geoinc.maps.html import save_html

#: public name → module that defines it; the extractor and the maps are imported on first
#: use, so a script that only geocodes never pays for folium.
_LAZY = {
    "extract_incidents": "geoinc.extract",
    "extract_many": "geoinc.extract",
    "incident_map": "geoinc.maps.core",
    "save_html": "geoinc.maps.html",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geoinc' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


logging.getLogger("geoinc").addHandler(logging.NullHandler())

__version__ = "0.1.0"

__all__ = [
    "COLUMNS",
    "Gazetteer",
    "GeoincError",
    "InputError",
    "ValidationError",
    "empty_incidents",
    "extract_incidents",
    "extract_many",
    "geocode",
    "incident_map",
    "read_incidents",
    "save_html",
    "write_csv",
    "settings",
    "to_incidents",
    "validate",
]

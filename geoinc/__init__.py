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

from geoinc import settings
from geoinc.errors import GeoincError, InputError, ValidationError
from geoinc.extract import extract_incidents, extract_many
from geoinc.geocode import Gazetteer, geocode
from geoinc.io import read_incidents, write_csv
from geoinc.maps.core import incident_map
from geoinc.maps.html import save_html
from geoinc.schema import COLUMNS, empty_incidents, to_incidents, validate

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

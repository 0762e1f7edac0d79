"""Global, typed defaults. Every function argument of the same name overrides them.

Examples
--------
>>> import geoinc
>>> geoinc.settings.max_radius_px = 40
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

#: Directory for the built gazetteer index and the online-geocoding cache.
cache_dir: Path = Path(platformdirs.user_cache_dir("geoinc"))

#: Largest circle radius on maps, in pixels (the biggest count gets this radius).
max_radius_px: float = 30.0

#: Smallest radius of a circle with a known, non-zero count, in pixels.
min_radius_px: float = 3.0

#: Radius of the symbol drawn for an unknown count, in pixels.
unknown_radius_px: float = 6.0

#: User-Agent sent to online geocoders; Nominatim refuses to run without one.
user_agent: str | None = None

#: Timeout of one online geocoding request, in seconds.
timeout: float = 10.0

#: Show tqdm progress bars for batches longer than this many items.
progress_min_items: int = 200

#: Default basemap: an xyzservices name that needs no API key (OpenStreetMap's standard tiles;
#: the map then credits "© OpenStreetMap contributors").
basemap: str = "OpenStreetMap.Mapnik"

#: Number of incidents above which maps switch to the compact canvas layer.
fast_path_threshold: int = 2000

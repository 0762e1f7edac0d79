"""``incident_map``: an incident table drawn as area-true casualty symbols on a folium map."""

from __future__ import annotations

import html
import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import folium
import geopandas as gpd
from branca.element import Figure, MacroElement
from jinja2 import Template

from geoinc import settings
from geoinc.maps import layers as _layers
from geoinc.maps._draw import SIZE_CHOICES, add_layer_control, ensure_runtime, located, size_arrays
from geoinc.maps.symbols import SizeScale

__all__ = ["incident_map", "add_title", "add_attribution", "GEONAMES_ATTRIBUTION"]

logger = logging.getLogger("geoinc")

GEONAMES_ATTRIBUTION = (
    'Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> '
    "(CC BY 4.0)"
)
OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright" target="_blank" '
    'rel="noopener">OpenStreetMap</a> contributors'
)


class _MapScript(MacroElement):
    """Calls one runtime function with the map and a JSON argument."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {%- if this.kind == "title" %}
        geoinc.title({{ this._parent.get_name() }}, {{ this.value|tojson }});
        {%- elif this.kind == "attribution" %}
        (function (m) {
            if (!m.attributionControl) { L.control.attribution().addTo(m); }
            {{ this.value|tojson }}.forEach(function (a) {
                m.attributionControl.addAttribution(a);
            });
        })({{ this._parent.get_name() }});
        {%- endif %}
        {% endmacro %}
        """
    )

    def __init__(self, kind: str, value: Any) -> None:
        super().__init__()
        self._name = "GeoincMapScript"
        self.kind = kind
        self.value = value

    def render(self, **kwargs: Any) -> Any:
        ensure_runtime(self)
        return super().render(**kwargs)


def add_title(m: folium.Map, title: str) -> None:
    """Show ``title`` (plain text) at the top of the map and as the page title."""
    _MapScript("title", str(title)).add_to(m)
    root = m.get_root()
    if isinstance(root, Figure):
        root.title = html.escape(str(title), quote=True)


def add_attribution(m: folium.Map, texts: Iterable[str], *, escaped: bool = False) -> None:
    """Add attribution strings to the map's attribution control.

    Texts are escaped unless ``escaped=True`` (geoinc's own constant strings).
    """
    items = [t if escaped else html.escape(str(t), quote=True) for t in texts if str(t).strip()]
    if items:
        _MapScript("attribution", items).add_to(m)


def _tiles_attribution(tiles: Any) -> str:
    if tiles is None:
        return ""
    if isinstance(tiles, str):
        return tiles
    if isinstance(tiles, dict):
        return str(tiles.get("attribution", "")) + " " + str(tiles.get("html_attribution", ""))
    return str(getattr(tiles, "attribution", "") or getattr(tiles, "attr", "") or "")


_FALLBACK_TILES = "OpenStreetMap.Mapnik"
#: Zoom of a new map whose incidents all share one place (a region around it stays visible).
_SINGLE_PLACE_ZOOM = 6
_WARNED: set[str] = set()  # basemaps already reported as needing a key (warn once)


def _resolve_tiles(tiles: Any) -> Any:
    """An xyzservices provider for a name; keyless fallback for providers needing a key.

    xyzservices ≥ 2025 marks CartoDB as needing an API key: without one the tiles
    would fail to load, so the map uses OpenStreetMap (no key) and says so in the log.
    """
    if not isinstance(tiles, str):
        return tiles
    import xyzservices

    try:
        provider = xyzservices.providers.query_name(tiles)
    except ValueError:
        return tiles  # a custom URL template
    if provider.requires_token():
        level = logging.INFO if tiles in _WARNED else logging.WARNING
        _WARNED.add(tiles)
        logger.log(
            level,
            "basemap %r needs an API key (pass tiles=xyzservices.providers.%s(apikey=...)); "
            "using %s instead",
            tiles,
            provider.name,
            _FALLBACK_TILES,
        )
        return xyzservices.providers.query_name(_FALLBACK_TILES)
    return provider


def _existing_tiles_attribution(m: folium.Map) -> str:
    texts = []
    for child in m._children.values():
        if isinstance(child, folium.TileLayer):
            texts.append(str(child.options.get("attribution", "")))
    return " ".join(texts)


def _fit(m: folium.Map, pts: gpd.GeoDataFrame, reach_px: float) -> None:
    """Fit the view to the incidents with room for their symbols (``reach_px``)."""
    south, north = float(pts["_lat"].min()), float(pts["_lat"].max())
    west, east = float(pts["_lon"].min()), float(pts["_lon"].max())
    # one place: zoom out enough to show its region; several: fit them
    one_place = north - south < 1e-3 and east - west < 1e-3
    pad = int(min(10 + reach_px, 250))
    m.fit_bounds(
        [[south, west], [north, east]],
        max_zoom=_SINGLE_PLACE_ZOOM if one_place else 12,
        padding=(pad, pad),
    )


def _attribute(m: folium.Map, gdf: gpd.GeoDataFrame, tiles: Any) -> None:
    """GeoNames always; OSM when the tiles or the data (``gdf.attrs["attribution"]``) use it."""
    attributions = [GEONAMES_ATTRIBUTION]
    tile_attr = (_tiles_attribution(tiles) if tiles not in (None, False) else "") + " "
    tile_attr += _existing_tiles_attribution(m)
    user_attr = gdf.attrs.get("attribution")
    user_texts = (
        []
        if not user_attr
        else ([user_attr] if isinstance(user_attr, str) else [str(a) for a in user_attr])
    )
    user_lower = " ".join(user_texts).lower()
    osm_needed = "openstreetmap" in tile_attr.lower() or any(
        w in user_lower for w in ("openstreetmap", "nominatim", "osm")
    )
    already = tile_attr.lower() + " " + user_lower
    if osm_needed and "openstreetmap contributors" not in already:
        attributions.append(OSM_ATTRIBUTION)
    add_attribution(m, attributions, escaped=True)
    add_attribution(m, user_texts)


def incident_map(
    gdf: gpd.GeoDataFrame,
    *,
    size: str | None = "killed",
    color: str | None = None,
    m: folium.Map | None = None,
    title: str | None = None,
    tiles: Any = None,
    max_radius: float | None = None,
    min_radius: float | None = None,
    scale: SizeScale | None = None,
    ring: bool = True,
    palette: Mapping[str, str] | Sequence[str] | None = None,
    cluster: bool = False,
    heatmap: bool = False,
    time_slider: bool = False,
    areas: bool | gpd.GeoDataFrame = False,
    hexagons: bool | int = False,
    name: str = "Incidents",
    legend: bool = True,
    popup_columns: Iterable[str] = (),
    fast: bool | None = None,
    zoom_start: int | None = None,
    width: str | int = "100%",
    height: str | int = "100%",
) -> folium.Map:
    """Draw incidents as circles whose area is proportional to a casualty count.

    Parameters
    ----------
    gdf : GeoDataFrame
        An incident table (see :mod:`geoinc.schema`). Rows without a location are
        skipped and their number logged.
    size : {"killed", "injured", "casualties", None}
        The count that sets the circle **area** (radius ∝ √count, see
        :class:`~geoinc.maps.symbols.SizeScale`). With ``"killed"`` the filled circle
        shows killed and an outer ring killed + injured (``ring=False`` drops it). A
        reported range (``killed_high``) is drawn as a dotted halo. Unknown counts are
        drawn hollow and dashed, never as 0. ``None`` draws equal dots.
    color : str, optional
        Column whose categories colour the symbols (e.g. ``"event_type"``), with a
        colour-blind-safe palette and a category legend.
    m : folium.Map, optional
        Draw onto this map instead of a new one.
    title : str, optional
        Shown at the top of the map and as the page title (escaped).
    tiles : str or xyzservices.TileProvider, optional
        Basemap; default :data:`geoinc.settings.basemap` (``"OpenStreetMap.Mapnik"``, no
        API key). ``None`` via ``tiles=False`` for no tiles.
    max_radius, min_radius : float, optional
        Pixels; defaults :data:`~geoinc.settings.max_radius_px` and
        :data:`~geoinc.settings.min_radius_px`.
    scale : SizeScale, optional
        A scale to share with other maps or layers (overrides the radius arguments).
    ring : bool
        Killed + injured ring around the killed circle (``size="killed"`` only).
    palette : mapping or sequence of str, optional
        ``{category: colour}`` or a list of colours for ``color=``.
    cluster, heatmap, time_slider : bool
        Add a casualty-sized cluster layer, a casualty-weighted heatmap, or put the
        incidents under a time slider (see :mod:`geoinc.maps.layers`).
    areas : bool or GeoDataFrame
        Add per-country totals (``True``) or totals per the given polygons.
    hexagons : bool or int
        Add an H3 hexagon aggregation (``int`` = H3 resolution; needs ``pip install h3``).
    name : str
        Layer-control name of the incident layer.
    legend : bool
        Add the size (and category) legend.
    popup_columns : iterable of str
        Extra columns listed in the popups.
    fast : bool, optional
        Draw the incidents with the compact canvas layer of :mod:`geoinc.maps.fast`
        (same symbols, scale and legends; a filter control instead of the time
        slider). Default: when there are at least
        :data:`geoinc.settings.fast_path_threshold` incidents.
    zoom_start : int, optional
        Initial zoom; default fits the incidents.
    width, height : str or int
        Size of a new map.

    Returns
    -------
    folium.Map
        Never saved; use :func:`geoinc.save_html` or ``m.save``.

    Examples
    --------
    >>> import geoinc
    >>> gdf = geoinc.to_incidents([{"place": "Kerman", "country": "IR", "latitude": 30.28,
    ...                             "longitude": 57.08, "killed": 84, "injured": 284}])
    >>> m = geoinc.incident_map(gdf, title="Kerman bombings")
    """
    if size not in SIZE_CHOICES:
        raise ValueError(f"size= must be 'killed', 'injured', 'casualties' or None, not {size!r}")
    if not isinstance(gdf, gpd.GeoDataFrame):
        raise TypeError(f"incident_map needs a GeoDataFrame, not {type(gdf).__name__}")
    if color is not None and color not in gdf.columns:
        raise KeyError(f"color={color!r} is not a column; columns: {', '.join(gdf.columns)}")
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    pts = located(gdf)
    if tiles is None:
        tiles = settings.basemap
    new_map = m is None
    if m is None:
        center = [float(pts["_lat"].mean()), float(pts["_lon"].mean())] if len(pts) else [20.0, 0.0]
        tiles = _resolve_tiles(tiles)
        m = folium.Map(
            location=center,
            zoom_start=zoom_start if zoom_start is not None else 2,
            tiles=None,
            control_scale=True,
            width=width,
            height=height,
        )
        if tiles is not False and tiles is not None:
            folium.TileLayer(tiles, control=False).add_to(m)
    ensure_runtime(m)
    if scale is None:
        sizes = size_arrays(pts, size, ring)
        scale = SizeScale.from_counts(
            sizes["main"],
            sizes["ring"],
            sizes["halo"],
            max_radius=max_radius,
            min_radius=min_radius,
        )
    if fast is None:
        fast = len(pts) >= settings.fast_path_threshold
    if fast:
        from geoinc.maps.fast import add_fast_layer

        if time_slider:
            logger.info("fast path: the filter control's date range replaces the time slider")
        add_fast_layer(
            m,
            pts,  # located already (skipped rows logged once, above)
            legend=legend,
            size=size,
            color=color,
            scale=scale,
            ring=ring,
            palette=palette,
            name=name,
            popup_columns=popup_columns,
            cluster=cluster,
        )
        reach = float(scale.max_radius)  # type: ignore[arg-type]
    else:
        layer = _layers.incident_layer(
            pts,
            m,
            size=size,
            color=color,
            scale=scale,
            ring=ring,
            palette=palette,
            name=name,
            legend=legend,
            time_slider=time_slider,
            popup_columns=popup_columns,
        )
        reach = max(
            (
                math.hypot(r["dx"], r["dy"]) + max(p[1] for p in r["parts"])
                for r in layer.data["records"]
            ),
            default=0.0,
        )
    if new_map and zoom_start is None and len(pts):
        _fit(m, pts, reach)
    if cluster and not fast:  # the fast layer clusters itself, without per-row records
        _layers.cluster_layer(pts, m, size=size, scale=scale, show=False)
    if heatmap:
        _layers.heatmap_layer(pts, m, show=False)
    if areas is not False and areas is not None:
        _layers.area_layer(pts, m, areas=None if areas is True else areas, show=False)
    if hexagons is not False and hexagons is not None:
        resolution = None if hexagons is True else int(hexagons)
        _layers.hexagon_layer(pts, m, resolution=resolution, show=False)
    if title:
        add_title(m, title)
    _attribute(m, gdf, tiles if new_map else None)
    add_layer_control(m)
    logger.info(
        "incident_map: %d incidents drawn (%d without location skipped)",
        len(pts),
        len(gdf) - len(pts),
    )
    return m

"""Self-contained HTML for folium maps: every script and stylesheet inlined.

A folium page loads Leaflet, jQuery, Bootstrap and fonts from four CDN hosts, so it
is blank on an air-gapped machine or once a CDN URL dies. :func:`save_html` renders
the map and replaces each ``<script src>`` / ``<link rel=stylesheet>`` by the file
from a pip-installed copy:

=============================  ===========================================  ==========
asset                          local copy                                   licence
=============================  ===========================================  ==========
Leaflet 1.9.3 (JS, CSS, PNGs)  ``xstatic-leaflet``                          BSD-2
Leaflet.markercluster          ``xstatic-leaflet-markercluster``            MIT
jQuery 3.7.1                   ``xstatic-jquery`` (folium popups use ``$``)  MIT
Leaflet.heat                   ``folium/templates/leaflet_heat.min.js``     BSD-2
=============================  ===========================================  ==========

Images referenced by CSS become ``data:`` URIs. Assets folium adds by default but
that the map does not use (Bootstrap, glyphicons, Font Awesome, Awesome-markers) are
dropped; jQuery is kept only when the page's own code calls it. An asset with no
known local copy raises :class:`~geoinc.errors.ConfigurationError` rather than
silently leaving a network request in an "offline" file; register one with
:func:`register_asset`.

The only requests left are map tiles. Below the tiles, :class:`~geoinc.maps.basemap.
CountryBasemap` draws country outlines, so the map keeps its context when tiles fail.
"""

from __future__ import annotations

import base64
import html as _html
import logging
import mimetypes
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import folium
from branca.element import Element

from geoinc.errors import ConfigurationError

__all__ = ["inline_assets", "register_asset", "render_html", "save_html"]

logger = logging.getLogger("geoinc")

_ASSET_TAG = re.compile(
    r"""<script\s+src\s*=\s*["'](?P<js>[^"']+)["'][^>]*>\s*</script>"""
    r"""|<link\s+rel\s*=\s*["']stylesheet["']\s+href\s*=\s*["'](?P<css>[^"']+)["'][^>]*>""",
    re.IGNORECASE,
)
_TITLE = re.compile(r"<title>.*?</title>", re.IGNORECASE | re.DOTALL)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(?P<ref>[^'")]+)\1\s*\)""")


def _xstatic_dir(module: str) -> Path:
    import importlib

    try:
        pkg = importlib.import_module(f"xstatic.pkg.{module}")
    except ImportError as err:  # pragma: no cover - the packages are dependencies
        name = "xstatic-" + module.replace("_", "-")
        raise ConfigurationError(
            f"offline HTML needs the package {name}: pip install {name}"
        ) from err
    return Path(pkg.BASE_DIR)


def _folium_template(name: str) -> Path:
    return Path(folium.__file__).resolve().parent / "templates" / name


def _uses_jquery(body: str) -> bool:
    # Plain substring tests (fast on a page of many MB); a false positive only keeps jQuery.
    return "$(" in body or "$." in body or "jQuery" in body


def _uses_awesome_markers(body: str) -> bool:
    return "L.AwesomeMarkers" in body or "glyphicon" in body


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    locate: Callable[[], Path] | None
    #: None: always needed; otherwise a test on the page's own code.
    needed: Callable[[str], bool] | None = None
    #: For a needed asset with no local copy: why it cannot be inlined.
    missing: str = ""


def _rule(
    pattern: str,
    locate: Callable[[], Path] | None,
    needed: Callable[[str], bool] | None = None,
    missing: str = "",
) -> _Rule:
    return _Rule(re.compile(pattern, re.IGNORECASE), locate, needed, missing)


_AWESOME = (
    "folium.Icon / Awesome-markers icons are not available offline; draw circles "
    "(geoinc does) or save with offline=False"
)

_RULES: list[_Rule] = [
    _rule(r"/leaflet(@[\d.]+)?/dist/leaflet\.js$", lambda: _xstatic_dir("leaflet") / "leaflet.js"),
    _rule(
        r"/leaflet(@[\d.]+)?/dist/leaflet\.css$", lambda: _xstatic_dir("leaflet") / "leaflet.css"
    ),
    _rule(
        r"markercluster.*/leaflet\.markercluster(-src)?\.js$",
        lambda: _xstatic_dir("leaflet_markercluster") / "leaflet.markercluster.js",
    ),
    _rule(
        r"markercluster.*/MarkerCluster\.Default\.css$",
        lambda: _xstatic_dir("leaflet_markercluster") / "MarkerCluster.Default.css",
    ),
    _rule(
        r"markercluster.*/MarkerCluster\.css$",
        lambda: _xstatic_dir("leaflet_markercluster") / "MarkerCluster.css",
    ),
    _rule(r"/leaflet[_-]heat(\.min)?\.js$", lambda: _folium_template("leaflet_heat.min.js")),
    _rule(r"/pa7_hm\.min\.js$", lambda: _folium_template("pa7_hm.min.js")),
    _rule(r"/pa7_leaflet_hm\.min\.js$", lambda: _folium_template("pa7_leaflet_hm.min.js")),
    _rule(
        r"jquery(-|/)3\.\d+\.\d+(/jquery)?(\.min)?\.js$",
        lambda: _xstatic_dir("jquery") / "jquery.min.js",
        needed=_uses_jquery,
    ),
    # Bootstrap styles nothing a Leaflet map draws; folium adds it by default.
    _rule(r"/bootstrap(@[\d.]+)?/dist/(js|css)/bootstrap", None, needed=lambda body: False),
    _rule(r"bootstrap-glyphicons\.css$", None, _uses_awesome_markers, _AWESOME),
    _rule(r"fontawesome|font-awesome", None, _uses_awesome_markers, _AWESOME),
    _rule(r"awesome-markers|awesome\.rotate", None, _uses_awesome_markers, _AWESOME),
]
_EXTRA: dict[str, Path] = {}


def register_asset(url: str, path: str | Path) -> None:
    """Use the local file ``path`` in place of ``url`` when writing offline HTML.

    Parameters
    ----------
    url : str
        The exact ``src``/``href`` a folium element or plugin writes.
    path : str or Path
        A local copy of that file (a ``.js`` or ``.css`` file).
    """
    file = Path(path)
    if not file.is_file():
        raise ConfigurationError(f"register_asset: {file} is not a file")
    _EXTRA[url] = file


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


@cache
def _read_css(path: Path) -> str:
    text = path.read_text(encoding="utf-8")

    def repl(match: re.Match[str]) -> str:
        ref = match.group("ref").strip()
        if ref.startswith(("data:", "#")):
            return match.group(0)
        if re.match(r"^([a-z]+:)?//", ref, re.IGNORECASE):
            raise ConfigurationError(f"{path.name} references {ref}; it cannot be inlined")
        target = (path.parent / ref.split("?")[0].split("#")[0]).resolve()
        if not target.is_file():
            raise ConfigurationError(f"{path.name} references {ref}, missing at {target}")
        return f'url("{_data_uri(target)}")'

    return _CSS_URL.sub(repl, text).replace("</", "<\\/")


@cache
def _read_js(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    # Inside <script>, "</script" ends the element and "<!--" changes the parser state.
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE).replace("<!--", "<\\!--")


@cache
def _leaflet_icon_patch() -> str:
    """Leaflet finds its default marker icon through a CSS URL; give it data URIs."""
    images = _xstatic_dir("leaflet") / "images"
    return (
        'L.Icon.Default.imagePath = "";\n'
        "L.Icon.Default.mergeOptions({"
        f'iconUrl: "{_data_uri(images / "marker-icon.png")}", '
        f'iconRetinaUrl: "{_data_uri(images / "marker-icon-2x.png")}", '
        f'shadowUrl: "{_data_uri(images / "marker-shadow.png")}"}});'
    )


_DATA_OPEN = '<script type="application/json"'


def _without_data_blocks(text: str) -> str:
    """The page without geoinc's JSON data blocks (they are data, not code)."""
    parts, pos = [], 0
    while (start := text.find(_DATA_OPEN, pos)) >= 0:
        end = text.find("</script>", start)
        if end < 0:
            break
        parts.append(text[pos:start])
        pos = end + len("</script>")
    parts.append(text[pos:])
    return "".join(parts)


def _find(url: str) -> _Rule | Path | None:
    if url in _EXTRA:
        return _EXTRA[url]
    for rule in _RULES:
        if rule.pattern.search(url):
            return rule
    return None


def inline_assets(page: str) -> str:
    """Replace every external script and stylesheet of a rendered page by its content.

    Parameters
    ----------
    page : str
        A full HTML page as folium renders it.

    Returns
    -------
    str
        The page with ``<script>``/``<style>`` blocks in place of the links.

    Raises
    ------
    ConfigurationError
        When the page needs an asset with no known local copy (the message names it).
    """
    # Assets are linked from <head>; only that part is rewritten (pages can be 100 MB).
    cut = page.find("</head>")
    head, rest = (page[:cut], page[cut:]) if cut >= 0 else (page, "")
    body = _ASSET_TAG.sub("", head) + _without_data_blocks(rest)
    seen: set[str] = set()
    problems: list[str] = []
    dropped: list[str] = []

    def repl(match: re.Match[str]) -> str:
        url = match.group("js") or match.group("css")
        is_js = match.group("js") is not None
        if url.startswith("data:"):
            return match.group(0)
        found = _find(url)
        if found is None:
            problems.append(f"{url}: no local copy is known (geoinc.maps.html.register_asset)")
            return ""
        if isinstance(found, Path):
            path: Path | None = found
        else:
            if found.needed is not None and not found.needed(body):
                dropped.append(url)
                return ""
            if found.locate is None:
                problems.append(f"{url}: {found.missing or 'no local copy is known'}")
                return ""
            path = found.locate()
        assert path is not None
        key = str(path)
        if key in seen:
            return ""
        seen.add(key)
        if is_js:
            out = f"<script>/* {path.name} (inlined) */\n{_read_js(path)}\n</script>"
            if path.name == "leaflet.js":
                out += f"\n<script>{_leaflet_icon_patch()}</script>"
            return out
        return f"<style>/* {path.name} (inlined) */\n{_read_css(path)}\n</style>"

    result = _ASSET_TAG.sub(repl, head)
    if ("<script src" in rest or "<link rel" in rest) and _ASSET_TAG.search(rest):
        # an asset linked outside <head> (rare): rewrite the rest of the page as well
        rest = _ASSET_TAG.sub(repl, rest)
    result += rest
    if problems:
        raise ConfigurationError(
            "cannot write offline HTML; save with offline=False or provide local copies:\n  "
            + "\n  ".join(problems)
        )
    if dropped:
        logger.debug("offline HTML: dropped unused assets %s", dropped)
    return result


def _set_title(page: str, title: str) -> str:
    page = _TITLE.sub("", page, count=1)
    tag = f"<title>{_html.escape(title, quote=True)}</title>"
    head = re.search(r"<head[^>]*>", page, re.IGNORECASE)
    if head is None:
        return tag + page
    return page[: head.end()] + "\n    " + tag + page[head.end() :]


def render_html(
    m: folium.Map | Element,
    *,
    offline: bool = True,
    title: str | None = None,
    basemap: bool | None = None,
) -> str:
    """Render a folium map to a full HTML page; see :func:`save_html`."""
    from geoinc.maps.basemap import CountryBasemap

    if not hasattr(m, "get_root"):
        raise TypeError(f"expected a folium.Map, got {type(m).__name__}")
    if basemap is None:
        basemap = offline
    original = None
    if (
        basemap
        and isinstance(m, folium.Map)
        and not any(isinstance(child, CountryBasemap) for child in m._children.values())
    ):
        added = CountryBasemap()
        added._parent = m
        # Rendered first; it also sits in its own pane below the tiles.
        original = m._children
        m._children = OrderedDict([(added.get_name(), added), *original.items()])
    root = m.get_root()
    # Rendering adds each element's scripts to the page's header/html/script parts and
    # leaves them there; put those parts back so that rendering changes nothing.
    parts = [getattr(root, name) for name in ("header", "html", "script") if hasattr(root, name)]
    saved = [OrderedDict(part._children) for part in parts]
    try:
        page = root.render()
    finally:
        if original is not None:
            m._children = original
        for part, children in zip(parts, saved, strict=True):
            part._children = children
    if offline:
        page = inline_assets(page)
    if title is not None:
        page = _set_title(page, str(title))
    return page


def save_html(
    m: folium.Map | Element,
    path: str | Path,
    *,
    offline: bool = True,
    title: str | None = None,
    basemap: bool | None = None,
) -> Path:
    """Write a folium map as one HTML file that opens anywhere.

    Parameters
    ----------
    m : folium.Map
        The map (e.g. from :func:`geoinc.incident_map`). It is not changed.
    path : str or Path
        The file to write (parent folders are created).
    offline : bool, default True
        Inline every script and stylesheet from pip-installed copies, so that no
        request leaves the page except map tiles. ``False`` keeps folium's CDN links
        (a smaller file that needs the internet).
    title : str, optional
        The page title (escaped).
    basemap : bool, optional
        Draw the built-in country outlines beneath the tiles (default: when
        ``offline``), so the map shows context when tiles cannot load (~190 KB).

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    ConfigurationError
        With ``offline=True``, when the map uses a plugin whose files geoinc has no
        local copy of; the message names each URL.

    Examples
    --------
    >>> import folium, geoinc
    >>> geoinc.save_html(folium.Map(), "map.html", title="Incidents")  # doctest: +SKIP
    """
    page = render_html(m, offline=offline, title=title, basemap=basemap)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    logger.info("wrote %s (%.1f KB, offline=%s)", target, len(page.encode()) / 1024, offline)
    return target

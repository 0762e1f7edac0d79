"""Legends for folium maps: nested size circles, category colours, symbol keys.

Each legend is a small :class:`branca.element.MacroElement` with an inline template
(the folium ``plugins`` pattern). The legend markup is built here in Python with every
text escaped, and reaches the page as one JSON string (``tojson``), so no value ever
sits unescaped in HTML or in a JavaScript template literal.

The size legend draws its circles with :meth:`SizeScale.radius`, the very function
the markers use, so legend and map always agree.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from geoinc.maps.symbols import DEFAULT_COLOUR, SizeScale, style

__all__ = ["Legend", "SizeLegend", "CategoryLegend", "ensure_css", "SYMBOL_KEYS"]

_CSS = """
<style>
.geoinc-legend{background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;
 box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.3 system-ui,-apple-system,'Segoe UI',sans-serif;
 color:#222;max-width:260px;max-height:60vh;overflow:auto}
.geoinc-legend h4{margin:0 0 4px;font-size:12px;font-weight:600}
.geoinc-legend svg{display:block}
.geoinc-legend .geoinc-row{display:flex;align-items:center;gap:6px;margin:2px 0}
.geoinc-legend .geoinc-note{color:#555;font-size:11px;margin-top:3px}
.geoinc-title{position:absolute;top:10px;left:50%;transform:translateX(-50%);z-index:1000;
 background:rgba(255,255,255,.92);padding:4px 10px;border-radius:4px;
 font:600 15px/1.3 system-ui,-apple-system,'Segoe UI',sans-serif;color:#222;
 box-shadow:0 1px 4px rgba(0,0,0,.3);pointer-events:none;max-width:60%;text-align:center}
.geoinc-popup{font-size:12px;line-height:1.35}
.geoinc-popup table{border-collapse:collapse;font-size:12px;margin-top:3px}
.geoinc-popup th{text-align:left;vertical-align:top;padding:1px 6px 1px 0;color:#555;
 font-weight:600;white-space:nowrap}
.geoinc-popup td{padding:1px 0;vertical-align:top}
.geoinc-popup .geoinc-desc{max-height:8em;overflow:auto;margin-top:4px;white-space:pre-wrap}
.geoinc-popup .geoinc-warn{color:#8a4b00}
.leaflet-container .leaflet-control-attribution{max-width:65%}
.geoinc-time{background:rgba(255,255,255,.95);padding:6px 8px;border-radius:4px;
 box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px system-ui,sans-serif;min-width:280px}
.geoinc-time input[type=range]{width:100%}
</style>
"""


def ensure_css(m: Any) -> None:
    """Add geoinc's legend, popup and control styles to the map's page (once)."""
    root = m.get_root()
    if isinstance(root, Figure):
        root.header.add_child(Element(_CSS), name="geoinc_css")


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _fmt(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


class Legend(MacroElement):
    """A Leaflet control whose content is pre-escaped HTML passed through ``tojson``.

    Parameters
    ----------
    html_content : str
        Markup built by geoinc with every text escaped.
    position : str
        Leaflet control position (``"bottomright"``, ``"topleft"``, …).
    css_class : str
        Extra class on the control's container.
    layer : folium Layer, optional
        Show the legend only while this layer is on the map (added before the legend).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var ctl = L.control({position: {{ this.position|tojson }}});
            ctl.onAdd = function () {
                var div = L.DomUtil.create("div", {{ this.css_class|tojson }});
                div.innerHTML = {{ this.html_content|tojson }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            ctl.addTo({{ this._parent.get_name() }});
            {%- if this.layer is not none %}
            (function (m, layer) {
                function sync() {
                    ctl.getContainer().style.display = m.hasLayer(layer) ? "" : "none";
                }
                m.on("layeradd layerremove", sync);
                sync();
            })({{ this._parent.get_name() }}, {{ this.layer.get_name() }});
            {%- endif %}
            return ctl;
        })();
        {% endmacro %}
        {% macro header(this, kwargs) %}{% endmacro %}
        """
    )

    def __init__(
        self,
        html_content: str,
        *,
        position: str = "bottomright",
        css_class: str = "",
        layer: Any = None,
    ) -> None:
        super().__init__()
        self.layer = layer
        self._name = "GeoincLegend"
        self.html_content = html_content
        self.position = position
        self.css_class = ("geoinc-legend " + css_class).strip()

    def render(self, **kwargs: Any) -> Any:
        ensure_css(self)
        return super().render(**kwargs)


#: Symbol keys a size legend can explain, in display order.
SYMBOL_KEYS: dict[str, str] = {
    "main": "{what}",
    "ring": "killed + injured (outer ring)",
    "halo": "upper figure of a reported range",
    "unknown": "count unknown",
    "zero": "none reported (0)",
    "approximate": "located only to a region or country (dashed)",
}


def _key_svg(part: str, colour: str) -> str:
    """A 26×22 px swatch drawn with the same style as the map symbol."""
    cx, cy = 13, 11
    if part == "ring":
        inner, outer = style("main", colour), style("ring", colour)
        return (
            f'<svg width="26" height="22">{_circle(cx, cy, 9, outer)}'
            f"{_circle(cx, cy, 4.5, inner)}</svg>"
        )
    if part == "halo":
        return (
            f'<svg width="26" height="22">{_circle(cx, cy, 9, style("halo", colour))}'
            f"{_circle(cx, cy, 6, style('main', colour))}</svg>"
        )
    if part == "approximate":
        approx = style("main", colour, approximate=True)
        return f'<svg width="26" height="22">{_circle(cx, cy, 7, approx)}</svg>'
    if part == "zero":
        return f'<svg width="26" height="22">{_circle(cx, cy, 2.5, style("zero", colour))}</svg>'
    if part == "unknown":
        return f'<svg width="26" height="22">{_circle(cx, cy, 6, style("unknown", colour))}</svg>'
    return f'<svg width="26" height="22">{_circle(cx, cy, 7, style("main", colour))}</svg>'


def _circle(cx: float, cy: float, r: float, opts: Mapping[str, Any], extra: str = "") -> str:
    fill = opts.get("fillColor", opts.get("color", "#000")) if opts.get("fill", True) else "none"
    parts = [
        f'cx="{_fmt(cx)}" cy="{_fmt(cy)}" r="{_fmt(r)}"',
        f'fill="{_e(fill)}" fill-opacity="{_fmt(float(opts.get("fillOpacity", 0.2)))}"',
        f'stroke="{_e(opts.get("color", "#000"))}"',
        f'stroke-width="{_fmt(float(opts.get("weight", 1)))}"',
        f'stroke-opacity="{_fmt(float(opts.get("opacity", 1)))}"',
    ]
    if opts.get("dashArray"):
        parts.append(f'stroke-dasharray="{_e(opts["dashArray"])}"')
    return f"<circle {' '.join(parts)}{extra}/>"


class SizeLegend(Legend):
    """Nested circles at exactly the radii the markers use, with round-number labels.

    Parameters
    ----------
    scale : SizeScale
        The scale of the map's symbols.
    title : str
        E.g. ``"Killed"``; escaped.
    values : sequence of int, optional
        Counts to show; default :meth:`SizeScale.legend_values` (round numbers from the data).
    keys : iterable of str, optional
        Symbol keys to explain below the circles (see :data:`SYMBOL_KEYS`); pass only
        those that occur in the data so the legend stays truthful.
    what : str
        Label of the filled circle in the key list (e.g. ``"killed"``).
    colour : str
        Fill colour of the legend symbols.
    position : str
        Leaflet control position.
    layer : folium Layer, optional
        Show the legend only while this layer is shown.

    Attributes
    ----------
    values, radii : list
        The counts shown and the radii (pixels) of their circles.
    """

    def __init__(
        self,
        scale: SizeScale,
        *,
        title: str = "Killed",
        values: Sequence[int] | None = None,
        keys: Iterable[str] = (),
        what: str = "killed",
        colour: str = DEFAULT_COLOUR,
        position: str = "bottomright",
        layer: Any = None,
    ) -> None:
        self.scale = scale
        self.values = [int(v) for v in (values if values is not None else scale.legend_values())]
        self.radii = [float(r) for r in scale.radius(self.values)] if self.values else []
        self.keys = [k for k in SYMBOL_KEYS if k in set(keys)]
        self.title = title
        super().__init__(
            self._markup(what, colour),
            position=position,
            css_class="geoinc-size-legend",
            layer=layer,
        )

    def _markup(self, what: str, colour: str) -> str:
        out = [f"<h4>{_e(self.title)}</h4>"]
        if self.values:
            rmax = max(self.radii)
            pad = 2.0
            label_w = 8 * max(len(f"{v:,}") for v in self.values) + 14
            width = 2 * rmax + 2 * pad + label_w
            height = 2 * rmax + 2 * pad
            cx = rmax + pad
            base = height - pad
            circles, labels = [], []
            label_y = base + 100.0
            for v, r in sorted(zip(self.values, self.radii, strict=True), key=lambda t: t[1]):
                top = base - 2 * r
                # labels at the circle tops, pushed up so they never overlap
                label_y = min(top, label_y - 12.0)
                circles.append(
                    _circle(
                        cx,
                        base - r,
                        r,
                        style("main", colour) | {"fillOpacity": 0.25},
                        extra=f' class="geoinc-legend-circle" data-value="{v}"',
                    )
                )
                labels.append(
                    f'<polyline points="{_fmt(cx)},{_fmt(top)} {_fmt(2 * rmax + pad)},'
                    f'{_fmt(top)} {_fmt(2 * rmax + pad + 5)},{_fmt(label_y)}" fill="none" '
                    f'stroke="#666" stroke-width="0.7" stroke-dasharray="2 2"/>'
                    f'<text x="{_fmt(2 * rmax + pad + 7)}" y="{_fmt(label_y + 4)}" '
                    f'font-size="11" fill="#222">{v:,}</text>'
                )
            circles.reverse()  # biggest first, so smaller circles stay visible on top
            shift = max(0.0, pad + 5 - label_y)  # room for labels pushed above the top
            height += shift
            circles_svg = f'<g transform="translate(0 {_fmt(shift)})">'
            # circles need a visible outline on the white legend background
            svg = "".join(circles).replace('stroke="#FFFFFF"', f'stroke="{_e(colour)}"')
            out.append(
                f'<svg width="{_fmt(width)}" height="{_fmt(height)}" '
                f'class="geoinc-size-svg">{circles_svg}{svg}{"".join(labels)}</g></svg>'
            )
            smallest = math.ceil(self.scale.min_count) - 1  # counts up to this get min size
            note = "circle area ∝ count"
            if smallest >= 2:
                note += f"; counts up to {smallest:,} drawn at the minimum size"
            out.append(f'<div class="geoinc-note">{_e(note)}</div>')
        for key in self.keys:
            label = SYMBOL_KEYS[key].format(what=what)
            out.append(
                f'<div class="geoinc-row geoinc-key" data-key="{_e(key)}">'
                f"{_key_svg(key, colour)}<span>{_e(label)}</span></div>"
            )
        return "".join(out)


class CategoryLegend(Legend):
    """Colour swatches for the categories of a column.

    Parameters
    ----------
    mapping : mapping of str to str
        ``{category: colour}``, e.g. from :func:`~geoinc.maps.symbols.palette_for`.
    title : str
        The column shown; escaped.
    position : str
        Leaflet control position.
    """

    def __init__(
        self,
        mapping: Mapping[str, str],
        *,
        title: str = "",
        position: str = "bottomright",
        layer: Any = None,
    ) -> None:
        self.mapping = dict(mapping)
        self.title = title
        rows = [f"<h4>{_e(title)}</h4>"] if title else []
        for name, colour in self.mapping.items():
            rows.append(
                f'<div class="geoinc-row geoinc-category" data-colour="{_e(colour)}">'
                f'<svg width="14" height="14"><circle cx="7" cy="7" r="6" fill="{_e(colour)}" '
                f'fill-opacity="0.85" stroke="#333" stroke-width="0.6"/></svg>'
                f"<span>{_e(name)}</span></div>"
            )
        super().__init__(
            "".join(rows), position=position, css_class="geoinc-category-legend", layer=layer
        )


class ClassLegend(Legend):
    """Colour classes of a choropleth: ``[(label, colour), …]``."""

    def __init__(
        self,
        classes: Sequence[tuple[str, str]],
        *,
        title: str = "",
        position: str = "bottomright",
        layer: Any = None,
    ) -> None:
        self.classes = list(classes)
        rows = [f"<h4>{_e(title)}</h4>"] if title else []
        for label, colour in self.classes:
            rows.append(
                f'<div class="geoinc-row geoinc-class"><svg width="18" height="12">'
                f'<rect width="18" height="12" fill="{_e(colour)}" stroke="#666" '
                f'stroke-width="0.6"/></svg><span>{_e(label)}</span></div>'
            )
        super().__init__(
            "".join(rows), position=position, css_class="geoinc-class-legend", layer=layer
        )


__all__ += ["ClassLegend"]

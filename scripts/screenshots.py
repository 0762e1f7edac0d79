"""Write the README gallery: PNG screenshots of the Kerman map and a Stanford MSA map.

Usage::

    python scripts/screenshots.py [--out docs/img]

Builds each map with the public API (the Kerman map from the article itself:
extract → geocode → map), writes self-contained HTML with ``geoinc.save_html`` and
photographs it in headless Chromium (``chromium`` on PATH; Playwright for Python).
Tile servers are not contacted; the built-in country-outline basemap gives context.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geoinc  # noqa: E402
from geoinc._chromium import CHROMIUM_ARGS  # noqa: E402

logger = logging.getLogger("geoinc.screenshots")

STANFORD_CREDIT = (
    "Stanford Mass Shootings in America, courtesy of the Stanford Geospatial Center "
    "and Stanford Libraries (CC BY 4.0)"
)


def kerman_map() -> object:
    """The Kerman bombings, from the news article."""
    text = (ROOT / "data" / "kerman_article.txt").read_text(encoding="utf-8")
    incidents = geoinc.extract_incidents(text, published="2024-01-04")
    return geoinc.incident_map(incidents, size="killed", title="Kerman bombings, 3 January 2024")


def stanford_incidents() -> pd.DataFrame:
    """The Stanford MSA table as incidents (injured = civilian + enforcement injured)."""
    raw = pd.read_csv(ROOT / "data" / "stanford_msa_mass_shootings_1966_2016.csv")
    killed = pd.to_numeric(raw["Total Number of Fatalities"], errors="coerce")
    injured = pd.to_numeric(raw["Number of Civilian Injured"], errors="coerce") + pd.to_numeric(
        raw["Number of Enforcement Injured"], errors="coerce"
    )
    table = pd.DataFrame(
        {
            "date": pd.to_datetime(raw["Date"], format="%m/%d/%Y", errors="coerce"),
            "place": raw["City"],
            "admin1": raw["State"],
            "country": "US",
            "latitude": raw["Latitude"],
            "longitude": raw["Longitude"],
            "precision": "city",
            "killed": killed,
            "injured": injured,
            "event_type": "shooting",
            "description": raw["Description"],
            "title": raw["Title"],
        }
    )
    gdf = geoinc.to_incidents(table, unknown="keep")
    gdf.attrs["attribution"] = STANFORD_CREDIT
    return gdf


def stanford_map() -> object:
    gdf = stanford_incidents()
    m = geoinc.incident_map(
        gdf,
        size="killed",
        title="US mass shootings 1966–2016 (Stanford MSA)",
        popup_columns=["title"],
        time_slider=True,
    )
    m.fit_bounds([[24.5, -124.8], [49.4, -66.9]])  # the contiguous states
    return m


def shoot(html: Path, png: Path, *, width: int = 1200, height: int = 760) -> None:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route(
                "**/*",
                lambda r: (
                    r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
                ),
            )
            page.goto(html.as_uri())
            page.wait_for_selector("path.geoinc-symbol")
            page.wait_for_timeout(500)
            page.screenshot(path=str(png))
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in (("kerman_map", kerman_map), ("stanford_msa_map", stanford_map)):
            html = geoinc.save_html(build(), Path(tmp) / f"{name}.html", offline=True)
            png = args.out / f"{name}.png"
            shoot(Path(html), png)
            logger.info("wrote %s", png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Switches for a headless Chromium that stays offline and quiet.

Shared by the browser tests, ``benchmarks/bench_maps.py`` and ``scripts/screenshots.py``:
no sandbox (containers), no GPU, and none of Chromium's own background requests
(updates, sync, QUIC probes), so that a page's requests are only its own.
"""

from __future__ import annotations

CHROMIUM_ARGS: tuple[str, ...] = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)

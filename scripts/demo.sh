#!/usr/bin/env bash
# Install geoinc into .venv and write the Kerman demo map (kerman_map.html) from the news article.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet .
.venv/bin/geoinc map data/kerman_article.txt --published 2024-01-04 \
    --title "Twin blasts near Soleimani's grave, Kerman, 3 January 2024" -o kerman_map.html

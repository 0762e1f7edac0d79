"""Incidents from report text: where, when, how many, who — with the evidence.

Modules, one concern each: :mod:`.text` (cleaning, sentences), :mod:`.numbers`,
:mod:`.dates`, :mod:`.places`, :mod:`.casualties`, :mod:`.actors`, :mod:`.events`,
:mod:`.incidents` (the assembly) and :mod:`.batch` (many reports).
"""

from __future__ import annotations

from geoinc.extract.batch import extract_many
from geoinc.extract.incidents import extract_incidents

__all__ = ["extract_incidents", "extract_many"]

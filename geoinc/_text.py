"""Text folding shared by the gazetteer and the extractor."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "strip_article", "ARTICLES"]

_APOSTROPHES = "'’‘`ʼʻ´"
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.,()]+")
_APOS_RE = re.compile("[" + re.escape(_APOSTROPHES) + "]")
#: Arabic definite-article forms as they appear in romanised place names.
ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ul")
_ARTICLE_RE = re.compile(r"^(?:" + "|".join(ARTICLES) + r") (?=\S{3,})")


def fold(text: str) -> str:
    """Fold a name for matching: case, accents, apostrophes, hyphens and spacing.

    Short texts (names) are cached: the extractor folds the same names again and again.

    >>> fold("Sana'a") == fold("SANAA")
    True
    >>> fold("Zaporizhzhia – Oblast")
    'zaporizhzhia oblast'
    """
    return _fold_cached(text) if len(text) <= 80 else _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("đ", "d")
    stripped = _APOS_RE.sub("", stripped.casefold())
    return _SEPARATORS.sub(" ", stripped).strip()


_fold_cached = lru_cache(maxsize=65_536)(_fold)


def strip_article(folded: str) -> str:
    """Drop a leading Arabic article from a folded name ("al hudaydah" → "hudaydah")."""
    return _ARTICLE_RE.sub("", folded, count=1)

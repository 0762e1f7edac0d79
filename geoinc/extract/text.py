"""Cleaning report text and splitting it into sentences with their offsets."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

__all__ = ["Sentence", "clean_text", "split_sentences", "MAX_CHARS"]

#: Longest text read; longer reports are cut (an incident is told in its first pages).
MAX_CHARS = 2_000_000

_BLOCKS = re.compile(r"<(script|style|head|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BREAKS = re.compile(r"<\s*(?:br|/p|p|/div|div|/h\d|h\d|li|/li|tr|/tr)\b[^>]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Rep|Sen|Gov|Pres|St|Mt|Ft|Jr|Sr|Co|Corp|Inc|"
    r"Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|approx|est|Ave|Blvd|Rd)"
    r"|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])$"
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and where it starts in the cleaned report."""

    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def clean_text(text: str) -> str:
    """Strip HTML markup and entities, normalise spaces and quotes; keep line breaks."""
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    if "<" in text and ">" in text:
        text = _COMMENT.sub(" ", text)
        text = _BLOCKS.sub(" ", text)
        text = _BREAKS.sub("\n", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    return re.sub(r" *\n *", "\n", text).strip()


def split_sentences(text: str) -> list[Sentence]:
    """Split cleaned text into sentences (abbreviations such as "Jan." do not end one)."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        head = text[start:cut]
        if m.group(0).startswith(".") and _ABBREV.search(head):
            continue
        piece = text[start:m.end()].rstrip()
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(len(out), start + lead, piece.strip()))
        start = m.end()
    tail = text[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        out.append(Sentence(len(out), start + lead, tail.strip()))
    return out

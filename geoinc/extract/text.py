"""Cleaning report text and splitting it into sentences with their offsets."""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass

log = logging.getLogger("geoinc")

__all__ = ["Sentence", "clean_text", "split_sentences", "MAX_CHARS"]

#: Longest report text read after cleaning; longer texts are cut with a warning (news
#: reports are far shorter, and an incident is told in the first pages).
MAX_CHARS = 200_000
#: Longest raw input cleaned (HTML pages carry markup around the text).
MAX_RAW_CHARS = 20_000_000
#: Sentences longer than this are split at commas or spaces (text without full stops).
MAX_SENTENCE = 1_500

_BLOCKS = re.compile(r"<(script|style|head|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BREAKS = re.compile(r"<\s*(?:br|/p|p|/div|div|/h\d|h\d|li|/li|tr|/tr)\b[^>]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Maj|Cpl|Pvt|Brig|Cmdr|Adm|Insp|Supt|Rev|Hon|"
    r"Rep|Sen|Gov|Pres|St|Mt|Ft|Jr|Sr|Co|Corp|Inc|"
    r"Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|approx|est|Ave|Blvd|Rd)"
    r"|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])$"
)
_BOUNDARY = re.compile(
    r"[.!?]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z0-9\"“])|"
    r"\n(?=[ \t]*[-•*–][ \t])"
)  # a bulleted line starts a sentence


#: the end of a line that cannot end a sentence or a headline
_WRAPPED = re.compile(
    r"(?:,|\b(?:in|of|the|a|an|and|or|to|at|on|from|with|by|for|near|into|"
    r"that|its|their|his|her|was|were|is|are)) *$"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and where it starts in the cleaned report."""

    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


_GLUED_SENTENCE = re.compile(
    r"(?<![A-Za-z.])([A-Z]?[a-z]{3,}\.)((?:The|A|An|He|She|They|It|In|On|At|Another|Meanwhile|"
    r"Earlier|Police|Officials|According|No|Those|This|These|Normally|However|Later|"
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Eleven|Twelve|\d+)\s|[“\"](?=[A-Z]))"
)
_GLUED_NUMBER = re.compile(
    r"([a-z])((?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|"
    r"Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|"
    r"Seventy|Eighty|Ninety|Dozens|Hundreds|At\s+least|More\s+than)\s)"
)


def has_any(text: str, stems: tuple[str, ...]) -> bool:
    """Does the lowered ``text`` contain any of ``stems``? A cheap first look before the
    regular expressions that need one of those words (substring tests run in C)."""
    low = text.lower()
    return any(stem in low for stem in stems)


def clean_text(text: str) -> str:
    """Strip HTML markup and entities, normalise spaces and quotes; keep line breaks."""
    if len(text) > MAX_RAW_CHARS:
        text = text[:MAX_RAW_CHARS]
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
    # "Boko HaramFifteen people were killed": a caption glued to the first sentence
    text = _GLUED_NUMBER.sub(r"\1\n\2", text)
    # "in Khotang district.The bus was …": a sentence glued to the one before (a space is
    # added, so offsets in the cleaned text shift by one)
    if "." in text:
        text = _GLUED_SENTENCE.sub(r"\1 \2", text)
    text = re.sub(r" *\n *", "\n", text).strip()
    if "\n" in text:
        text = _drop_repeated_lines(text)
    if len(text) > MAX_CHARS:
        log.warning("report of %d characters cut to its first %d", len(text), MAX_CHARS)
        text = text[:MAX_CHARS]
    return text


def _drop_repeated_lines(text: str) -> str:
    """A paragraph printed twice in a row (a standfirst repeating the lede, "SAO PAULO — …"
    above "SAO PAULO — …") is told once."""
    lines = text.split("\n")
    kept: list[str] = []
    last = ""
    for line in lines:
        if line and len(line) >= 40 and line == last:
            continue
        kept.append(line)
        if line:
            last = line
    return "\n".join(kept) if len(kept) < len(lines) else text


def _pieces(start: int, piece: str) -> list[tuple[int, str]]:
    """Split an over-long sentence at commas (or spaces) into pieces of bounded length."""
    if len(piece) <= MAX_SENTENCE:
        return [(start, piece)]
    out = []
    pos = 0
    while pos < len(piece):
        end = min(len(piece), pos + MAX_SENTENCE)
        if end < len(piece):
            cut = max(piece.rfind(", ", pos, end), piece.rfind(" ", pos, end))
            end = cut + 1 if cut > pos else end
        out.append((start + pos, piece[pos:end]))
        pos = end
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split cleaned text into sentences (abbreviations such as "Jan." do not end one)."""
    return [
        Sentence(i, start, body)
        for i, (start, body) in enumerate(
            (s, p) for sent in _split(text) for s, p in _pieces(sent.start, sent.text)
        )
    ]


def _wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text was wrapped at (wire copy, e-mail, PDF), if it was.

    It was when most lines followed by another line of the same paragraph end without a
    sentence's punctuation and are about as long as one another."""
    if text.count("\n") < 4:
        return None
    lines = text.split("\n")
    inner = [a for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()]
    if len(inner) < 4:
        return None
    open_ended = [a for a in inner if not re.search(r"[.!?:\"”’)]\s*$", a)]
    if len(open_ended) < 0.5 * len(inner):
        return None
    width = sorted(len(a) for a in inner)[len(inner) // 2]
    if not 30 <= width <= 120:
        return None
    near = [a for a in inner if 0.75 * width <= len(a) <= 1.2 * width]
    return width if len(near) >= 0.6 * len(inner) else None


def _split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    width = _wrap_width(text)
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        head = text[start:cut]
        if m.group(0).startswith(".") and _ABBREV.search(head):
            continue
        if m.group(0) == "\n" and _WRAPPED.search(head):
            continue  # a line wrapped mid-sentence: "… exploded in\nBaghdad."
        if m.group(0) == "\n" and width and cut - (text.rfind("\n", 0, cut) + 1) >= 0.7 * width:
            continue  # a full line of hard-wrapped text: "… wounded four in Wathaq\nSquare"
        piece = text[start : m.end()].rstrip()
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(len(out), start + lead, piece.strip()))
        start = m.end()
    tail = text[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        out.append(Sentence(len(out), start + lead, tail.strip()))
    return out

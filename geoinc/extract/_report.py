"""The state of one report being read, and the sentence helpers the rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from geoinc.extract._patterns import _CLAUSE_PLACE, _ITEM_JOIN
from geoinc.extract.casualties import CountMention, find_counts
from geoinc.extract.dates import DateMention
from geoinc.extract.events import TRIGGER
from geoinc.extract.places import PlaceMention
from geoinc.extract.text import Sentence


def _ends_item(head: str, join: re.Match[str]) -> bool:
    """Whether a plain "and" (no comma) ends an item: the clause before it ends on its place
    ("five rangers were wounded … in Cho Airong district and two villagers shot dead …"), not
    on its figures ("31 were killed and 50 wounded when … in X": one clause's figures)."""
    if join.group(0)[0] in ",;" or "and" not in join.group(0):
        return True
    last = [c.end for c in find_counts(Sentence(0, 0, head))]
    return bool(last) and any(p.start() >= max(last) for p in _CLAUSE_PLACE.finditer(head))


_OPENING_WHILE = re.compile(r",\s+(?=another\s)")


def _split_items(sentences: list[Sentence]) -> tuple[list[Sentence], set[int]]:
    """Sentences with a second incident told in a later clause cut there ("a car bomb killed
    five in Kirkuk, while another … in the town of Hawijah left four dead"); the indices of
    the clauses so cut off."""
    out: list[Sentence] = []
    items: set[int] = set()
    for s in sentences:
        text = s.text
        joins = (
            [m for m in _ITEM_JOIN.finditer(text) if _ends_item(text[: m.start()], m)]
            if ", " in text or "; " in text or " and " in text
            else []
        )
        if text.startswith(("While ", "Whereas ")):
            # "While two … were killed in Kulgam district, another two were killed … in
            # Pulwama district"
            joins = sorted([*joins, *_OPENING_WHILE.finditer(text)], key=lambda m: m.start())
        cuts = [0]
        for k, m in enumerate(joins):
            end = joins[k + 1].start() if k + 1 < len(joins) else len(text)
            head, tail = text[cuts[-1] : m.start()], text[m.end() : end]
            own = set(_CLAUSE_PLACE.findall(tail)) - set(re.findall(r"[\w'’-]+", head))
            if (
                own
                and TRIGGER.search(tail)
                and find_counts(Sentence(0, 0, tail))
                and find_counts(Sentence(0, 0, head))
            ):
                cuts.append(m.end())
        for k, a in enumerate(cuts):
            b = cuts[k + 1] if k + 1 < len(cuts) else len(text)
            if k:
                items.add(len(out))
            out.append(Sentence(len(out), s.start + a, text[a:b].rstrip()))
    return out, items


@dataclass
class _Segment:
    sentences: list[int] = field(default_factory=list)
    compare_from: dict[int, int] = field(default_factory=dict)


def _clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (0 when it is the sentence's first)."""
    cut = max(
        sentence.rfind(", ", 0, pos),
        sentence.rfind("; ", 0, pos),
        sentence.rfind(" — ", 0, pos),
        sentence.rfind(" - ", 0, pos),
    )
    if cut < 25:
        return 0
    return cut


def _phrase(sentence: str, start: int, end: int, width: int = 90) -> str:
    a = max(0, start - width)
    b = min(len(sentence), end + width)
    out = sentence[a:b].strip()
    return ("…" if a > 0 else "") + out + ("…" if b < len(sentence) else "")


def _event_word(text: str) -> bool:
    """An event word in ``text``, not an actor's name ("insurgents was launched today")."""
    return any(
        not re.fullmatch(
            r"(?i:insurgents?|militants?|gunm[ae]n|rebels?|terrorists?|"
            r"bandits?|jihadists?|attackers?|assailants?)",
            m.group(0),
        )
        for m in TRIGGER.finditer(text)
    )


class _Report:
    """The state of one report's reading, shared by the rule mixins."""

    # set by the reading of the report (``_Extractor.run``)
    text: str
    sentences: list[Sentence]
    _items: set[int]  # sentences split off another one as items of a list
    _briefs: dict[int, date]  # date-only lines over the briefs of a page of dated briefs
    _resolved_against: dict[int, str]  # sentence → what its relative dates were resolved against
    _dateline_start: int
    counts: dict[int, list[CountMention]]
    triggers: dict[int, bool]
    headline: int | None
    dates: dict[int, list[DateMention]]
    places: list[PlaceMention]
    _places_in: dict[int, list[PlaceMention]]
    bias: set[str]
    soft_bias: set[str]
    admin1_hint: str | None
    city_countries: set[str]
    _hint_area: Any  # the one province the report names
    _roundup: bool
    _n_segments: int  # how many parts the report was cut into

    def __init__(self, text: str, published: date | None, gazetteer: Any) -> None:
        self.raw = text
        self.published = published
        self.pub_label = "the publication date"
        self.gaz = gazetteer
        self._elsewhere: set[int] = set()  # places where the wounded or the attacker went
        self._anchor_told = False  # the incident's day comes from the text itself
        self._near_reference: set[int] = set()  # "45 km from X" used for want of better
        self._lead_background: dict[int, int] = {}  # sentence → end of a leading clause
        self._summary_sentences: set[int] = set()  # a round-up's lede summing its items
        self._first_segment: _Segment | None = None
        self._settlements: set[str] | None = None
        self._sums: dict[int, bool] = {}
        self._bullets: set[int] | None = None  # bullets of a list of other incidents

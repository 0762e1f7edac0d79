"""Killed and injured figures: which numbers of a sentence count the dead or the hurt.

Each figure found is a :class:`CountMention`; :func:`combine` turns the mentions of one
incident into ``killed``/``killed_high``/``injured``/``injured_high`` with the rules
(revisions, ranges, totals, parts, vague words) spelled out in its docstring.
"""

from __future__ import annotations

import re

from geoinc.extract._counting import (
    _ATTACKER_NOUN,
    _ATTACKERS_SUICIDE,
    _CASUALTY_STEMS,
    _CIVILIAN_KINDS,
    _PERP_INCLUDED,
    _PERPETRATOR_DIED,
    CASUALTIES,
    INJURED,
    KILLED,
    SHOT,
    SUBSET_CLAUSE,
    CountMention,
)
from geoinc.extract._finding import STEPS, reading
from geoinc.extract.text import Sentence, has_any

__all__ = [
    "CountMention",
    "find_counts",
    "combine",
    "perpetrator_died",
    "perpetrator_included",
    "KILLED",
    "INJURED",
    "SHOT",
    "CASUALTIES",
    "SUBSET_CLAUSE",
]


def find_counts(sent: Sentence) -> list[CountMention]:
    """The killed/injured figures of one sentence (each number at most once).

    The steps (reading each number with its words, then figures told without a number
    of their own, then how figures relate) are in :mod:`geoinc.extract._finding`.
    """
    if not has_any(sent.text, _CASUALTY_STEMS):
        return []
    r = reading(sent)
    for step in STEPS:
        step(r)
    unique: dict[int, CountMention] = {}
    for mention in sorted(r.out, key=lambda c: c.start):
        unique.setdefault(id(mention), mention)
    return list(unique.values())


def perpetrator_included(text: str) -> bool:
    """Does ``text`` say a toll counts the attacker ("16 including the gunman")?"""
    return bool(_PERP_INCLUDED.search(text))


def perpetrator_died(text: str) -> str | None:
    """The phrase saying a lone attacker died (GTD and ACLED count that death), if any."""
    if _PERP_INCLUDED.search(text) or _ATTACKERS_SUICIDE.search(text):
        return None  # included, or several attackers counted as a figure of their own
    for m in _PERPETRATOR_DIED.finditer(text):
        if re.search(
            r"\b(?:try|tried|trying|attempt|attempted|attempting|threaten|threatened|"
            r"threatening|plan|planned|planning|wanted|intended)\s+to\s+(?:\w+\s+){0,3}$",
            text[max(0, m.start() - 50) : m.start()],
            re.I,
        ):
            continue  # "tried to commit suicide by shooting himself"
        return m.group(0)
    return None


def combine(mentions: list[CountMention], kind: str) -> tuple[int | None, int | None, list[str]]:
    """The incident's (best, high, notes) figure of ``kind`` from its mentions.

    Rules, in order: a revised toll ("rose to 95") replaces earlier figures; a figure
    called a total ("in total", "totaling") wins over parts, and nothing is added to it;
    otherwise the largest non-subset figure is taken (later sentences restate or break
    down the lede's figure), except that

    - figures for *different kinds of victim* told in separate clauses ("killed two
      employees … fatally wounded a custodian") are added when together they exceed the
      largest figure; figures naming nobody in particular ("killing six", "84 people"),
      the same kind twice, anaphora ("the three students") and a summary told last are
      not added;
    - figures of a later step ("He then …", "killing two more", "another", "two other
      people") and attackers killed ("soldiers killed all three attackers", GTD/ACLED
      count every death) are added to the rest.

    Ranges give ``high``; "up to N" alone gives only ``high``. Vague words are noted:
    ACLED's tens/dozens/scores/hundreds are coded, "several"/"many" are not; a plural
    kin noun without a number ("his sisters") counts 2, the least it can mean.
    """
    ms = [m for m in mentions if m.kind == kind and not m.previous]
    notes: list[str] = []
    if not ms or all((m.value or 0) < 0 for m in ms):
        return None, None, notes  # only "… later died" taken off a figure never told
    main = [m for m in ms if not m.subset] or ms
    if any(
        _PERP_INCLUDED.search(m.phrase)
        or re.search(
            r"\b(?:including|counting)\s+(?:the\s+)?(?:\w+\s+)?" + _ATTACKER_NOUN, m.phrase, re.I
        )
        for m in ms
        if m.how != "attackers killed"
    ):
        main = [m for m in main if m.how != "attackers killed"] or main  # already counted
    extra = [m for m in main if m.additive and m.value is not None and not m.revised]
    base = [m.start for m in main if m not in extra and m.value is not None]
    if extra and base and min(m.start for m in extra) < min(base) and len(extra) < len(main):
        # "The blast … also wounded more than 100 people", the first wounded told: "also"
        # sets them beside the dead, there is nothing before them to add them to
        extra = [
            m
            for m in extra
            if m.start > min(base)
            or not re.search(r"\balso\s+(?:wounded|injured|injuring|wounding|hurt)\b", m.phrase)
        ]
    if extra and len(extra) == len(main) and len(main) > 1:
        # every figure says "more" / "another": the first one is the base
        extra = extra[1:] if extra[0].start <= min(m.start for m in main) else []
    if (
        extra
        and len(extra) < len(main)
        and not any(m.total or m.revised for m in main)
        # (a base with no value of its own, "as many as 15", adds nothing to)
        and any(m.value is not None for m in main if m not in extra)
    ):
        main = [m for m in main if m not in extra]
    else:
        extra = []
    revised = [m for m in main if m.revised and (m.value is not None or m.high is not None)]
    pool = revised or [m for m in main if m.total] or main
    if revised:
        earlier = [m for m in main if not m.revised and m.value is not None]
        if earlier:
            notes.append("revised from " + ", ".join(repr(m.phrase) for m in earlier))
    with_value = [m for m in pool if m.value is not None]
    if any(not m.vague or m.how == "listed victims" for m in with_value):
        # "at least 84 people … scores of people were killed": the number, not the word
        with_value = [m for m in with_value if not m.vague or m.how == "listed victims"]
    best: int | None = None
    high: int | None = None
    chosen: CountMention | None = None
    if with_value:
        if revised:
            chosen = max(with_value, key=lambda m: (m.value or 0, m.start))
        else:
            chosen = max(with_value, key=lambda m: (m.value or 0, -m.start))
        best = chosen.value
        if chosen.high is not None and best is not None and chosen.high > best:
            high = chosen.high
        if not revised and not any(m.total for m in pool):
            groups = _separate_groups(with_value)
            if len(groups) > 1 and sum(v for v, _ in groups) > (best or 0):
                best = sum(v for v, _ in groups)
                high = None
                notes.append(
                    "sum of separate victims: "
                    + " + ".join(f"{v} ({m.phrase!r})" for v, m in groups)
                )
                if any(m.vague for _, m in groups):
                    notes.append(
                        "a plural without a number ('his sisters') counted as 2, "
                        "the least it can mean"
                    )
    uppers = [m.high for m in main if m.qualifier == "max" and m.high is not None]
    if uppers:
        top = max(uppers)
        if best is None or top > best:
            high = max(high or 0, top)
    if extra and best is not None:
        # "Four injured victims later died in hospital; three died at the scene": the parts
        # of the seven already told
        told_with = [
            m
            for m in main
            if m not in extra
            and m.value is not None
            and any(m.sentence == e.sentence for e in extra)
        ]
        parts_told = (
            told_with
            and sum(m.value or 0 for m in extra) + sum(m.value or 0 for m in told_with) == best
        ) or any(
            # "at least 18 people dead", then "We have lost five soldiers. Our troops have
            # also killed 13 militants": the two sides of the toll told
            m is not chosen
            and m not in extra
            and m.value
            and m.value + sum(e.value or 0 for e in extra) == best
            for m in main
        )
        # "killed nine … That first bomb killed five soldiers and four civilians": a
        # breakdown adding up to the figure told is that figure again
        breakdown = (
            sum(m.value or 0 for m in extra) == best
            and chosen is not None
            and any(len(m.parts) > 1 for m in extra)
            and all(m.start > chosen.start for m in extra)
        )
        if parts_told or breakdown:
            extra = []
        # "… wounding five. When police rushed in, a charge went off, wounding five more
        # officers": the lede's figure told again ("more" than the one killed)
        extra = [
            m
            for m in extra
            if not (
                kind == INJURED
                and m.value == best
                and chosen is not None
                and chosen.start < m.start
                and chosen.sentence != m.sentence
                and m.how != "attackers killed"
                and re.search(r"\b[\w-]+\s+more\b", m.phrase)
                and not re.search(r"\b(?:then|later|another|further|additional)\b", m.phrase, re.I)
                and not any(o is not m and o.sentence == m.sentence for o in main)
            )
        ]
    if extra and best is not None:
        best += sum(m.value or 0 for m in extra)
        steps = [m for m in extra if m.how != "attackers killed"]
        if steps:
            notes.append(
                "plus the victims of later steps: " + ", ".join(repr(m.phrase) for m in steps)
            )
        if len(steps) < len(extra):
            notes.append(
                "plus the attackers killed (GTD and ACLED count every death): "
                + ", ".join(repr(m.phrase) for m in extra if m not in steps)
            )
    if any(m.how == "vague quantity" for m in main):
        notes.append(
            ("" if best is None else "besides the figure, a ")
            + "vague quantity, no number coded (ACLED codes only tens, dozens, "
            "scores, hundreds)"
        )
    if chosen is not None and chosen.vague and chosen.how != "listed victims":
        notes.append(f"vague quantity {chosen.phrase!r} coded as {best} (ACLED convention)")
    if chosen is not None and chosen.vague and chosen.how == "listed victims":
        notes.append(
            "a plural without a number ('his sisters') counted as 2, the least it can mean"
        )
    if chosen is not None and chosen.parts:
        notes.append("sum of parts " + " + ".join(map(str, chosen.parts)))
    return best, high, notes


def _within_civilians(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    return ("civilian" in a and bool(b & _CIVILIAN_KINDS)) or (
        "civilian" in b and bool(a & _CIVILIAN_KINDS)
    )


def _separate_groups(mentions: list[CountMention]) -> list[tuple[int, CountMention]]:
    """Figures for different victims, told in separate clauses with no total: "killed two
    employees … fatally wounded a custodian" → [(2, …), (1, …)].

    Mentions naming the same kind of victim ("students" twice) are one group (the largest
    figure); figures naming nobody in particular ("killing six", "84 people") restate the
    whole and are not added. Returns the groups, or one or none when nothing is separate.
    """
    clusters: list[tuple[set[str], CountMention]] = []
    # "31 soldiers and three auxiliaries were killed … a provisional toll of 31 soldiers and
    # three VDP": a figure that is a part of a sum told elsewhere is that part again
    parts = {v for m in mentions if len(m.parts) > 1 for v in m.parts}
    for m in mentions:
        if not m.group or m.value is None or m.vague:
            continue  # "dozens of miners feared dead" is not a sure figure to add
        if m.value in parts and m.value >= 10 and len(m.parts) <= 1:
            continue
        hit = [c for c in clusters if c[0] & m.group or _within_civilians(c[0], m.group)]
        names = set(m.group)
        best = m
        for c in hit:
            names |= c[0]
            # the larger figure, but a precise one over "nearly a dozen"
            if (c[1].qualifier != "approx", c[1].value or 0) > (
                best.qualifier != "approx",
                best.value or 0,
            ):
                best = c[1]
            clusters.remove(c)
        clusters.append((names, best))
    clusters.sort(key=lambda c: c[1].start)
    if (
        len(clusters) > 1
        and len(clusters[-1][1].parts) > 1
        and re.search(
            r"\b(?:were|was|are|have\s+been)\s+(?:\w+\s+)?(?:killed|dead)|\bdied\b",
            clusters[-1][1].phrase,
            re.I,
        )
        and (clusters[-1][1].value or 0) >= max(c[1].value or 0 for c in clusters[:-1])
    ):
        return []  # "Five children and five adults were killed": the whole, told again
    # "killed five customers … Three men and two women were killed": a breakdown that adds
    # up to a figure already told restates it
    clusters = [
        c
        for k, c in enumerate(clusters)
        if not (
            len(c[1].parts) > 1
            and re.search(
                r"\b(?:were|was|are|have\s+been)\s+(?:\w+\s+)?(?:killed|dead|shot\s+dead)|"
                r"\bdied\b",
                c[1].phrase,
                re.I,
            )
            and any((o[1].value or 0) == (c[1].value or 0) for o in clusters[:k])
        )
    ]
    values = [c[1].value or 0 for c in clusters]
    if (
        len(values) > 1
        and len(set(values)) == 1
        and all(
            c[1].how
            in ("word after the number", "verb before the number", "toll", "left … dead/injured")
            for c in clusters
        )
    ):
        return []  # "Nine passengers were killed … resulting in nine fatalities": the same dead
    if len(values) > 2 and max(values) == sum(values) - max(values) and values[-1] == max(values):
        return []  # "… a nurse … two doctors … Three medics died": a summary told last
    return [(c[1].value or 0, c[1]) for c in clusters]

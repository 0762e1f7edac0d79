"""What happened: event words and the event type of an incident.

The vocabulary is :data:`geoinc.schema.EVENT_TYPES`. Each type has a pattern of words
that report it; :func:`event_type` weighs the words found in an incident's sentences
(specific types such as ``bombing`` beat the generic ``armed attack``). An explosion
reported without any sign of an attack (no bomb, no attacker, no claim) is coded
``explosion``; a gas or industrial explosion likewise.
"""

from __future__ import annotations

import re

__all__ = ["EVENT_PATTERNS", "TRIGGER", "event_words", "event_type"]

_F = re.IGNORECASE
#: (event type, pattern, weight). Order breaks ties: earlier wins.
EVENT_PATTERNS: list[tuple[str, re.Pattern[str], float]] = [
    (
        "earthquake",
        re.compile(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|seismic)\b", _F),
        3.0,
    ),
    (
        "flood",
        re.compile(
            r"\b(?:floods?|flooding|flooded|floodwaters?|inundat\w+|deluge|"
            r"cloudbursts?|(?:heavy|torrential|monsoon|incessant)\s+(?:rains?|"
            r"rainfall|downpours?))\b",
            _F,
        ),
        2.0,
    ),
    (
        "storm",
        re.compile(
            r"\b(?:cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|storms?|"
            r"blizzards?|gales?)\b",
            _F,
        ),
        2.0,
    ),
    ("landslide", re.compile(r"\b(?:landslides?|mudslides?|avalanches?|landslips?)\b", _F), 2.0),
    (
        "airstrike",
        re.compile(
            r"\b(?:air\s*strikes?|air\s+raids?|drone\s+(?:strikes?|attacks?)|"
            r"drones?\s+(?:hit|struck|slammed|attacked|crashed\s+into)|"
            r"warplanes?|fighter\s+jets?|bombed\s+from\s+the\s+air|"
            # "an Israeli strike hit the village": a state's strike in a war is from the air
            r"(?:Israeli|Russian|Ukrainian|Saudi(?:-led)?|coalition|U\.?S\.?(?:-led)?|American|"
            r"Turkish|Syrian|Iraqi|Pakistani|Iranian|Azerbaijani|Ethiopian|Sudanese|Kenyan|"
            r"French|British|military)\s+(?:enemy\s+)?strikes?)\b",
            _F,
        ),
        2.5,
    ),
    (
        "shelling",
        re.compile(
            r"\b(?:shelling|shelled|artillery|mortars?|rocket\s+(?:attacks?|fire)|"
            r"(?:rockets?|missiles?|shells?|projectiles?)\s+(?:(?:fired|launched)\s+"
            r"(?:\w+\s+){0,3}?)?(?:hit|hits|struck|strikes|landed|slammed|"
            r"exploded|crashed)|missile\s+(?:strikes?|attacks?))\b",
            _F,
        ),
        2.0,
    ),
    (
        "bombing",
        re.compile(
            r"\b(?:bomb(?:s|ing|ings|ed|er|ers)?|suicide\s+(?:attacks?|attackers?)|"
            r"land\s*mines?|roadside\s+mines?|mine\s+(?:blast|explosion)|"
            r"car[-\s]bombs?|(?-i:IEDs?)|improvised\s+explosive|"
            r"explosive\s+(?:devices?|vests?|belts?)|explosives?[-\s](?:packed|laden|rigged)|"
            r"(?:packed|laden|rigged|loaded|stuffed)\s+with\s+explosives|"
            r"booby[-\s]trapped|detonat\w+|blasts?|explosions?|"
            r"exploded|explode)\b",
            _F,
        ),
        1.5,
    ),
    (
        "shooting",
        re.compile(
            r"\b(?:shootings?|shot|shoots?|gunman|gunfire|opened\s+fire|"
            r"open\s+fire|shooters?|sniper|rifles?|handguns?|shotguns?|"
            r"firearms?|pistols?|gunshots?)\b",
            _F,
        ),
        1.5,
    ),
    (
        "stabbing",
        re.compile(
            r"\b(?:stabb(?:ing|ed|ings)|stabs?|knife\s+attacks?|knifeman|"
            r"machetes?|knives)\b",
            _F,
        ),
        2.0,
    ),
    (
        "vehicle attack",
        re.compile(
            r"\b(?:rammed|ramming|plough(?:ed|ing)?\s+(?:a\s+\w+\s+)?into|"
            r"plows?\s+into|ploughs?\s+into|"
            r"plow(?:ed|ing)?\s+into|drove\s+(?:a|his|her|the)\s+\w+\s+into|"
            r"(?:mowed|mows|mowing)\s+(?:down|through)|"
            r"(?:mounted|jumped)\s+(?:a|the)\s+(?:sidewalk|pavement|curb|kerb)|"
            r"struck\s+(?:multiple|dozens\s+of|scores\s+of)\s+pedestrians|"
            r"(?:drove|steered)\s+(?:\w+\s+)?(?:into|through)"
            r"\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:crowds?|pedestrians|"
            r"revellers|shoppers|worshippers|protesters|people))\b",
            _F,
        ),
        2.5,
    ),
    (
        "arson",
        re.compile(r"\b(?:arson|arsonists?|set\s+(?:fire|ablaze)|torched|firebomb\w*)\b", _F),
        2.5,
    ),
    (
        "kidnapping",
        re.compile(
            r"\b(?:kidnapp\w+|kidnap|abduct\w+|taken\s+hostage|hostages?|"
            r"taken\s+captive)\b",
            _F,
        ),
        2.0,
    ),
    (
        "riot",
        re.compile(r"\b(?:riots?|rioting|rioters|sectarian\s+clashes|mob\s+violence)\b", _F),
        1.5,
    ),
    (
        "protest",
        re.compile(
            r"\b(?:protests?|protesters|protestors|demonstrations?|"
            r"demonstrators|rall(?:y|ies))\b",
            _F,
        ),
        1.0,
    ),
    # "fire" only as a blaze: "a fire broke out", "the fire", not "opened fire", "Israeli fire"
    (
        "fire",
        re.compile(
            r"\b(?:blaze|inferno|wildfires?|bushfires?|forest\s+fires?|"
            r"(?:a|the|huge|massive|major|deadly|big|large|devastating)\s+fire(?!\s+"
            r"(?:on|at\s+(?:the\s+)?(?:police|troops|protesters|soldiers)|into|upon|"
            r"shots?|arms?|fight|exchange))|fires?\s+(?:broke\s+out|swept|engulfed|"
            r"gutted|ripped|raged|spread|started|destroyed|tore))\b",
            _F,
        ),
        1.0,
    ),
    (
        "accident",
        re.compile(
            r"\b(?:crash(?:ed|es)?|collisions?|collided|derail\w+|capsized|"
            # "plunged into a gorge", not "plunged into conflict"
            r"plunge[sd]?(?!\s+(?:\w+\s+)?into\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?"
            r"(?:conflict|chaos|crisis|war|turmoil|violence|darkness|mourning|"
            r"uncertainty|anarchy|insecurity|recession|poverty|debt))|"
            r"overturned|skidded|veered|fell\s+into|sank|accidents?|stampede|"
            # "a crush at the gate", not "to crush the rebellion"
            r"(?:a|the|deadly|fatal|human)\s+crush|crush\s+(?:at|in|of)|"
            r"collapsed?|mine\s+disaster)\b",
            _F,
        ),
        1.5,
    ),
    (
        "armed attack",
        re.compile(
            r"\b(?:attack(?:ed|s|ers?)?|assault(?:ed)?|raid(?:ed)?|"
            r"ambush(?:ed)?|stormed|massacred?|militants|insurgents|gunmen|"
            r"slaughtered|beheaded|"
            r"fighting|clashes|gunfights?|gun\s+battles?|firefights?|"
            r"shoot-?outs?|exchanges?\s+of\s+fire)\b",
            _F,
        ),
        0.6,
    ),
]
_ATTACK_SIGNS = re.compile(
    r"\b(?:bomb(?:s|er|ers|ing|ings)?|suicide|IEDs?|improvised|explosive\s+(?:device|vest|belt)s?|"
    r"attack(?:s|ed|ers?)?|terror\w*|militants?|insurgents?|claimed|responsib\w+|detonated|"
    r"planted|remotely|jihadi\w*|extremists?)\b",
    _F,
)
_ACCIDENT_BLAST = re.compile(
    r"\b(?:gas|boiler|fireworks?|chemical|factory|plant|refinery|pipeline|tanker|mine|warehouse|"
    r"ammonium\s+nitrate|leak|industrial)\b",
    _F,
)
_CASUALTY_WORDS = (
    r"killed|killing|kills|dead|died|deaths?(?!\s+(?:sentences?|penalty|penalties|row|threats?)\b)|drowned|drowning|wounded|injured|"
    r"injuring|casualties|victims?|murder(?:s|ed|ing)?|homicides?|slain|martyred|"
    r"gun\s+shots?|fatally"
)
#: Words that make a sentence an event sentence (any event type, or a casualty word). The
#: patterns' word lists are joined under one ``\b`` with a letter look-ahead, which spares
#: the regex engine from trying every alternative at every position.
TRIGGER = re.compile(
    r"\b(?=[a-z])(?:"
    + "|".join(
        p.pattern[len(r"\b(?:") : -len(r")\b")]
        for name, p, _ in EVENT_PATTERNS
        if name != "protest"
    )
    + "|"
    + _CASUALTY_WORDS
    + r")\b",
    _F,
)
assert all(
    p.pattern.startswith(r"\b(?:") and p.pattern.endswith(r")\b") for _, p, _ in EVENT_PATTERNS
)


#: the same patterns, each behind a letter look-ahead (faster to search, same matches)
_FAST_PATTERNS = [
    (name, re.compile(r"\b(?=[a-z])" + p.pattern[2:], p.flags), weight)
    for name, p, weight in EVENT_PATTERNS
]


def event_words(text: str) -> dict[str, float]:
    """Weighted counts of event types whose words occur in ``text``."""
    scores: dict[str, float] = {}
    for name, rx, weight in _FAST_PATTERNS:
        n = len(rx.findall(text))
        if n:
            scores[name] = scores.get(name, 0.0) + weight * (1.0 + 0.25 * (n - 1))
    return scores


def event_type(texts: list[str]) -> tuple[str | None, str | None]:
    """The event type of an incident told in ``texts`` (lede first) and the word behind it.

    The first sentences weigh more than later ones. Returns ``(None, None)`` when no
    event word is found.
    """
    total: dict[str, float] = {}
    for i, text in enumerate(texts):
        w = 2.0 if i == 0 else (1.5 if i < 3 else 1.0)
        for name, score in event_words(text).items():
            if name == "kidnapping" and i > 0:
                score *= 0.25  # "… killing 11. Five were abducted": a side act unless in the lede
            total[name] = total.get(name, 0.0) + score * w
    if not total:
        return None, None
    order = {name: i for i, (name, _, _) in enumerate(EVENT_PATTERNS)}
    best = max(total, key=lambda k: (total[k], -order[k]))
    joined = " ".join(texts)
    if best == "bombing":
        blast_only = not re.search(
            r"\b(?:bomb\w*|suicide|IEDs?|land\s*mines?|improvised|"
            r"explosive\s+(?:device|vest|belt)|explosives?[-\s](?:packed|"
            r"laden|rigged)|booby[-\s]trapped)",
            joined,
            re.I,
        )
        if blast_only and (_ACCIDENT_BLAST.search(joined) or not _ATTACK_SIGNS.search(joined)):
            best = "explosion"
    rx = {n: p for n, p, _ in EVENT_PATTERNS}[best if best != "explosion" else "bombing"]
    m = rx.search(joined)
    return best, (m.group(0) if m else None)

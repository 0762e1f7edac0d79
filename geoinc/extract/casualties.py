"""Killed and injured figures: which numbers of a sentence count the dead or the hurt.

Each figure found is a :class:`CountMention`; :func:`combine` turns the mentions of one
incident into ``killed``/``killed_high``/``injured``/``injured_high`` with the rules
(revisions, ranges, totals, parts, vague words) spelled out in its docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from geoinc.extract.numbers import find_numbers, words_to_int
from geoinc.extract.text import Sentence, has_any

__all__ = [
    "CountMention",
    "find_counts",
    "combine",
    "perpetrator_died",
    "KILLED",
    "INJURED",
    "SHOT",
    "CASUALTIES",
]

KILLED, INJURED = "killed", "injured"
#: dead and wounded counted together ("25 people were killed and wounded")
CASUALTIES = "casualties"
#: people shot (dead or alive): "seven people were shot, one of them fatally"
SHOT = "shot"

# keyword after the number: "84 people were killed", "284 others injured"
_KEY_AFTER = re.compile(
    r"(?P<k>killed|dead|died|die|"
    r"dying(?=\s*(?:[,.;]|$|and\b|in\b|at\b|on\b|after\b|from\b|of\b|later\b))|deaths?(?!\s+tolls?\b)|fatalities|fatality|"
    r"(?<!non-)(?<!non)fatally\s+(?:shot|wounded|injured)|(?<!non-)(?<!non)fatally|"
    r"lost\s+(?:their|his|her)\s+lives?|lives\s+(?:were\s+|have\s+been\s+)?lost|lives|"
    r"perished|slain|martyred|murdered|massacred|executed|lynched|shot\s+dead|shot\s+and\s+killed|"
    r"drowned|drowning(?=\s*(?:[,.;]|$|and\b|in\b|when\b|after\b))|"
    r"(?:shot|stabbed|beaten|burned|burnt|hacked|crushed|trampled)\s+to\s+death|"
    r"bodies|corpses|victims?\s+died|"
    r"(?P<i>injured|wounded|hurt|injuries|hospitali[sz]ed|(?:are|were|remain|remained)\s+(?:still\s+)?"
    r"(?:in|being\s+treated\s+in)\s+(?:the\s+)?hospitals?|(?:taken|rushed|admitted|"
    r"airlifted|evacuated)\s+to\s+(?:a\s+|the\s+|local\s+|nearby\s+|several\s+|area\s+)?"
    r"hospitals?|"
    r"(?:still\s+)?fighting\s+for\s+(?:their|his|her)\s+lives?|"
    r"in\s+(?:critical|serious|grave)\s+condition|(?<=victim\s)survived|"
    r"(?<=victims\s)survived|"
    r"treated\s+(?:for|in|at)|sustained\s+injuries|suffered\s+(?:injuries|wounds)|"
    r"(?:seriously|critically|severely|slightly|lightly)\s+(?:injured|wounded|hurt))|"
    r"(?P<s>shot(?!\s+(?:dead|and\s+killed|to\s+death|at\b))|suffered\s+gunshot\s+wounds?|"
    r"gunshot\s+(?:victims|wounds?)))\b",
    re.IGNORECASE,
)
_BAD_GAP_WORD = re.compile(
    r"\b(?:than|from(?!\s+the\s+same\s+(?:family|household|home|village|town)\b)|before|after|when|while|during|since|until|till|against|by|with|each|"
    r"per|every|hostages?|captive|captives|"
    r"but|however|although|though|no|not|none|nobody|"
    r"attackers?|gunmen|assailants?|militants\s+who|suspects?|bombers?|shooters?|"
    r"explosions?|blasts?|bombs?|attacks?|days?|hours?|years?|previous|earlier|last|"
    r"rescue|rescuers|firefighters|volunteers|searchers|expect\w*|search\w*|rescued|survived|survivors?|"
    r"trapped|"
    r"saved|evacuated|missing)\b",
    re.IGNORECASE,
)
# an active verb followed by its object: "two men killed three" (the number is the killers)
_ACTIVE_OBJECT = re.compile(
    r"^\s+(?:(?:at\s+least|more\s+than|some|about|nearly)\s+)?(?:\d|one\b|two\b|three\b|"
    r"four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|the\b|a\b|an\b|his\b|her\b|their\b|"
    r"him\b|them\b|several\b|dozens\b|hundreds\b|people\b|civilians\b)",
    re.IGNORECASE,
)
# keyword before the number: "killing 84", "wounded thirty-two", "the deaths of 84"
_KEY_BEFORE = re.compile(
    r"\b(?:(?P<k>killing|killed|kills|murdering|murdered|slaying|slew|claiming\s+the\s+"
    r"lives\s+of|claimed\s+the\s+lives\s+of|took\s+the\s+lives\s+of|taking\s+the\s+lives\s+of|"
    r"deaths\s+of|death\s+of|drowning|drowned|shot\s+and\s+killed|shooting\s+and\s+killing|shot\s+dead|"
    r"shooting\s+dead|stabbing\s+to\s+death|stabbed\s+to\s+death|"
    r"(?<!non-)(?<!non)fatally\s+(?:shot|shooting|wounded|wounding|injured|injuring|stabbed|"
    r"stabbing)|"
    r"fatalities\s+to|bodies\s+of|massacred|executed|gunning\s+down|gunned\s+down|"
    r"slaughtered|slaughtering|beheaded|beheading|"
    r"(?:have|has|had|we|they)\s+(?:so\s+far\s+|already\s+|now\s+)?lost)|"
    r"(?P<i>wounding|wounded|wounds|wound|injuring|injured|injures|injure|hurting|hurt|"
    r"paraly[sz]ing|"
    r"paraly[sz]ed|"
    r"injuries\s+to|injur(?:y|ies)\s+of|wounding\s+of|hospitali[sz]ing|"
    r"leaving|left)|(?P<s>shot|shooting|shoots|shoot|hitting|striking))"
    r"(?:\s+(?:a\s+total\s+of|an?\s+estimated|another|a\s+further|"
    r"an\s+additional|all|both|at\s+least\s+another))?\s*$",
    re.IGNORECASE,
)
# "the death toll rose to 95", "the number of injured reached 300"
_TOLL_BEFORE = re.compile(
    r"\b(?:(?P<k>death\s+(?:toll|count|tally)|toll|number\s+of\s+(?:the\s+)?dead|number\s+of\s+deaths|"
    r"number\s+of\s+(?:people|those)\s+killed|number\s+killed|number\s+of\s+lives\s+lost|"
    r"fatalities|dead|deaths|death(?=\s+from\s)|"
    r"killed)|(?P<i>number\s+of\s+(?:the\s+)?(?:injured|wounded)|number\s+of\s+injuries|"
    r"injury\s+(?:toll|count|tally|figure)|injured|wounded|injuries))"
    r"(?P<mid>(?:(?!\b(?:toll|dead|deaths|killed|injured|wounded|injuries)\b)[^.;:]){0,160}?)\b(?:to|at|of|reached|hit|is|was|were|stands|stood|"
    r"surpassed|passed|exceeded|topped|now|numbered|totall?ed|rose|climbed)"
    r"(?:\s+(?:a\s+total\s+of|an\s+estimated))?\s*$",
    re.IGNORECASE,
)
_REVISION = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|increases|jumped|"
    r"reached|revised|raised|raising|bringing|brings|brought|updated|surpassed|passed|"
    r"exceeded|topped|grew|grown|mounted|has\s+now|now\s+stands|lowered|fell|dropped|"
    r"later|subsequently)\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(
    r"\b(?:in\s+total|in\s+all|total\s+of|altogether|overall|combined|total|"
    r"totall?ing|totall?ed)\b",
    re.IGNORECASE,
)
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|includes|included|among\s+them|among\s+the\s+(?:dead|injured|wounded|"
    r"victims)|of\s+whom|"
    r"of\s+them|among\s+those|most\s+of\s+them|mostly|of\s+the\s+(?:dead|injured|wounded))"
    r"[\s\w,'’-]{0,30}$",
    re.IGNORECASE,
)
# ", including three children," is a breakdown of the figure before it
SUBSET_CLAUSE = re.compile(
    r"(?:,|\(|\s[-–—])\s*(?:including|among\s+them|among\s+whom|of\s+whom|most\s+of\s+them|"
    r"many\s+of\s+them|mostly|mainly|among\s+the\s+(?:dead|victims|injured))\b[^,.;()]*?"
    r"(?:,|\)|\s[-–—]|(?=[.;]|$)|(?=\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|dead|shot)\b)|(?=\s+(?:dead|injured|wounded)\s*[,.;]))",
    re.IGNORECASE,
)
# "Seven people, including four policemen, a nurse, and two passengers were killed": a
# breakdown listed between the figure and its verb (commas and all)
_LISTED_SUBSET = re.compile(
    r"\b(?:\d[\d,]*|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[a-z]+s|people|men|women|children)"
    r"(?P<clause>,\s+(?:including|among\s+them)\b"
    r"(?:(?!\b(?:were|was)\s+(?:\w+ly\s+)?(?:killed|dead|wounded|injured|hurt|shot)\b)"
    r"[^.;]){1,400}?)"
    r"(?=,?\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|dead|wounded|"
    r"injured|hurt|shot)\b)",
    re.IGNORECASE,
)
# "Two other workers, Joseph Nduati and Peter Maina, were injured": the victims' names
_NAME_WORDS = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
_NAMED_APPOSITION = re.compile(
    r"(?i:\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[a-z]+s|people|men|women|children))"
    rf"(?P<clause>,\s+{_NAME_WORDS}(?:(?:,\s+|,?\s+and\s+){_NAME_WORDS})*,)"
    r"(?=\s+(?:were|was|have\s+been|had\s+been|are)\s+(?:\w+ly\s+)?(?:killed|dead|wounded|"
    r"injured|hurt|shot|hospitali[sz]ed)\b)"
)
#: a forecast, not a count: "predicted the death toll may increase to more than 50"
_FORECAST_TOLL = re.compile(
    r"\b(?:may|could|might|would|(?:is|are|was|were)\s+(?:likely|expected|feared)\s+to)\s+"
    r"(?:\w+\s+)?(?:rise|increase|climb|go\s+up|reach|exceed|top)\s+(?:to\s+)?"
    r"(?:(?:more\s+than|over|above|at\s+least)\s+)?[\w,-]+",
    re.IGNORECASE,
)
_NATIONWIDE = re.compile(
    r"[^.;]{0,25}?\b(?:across|throughout)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:country|nation)\b|[^.;]{0,25}?\bnationwide\b",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
    r"Oct|Nov|Dec)\b\.?(?:,?\s+\d{4}\b)?"
)
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—.;:]{1,90}\s[-–—]\s|\([^()]{1,90}\)")
# "wounding several others", "many people were hurt": no number to code (ACLED maps only
# tens, dozens, scores, hundreds), but the evidence says so
_VAGUE_Q = (
    r"(?P<q>several|many|numerous|multiple|a\s+number\s+of|a\s+few|some|other|"
    r"countless|an\s+unknown\s+number\s+of)"
)
_VAGUE_BEFORE = re.compile(
    r"\b(?:(?P<k>killing|killed|murdering|murdered)|(?P<i>wounding|wounded|injuring|injured|"
    r"hurting|hurt))\s+" + _VAGUE_Q + r"\s+(?:other\s+|more\s+)?(?:[\w-]+\s+)?"
    r"(?:people|others|persons|victims|civilians|bystanders|passers-by|[a-z]+s)\b",
    re.IGNORECASE,
)
_VAGUE_AFTER = re.compile(
    r"\b" + _VAGUE_Q + r"\s+(?:other\s+|more\s+)?(?:[\w-]+\s+){0,2}?(?:were|was|have\s+been|"
    r"had\s+been|are)\s+(?:\w+ly\s+|also\s+)?(?:(?P<k>killed|dead|shot\s+dead)|"
    r"(?P<i>injured|wounded|hurt|hospitali[sz]ed))\b",
    re.IGNORECASE,
)
_ATTACKER_NOUN = (
    r"(?:attackers|gunmen|militants|assailants|bombers|terrorists|insurgents|"
    r"hostage-takers|perpetrators)"
)
_N = (
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|twenty|thirty)"
)
# "Security forces killed all four attackers", "two gunmen were shot dead"
_ATTACKERS_KILLED = re.compile(
    r"\b(?:killed|killing|shot\s+dead|shooting\s+dead|neutrali[sz]ed|neutrali[sz]ing)\s+"
    r"(?:all\s+)?(?:the\s+)?"
    + _N
    + r"\s+(?:of\s+the\s+)?(?:\w+\s+)?[\"“]?"
    + _ATTACKER_NOUN
    + r"\b|"
    r"\b(?:all\s+)?"
    + _N.replace("?P<n>", "?P<n2>")
    + r"\s+(?:of\s+the\s+)?(?:\w+\s+)?"
    + _ATTACKER_NOUN
    + r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+|later\s+)?(?:killed|shot\s+dead)\b",
    re.IGNORECASE,
)
# "both gunmen killed themselves", "the three attackers committed suicide" (not suicide
# bombers: a bombing's toll is told as reported, the seed's "two suicide bombers" included)
_ATTACKERS_SUICIDE = re.compile(
    r"\b(?P<n>both|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+the\s+)?"
    r"(?:\w+\s+)?(?:" + _ATTACKER_NOUN[3:-1] + r"|shooters|suspects|killers|stabbers|"
    r"men|women|brothers|teens|teenagers|students|boys|youths)\s+"
    r"(?:then\s+|later\s+|also\s+|had\s+|have\s+)?(?:killed\s+themselves|shot\s+themselves|"
    r"committed\s+suicide|took\s+their\s+own\s+lives)\b",
    re.IGNORECASE,
)
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:(?P<part>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+"
    r"(?:the\s+|those\s+)?)?"
    r"(?P<n>the|one|a|two|three|four|five|\d+)\s+(?:of\s+the\s+)?(?:wounded|injured)"
    r"(?:\s+(?:victims?|people|persons|men|women|man|woman|person|boys?|girls?|students?))?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:later\s+|subsequently\s+|since\s+)?died\b",
    re.IGNORECASE,
)
# "a business rival, whom he killed": one more victim
_WHOM_KILLED = re.compile(
    r"\b(?<!of\s)whom\s+(?:he|she|they|the\s+\w+)\s+(?:also\s+|later\s+|then\s+)?(?:killed|"
    r"murdered|shot\s+dead|shot\s+and\s+killed|fatally\s+shot|stabbed\s+to\s+death)\b",
    re.IGNORECASE,
)
# "A 6-year-old boy was one of four people, including …, who were killed": the whole toll
_ONE_OF_THE_DEAD = re.compile(
    r"\b(?:was|is|were|are)\s+(?:one|two|three|among)\s+of\s+(?:the\s+)?(?P<n>\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:people|persons|victims|passengers|children|students|workers|men|women|soldiers|"
    r"officers|civilians|pilgrims|fishermen|migrants|tourists)\b[^.;]{0,80}?\bwho\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:killed|shot\s+dead)\b|"
    r"\b(?:was|is|were|are)\s+(?:one|two|three|among)\s+of\s+(?:the\s+)?(?P<n2>\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:people|persons|victims|passengers)\b[^.;]{0,80}?\bwho\s+died\b",
    re.I,
)
# "Two people including the shooter are dead" (no commas around the breakdown)
_INCLUDING_BARE = re.compile(
    r"(?<=\w)\s+(?:including|among\s+them)\s+[^,.;()]{1,40}?(?=\s+(?:are|were|was|is|have|had|"
    r"died|killed|dead|injured|wounded)\b)",
    re.IGNORECASE,
)
_OF_WHOLE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most|all|"
    r"several|many|both|none|each)\s+of\s+(?:(?:his|her|their|the|its|our)\s+)?$",
    re.IGNORECASE,
)
# whom the attacker fired at: "opened fire on the officers", "began shooting his coworkers"
_TARGET = re.compile(
    r"\b(?:opened\s+fire|opening\s+fire|fired|firing|shooting|shot)\s+(?:at|on|into)?\s*"
    r"(?:the\s+|his\s+|her\s+|their\s+|a\s+group\s+of\s+|several\s+|fellow\s+)*"
    r"(?P<t>(?:[\w'’-]+\s+){0,2}?(?:students|classmates|teachers|officers|police|coworkers|"
    r"co-workers|employees|workers|customers|worshippers|worshipers|neighbou?rs|soldiers|"
    r"passengers|patrons|guests|shoppers|diners|protesters|officials|children|pupils|"
    r"deputies|agents|troopers|colleagues|staff|family\s+members|relatives))\b[^.;]{0,80}$",
    re.IGNORECASE,
)
_PREVIOUS = re.compile(
    r"\b(?:from|up\s+from|down\s+from|previously|earlier\s+figure\s+of|"
    r"(?:earlier|initially|previously|first)\s+(?:reporting|reported|said|saying|"
    r"put|gave|giving|announced|counted)\s+(?:that\s+|a\s+toll\s+of\s+|the\s+"
    r"(?:death\s+|injury\s+)?(?:toll|number\s+of\s+\w+)\s+at\s+)?|"
    r"(?:initial|earlier|preliminary|first)\s+(?:reports?|figures?|estimates?|"
    r"tolls?)\s+(?:had\s+)?(?:put|gave|said|suggested|showed|indicated)\s+"
    r"(?:the\s+)?(?:death\s+|injury\s+)?(?:toll|number\s+of\s+\w+)?\s*"
    r"(?:at|as)?\s*(?:between\s+)?)\s*$",
    re.IGNORECASE,
)
_NONE = re.compile(
    r"\b(?:no\s+(?:one|body|people|deaths?|fatalities|casualties|injuries|lives)|nobody|"
    r"no\s+(?:known|reported|confirmed)\s+(?:deaths|fatalities)|"
    r"none\s+of\s+the\s+\w+|(?:killed|killing|injured|injuring|wounded|wounding)\s+"
    r"(?:none|no\s+one|nobody)|"
    # "All policemen remained safe", "everyone on board escaped unhurt"
    r"(?:all|everyone|everybody)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:remained|were|was|"
    r"escaped)\s+(?:safe|unhurt|unharmed|unscathed))\b(?P<rest>[^.;]{0,40})",
    re.IGNORECASE,
)


@dataclass
class CountMention:
    """A figure for the dead or the injured found in the text."""

    kind: str  # "killed" or "injured"
    value: int | None
    high: int | None
    sentence: int
    start: int  # offset in the cleaned report
    end: int
    phrase: str
    qualifier: str | None = None
    vague: bool = False
    revised: bool = False
    total: bool = False
    subset: bool = False
    previous: bool = False
    parts: list[int] = field(default_factory=list)
    how: str = ""
    additive: bool = False
    beside: bool = False  # "wounding another 58" next to the dead: not more of the same
    #: who the victims are ("student", "officer"); empty for "people", "others" or no noun
    group: frozenset[str] = frozenset()


def _kind(m: re.Match[str]) -> str:
    if m.groupdict().get("s"):
        return SHOT
    return INJURED if m.group("i") else KILLED


def _phrase(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]`` (at most ~200 characters each side)."""
    lo = max(0, start - 200)
    a = max(text.rfind(",", lo, start), text.rfind(";", lo, start))
    a = a + 1 if a >= 0 else lo
    window = text[end : end + 200]
    stop = re.search(r"[.;](?=\s+[A-Z\"“]|\s*$)", window)
    b = end + stop.start() if stop else min(len(text), end + 200)
    return text[a:b].strip()


_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTIPLE_KILLING = re.compile(
    r"\b(?P<x>double|triple|quadruple|quintuple)[- ](?:homicides?|murders?|killings?|"
    r"slayings?)\b",
    re.IGNORECASE,
)


_EQUAL_NUMBER = re.compile(
    r"\b(?:an?\s+|the\s+)?(?:equal|same|similar)\s+number\s+(?:of\s+\w+\s+)?(?:were\s+|was\s+|"
    r"have\s+been\s+|had\s+been\s+)?(?:(?P<i>wounded|injured|hurt)|killed|dead)\b",
    re.IGNORECASE,
)
_ALL_ABOARD = re.compile(
    r"\b(?:carrying|with|transporting)\s+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:passengers|people|persons|pilgrims|migrants|workers|students|Indians|villagers|"
    r"soldiers|guests|tourists|children|men|women|on\s+board|aboard)\b[^.;]{0,160}?"
    r"\b(?:killing|killed)\s+all\s+(?:the\s+|its\s+|of\s+the\s+)?(?:\d+\s+)?"
    r"(?:passengers|people|occupants|those\s+(?:on\s+board|aboard)|on\s+board|aboard)\b",
    re.IGNORECASE,
)


#: every casualty rule needs one of these stems: a sentence without any has no figure
#: stems without which a sentence tells no casualty (a cheap first look: plain substring
#: tests on the lowered sentence are ten times faster than one regex alternation)
_CASUALTY_STEMS = (
    "kill",
    "dead",
    "die",
    "death",
    "dying",
    "injur",
    "wound",
    "hurt",
    "toll",
    "live",
    "bod",
    "corpse",
    "martyr",
    "shot",
    "slain",
    "perish",
    "murder",
    "massacr",
    "execut",
    "lynch",
    "drown",
    "fatal",
    "casualt",
    "victim",
    "hospital",
    "stab",
    "behead",
    "succumb",
    "critical",
    "condition",
    "treat",
    "surviv",
    "lost",
    "missing",
    "burn",
    "crush",
    "trampl",
    "hack",
    "beat",
    "admit",
    "rushed",
    "airlift",
    "evacuat",
    "harm",
    "unhurt",
    "unharmed",
    "escap",
    "safe",
    "rescu",
    "fight",
    "shoot",
    "gun",
    "slay",
    "fire",
    "suicid",
    "themselves",
    "himself",
    "herself",
    "neutrali",
)


#: "the toll may have been higher, with seven teachers killed according to some accounts":
#: another estimate of the same toll
_ESTIMATE = re.compile(
    r"\b(?:(?:may|might|could)\s+(?:have\s+been|be)\s+(?:higher|lower)|according\s+to\s+"
    r"(?:some|other)\b|(?:other|separate|conflicting|unconfirmed)\s+(?:reports|accounts|"
    r"estimates|sources)|some\s+(?:reports|accounts|sources)\s+(?:put|said|say|gave))",
    re.IGNORECASE,
)


_UNIT_NUMBER = re.compile(
    r"\b(?:Company|Battalion|Regiment|Brigade|Division|Unit|Squadron|"
    r"Platoon|Route|Highway|No\.|Number|Flight|Gate|Ward|Sector|Block)\s+$"
)


_UNIT_ID = re.compile(_UNIT_NUMBER.pattern.replace(r"\s+$", r"\s+\d+\b"))


_FROM_UNIT = re.compile(
    r"(?<=[a-z])\s+(?:from|of)\s+(?:an?|the|their)\s+(?:[\w-]+\s+)?(?:patrol|"
    r"unit|convoy|squad|platoon|detachment)\b(?=\s+(?:were|was|had|have)\b)"
)


def _mask_breakdowns(text: str) -> str:
    """``text`` with breakdowns of a figure and asides blanked out (offsets kept)."""
    found = [*_LISTED_SUBSET.finditer(text)] if ("ncluding" in text or "mong" in text) else []
    if ", " in text:
        found += _NAMED_APPOSITION.finditer(text)
    for m in found:
        a, b = m.span("clause")
        text = text[:a] + " " * (b - a) + text[b:]
    text = SUBSET_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)
    if " from " in text or " of " in text:
        # "seven soldiers from a 10-man patrol were shot dead": the unit is no part of it
        text = _FROM_UNIT.sub(lambda m: " " * len(m.group(0)), text)
    return _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)), text)


def find_counts(sent: Sentence) -> list[CountMention]:
    """The killed/injured figures of one sentence (each number at most once)."""
    if not has_any(sent.text, _CASUALTY_STEMS):
        return []
    text = _mask_breakdowns(sent.text)
    text = _INCLUDING_BARE.sub(lambda m: " " * len(m.group(0)), text)
    if has_any(text, ("may ", "ould ", "ight ", "likely", "expected", "feared")):
        text = _FORECAST_TOLL.sub(lambda m: " " * len(m.group(0)), text)
    found = find_numbers(text)
    numbers = [
        n
        for n in found
        if not re.search(r"\b(?:no|not)\s*$", text[max(0, n.start - 5) : n.start], re.I)
        # "Ranger Forces Company 4511", "Battalion 52": a unit's number
        and not _UNIT_NUMBER.search(text[max(0, n.start - 12) : n.start])
        # "four of her eight children": eight is the family, not the victims
        and not _OF_WHOLE.search(text[max(0, n.start - 40) : n.start])
        # "home to 8,000 residents": a population
        and not re.match(
            r"\s+(?:inhabitants|people\s+live|households|homes|houses|"
            r"dwellers|(?:residents|villagers|people)\s+(?:live|lived|living))\b",
            text[n.end : n.end + 24],
            re.I,
        )
        and not re.search(
            r"\b(?:home\s+to|population\s+of|town\s+of|city\s+of|"
            r"village\s+of|capacity\s+of)\s+(?:about\s+|some\s+|around\s+|"
            r"nearly\s+|over\s+|more\s+than\s+)?$",
            text[max(0, n.start - 30) : n.start],
            re.I,
        )
        # "13 members of one family": the family, not a toll
        and not (
            re.search(r"\bof\s+$", text[max(0, n.start - 4) : n.start])
            and re.match(
                r"\s+(?:famil(?:y|ies)|households?|clans?)\b", text[n.end : n.end + 12], re.I
            )
        )
        # "in the first six months of 2010": a year
        and not (
            re.fullmatch(r"(?:19|20)\d\d", n.text.strip())
            and re.search(
                r"\b(?:in|of|since|during|by|until|till|from|early|late|mid-?|year|"
                r"January|February|March|April|May|June|July|August|September|October|"
                r"November|December)\s*$",
                text[max(0, n.start - 12) : n.start],
                re.I,
            )
        )
        # "The teacher, 52, died": an age in apposition
        and not (
            re.fullmatch(r"\d{1,3}", n.text.strip())
            and re.search(r"[A-Za-z]\s*,\s*$", text[max(0, n.start - 5) : n.start])
            and re.match(r"\s*,", text[n.end : n.end + 3])
        )
    ]
    out: list[CountMention] = []
    assigned: dict[int, CountMention] = {}
    for i, num in enumerate(numbers):
        before = text[max(0, num.start - 160) : num.start]
        next_start = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
        reach = num.end + 150
        if "   " in text[num.end : reach]:  # a masked breakdown does not count for the distance
            reach += sum(len(m.group(0)) for m in re.finditer(r" {3,}", text[num.end : reach]))
        after = text[num.end : min(next_start, reach)]
        kind = None
        how = ""
        among = False
        also = False
        revised = False
        total = bool(_TOTAL.search(before[-25:]))
        mb = _KEY_BEFORE.search(before)
        left = mb is not None and re.match(r"^\s*(?:left|leaving)", mb.group(0), re.I)
        lost_things = (
            mb is not None
            and mb.group(0).rstrip().endswith("lost")
            and not re.match(
                r"\s+(?:(?:of\s+)?(?:our|their|his|her)\s+)?(?:people|persons|lives|members|"
                r"relatives|soldiers|policemen|officers|men|women|children|villagers|residents|"
                r"colleagues|comrades|fighters|troops)\b",
                after,
                re.I,
            )
        )
        if (
            mb
            and (mb.group("k") or mb.group("i") or mb.group("s"))
            and not left
            and not (lost_things)
        ):
            kind, how = _kind(mb), "verb before the number"
            if re.match(r"fatalities\s+to", mb.group(0), re.I):
                revised = bool(_REVISION.search(before[-60:]))  # "raised … fatalities to six"
        elif mb:  # "left 284 (others) injured/dead": decided by the word after
            ma = re.match(
                r"^(?:\s+[\w'’-]+){0,3}?\s+(?P<w>dead|injured|wounded|hurt|killed|"
                r"with\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b",
                after,
                re.I,
            )
            if ma and re.search(r"\b(?:missing|unaccounted|trapped)\b", ma.group(0), re.I):
                ma = None  # "leaving 100 missing and feared dead": not (yet) a toll
            if ma:
                kind = KILLED if ma.group("w").lower() in ("dead", "killed") else INJURED
                how = "left … dead/injured"
        if kind is None:
            mt = _TOLL_BEFORE.search(before)
            if mt:
                kind, how = _kind(mt), "toll"
                if re.match(r"\s+(?:people\s+|others\s+)?(?:wounded|injured|hurt)\b", after, re.I):
                    kind = INJURED  # "put the toll at 18 wounded"
                # "… the toll rose to", "bringing the death toll to"
                revised = bool(
                    _REVISION.search(mt.group(0))
                    or re.search(
                        r"\b(?:bringing|brings|brought|raising|raised|taking|took|pushing|pushed)"
                        r"\s+(?:the\s+)?(?:\w+\s+)?$",
                        before[max(0, mt.start() - 30) : mt.start()],
                        re.I,
                    )
                )
        if kind is None:
            cut = re.split(r"[.;:!?()\[\]]|\s[-–—]\s", after, maxsplit=1)[0]
            for mk in _KEY_AFTER.finditer(cut):
                gap = cut[: mk.start()]
                # "three of (the) four members ...": the whole is not counted in the gap
                whole = re.match(
                    r"\s+of\s+(?:(?:the|his|her|their|its)\s+)?(?P<w>[\w-]+)\s+", gap, re.I
                )
                short = (
                    gap[whole.end() :]
                    if whole and (whole.group("w").isdigit() or words_to_int(whole.group("w")))
                    else gap
                )
                # "20 residents of a remote village in Borno were killed"
                located = re.match(
                    r"\s+(?:people|residents|villagers|civilians|worshippers|passengers|members|"
                    r"students|workers|soldiers|pilgrims|guests|fishermen|miners|children|crew|"
                    r"labou?rers|employees|staff|guards|officers|policemen|farmers|traders|"
                    r"personnel|troops|engineers|teachers|others|men|women|persons|jawans|commandos|"
                    r"officials|fighters|militiamen|recruits|cadets)\s+"
                    r"(?:of|from|in|at|aboard|on\s+board|on|inside)\s+[^,.;:]{1,120}?\s+(?:were|was|"
                    r"are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:found\s+)?$|"
                    r"\s+(?:members|personnel|soldiers|officers|troops)\s+of\s+[^,.;:]{1,80}?\s+"
                    r"(?:sustained|suffered|received)\s+(?:\w+\s+)?$|"
                    # "8 people among them the district commissioner … were killed"
                    r"\s+(?:[\w-]+\s+){1,3}?(?:among\s+them|among\s+whom)\s+[^,.;:]{1,140}?\s+"
                    r"(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
                    gap,
                    re.I,
                )
                bare = _UNIT_ID.sub(" ", short)  # "Company 4511" is no figure
                if re.search(
                    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                    r"twelve)\b",
                    bare,
                    re.I,
                ):
                    break  # "12 people were rescued, four perished": the keyword is the four's
                if (len(short.split()) > 6 and not located) or _BAD_GAP_WORD.search(
                    gap if not located else gap[: gap.find(" of ") + 1]
                ):
                    break
                if re.search(r"\b(?:and|or|but)\s*$", gap, re.I) and gap.strip() not in ("and",):
                    break  # "killed 16 people and wounded 32": "wounded" has its own number
                word = mk.group(0).lower()
                if (
                    word
                    in (
                        "killed",
                        "wounded",
                        "injured",
                        "shot dead",
                        "murdered",
                        "massacred",
                        "executed",
                    )
                    and not re.search(
                        r"\b(?:were|was|been|being|are|is|be|all|also|reportedly|later|"
                        r"confirmed|reported)\s*$",
                        gap,
                        re.I,
                    )
                    and _ACTIVE_OBJECT.match(text[num.end + mk.end() :])
                    and not (
                        not gap.strip()
                        and re.match(
                            r"\s+(?:people|persons|victims|civilians|others)\b",
                            text[num.end + mk.end() :],
                            re.I,
                        )
                    )
                ):
                    break  # "two men killed three": the number counts the attackers
                kind, how = _kind(mk), "word after the number"
                if kind == KILLED and re.match(
                    r"\s*(?:,|\s(?:and|or|and/or))\s+(?:were\s+)?(?:wounded|injured|hurt)\b(?!\s+\d)",
                    cut[mk.end() :],
                    re.I,
                ):
                    # "25 people were killed and wounded": the casualties, not the dead
                    kind, how = CASUALTIES, "killed and wounded together"
                among = bool(re.search(r"\bamong\b|^\s+of\s+(?:the|them|those)\b", gap, re.I))
                also = bool(re.search(r"\balso\b", gap, re.I))  # "two sons were also shot"
                revised = bool(_REVISION.search(gap))
                break
        if re.match(
            r"\s+(?:the\s+)?(?:number|toll)\s+of\s+(?:people\s+|persons\s+|those\s+|"
            r"victims\s+)?(?:killed|dead)\b",
            after,
            re.I,
        ):
            # "raising to 64 the number of people killed"
            kind, how = KILLED, "toll"
            revised = revised or bool(
                re.search(r"\b(?:rais|bring|tak|push)\w*\s+(?:it\s+)?to\s*$", before[-30:], re.I)
            )
        if kind is None:
            continue
        if re.search(r"\b(?:would|could|might|may)\s+(?:have\s+)?(?:\w+\s+)?$", before[-30:], re.I):
            continue
        group = None
        if not re.search(r"\b(?:the|all|both|these|those|its|their)\s*$", before, re.I) and (
            not re.match(r"\s+of\s+(?:them|whom|those|the)\b", after, re.I)
        ):
            # who the figure counts: "killing three students", "two officers were killed"
            noun = re.split(
                r"[,;:]|\s(?:and|or|in|at|on|near|before|after|when|while|including|"
                r"during|who|were|was|are|is|had|have|killed|injured|wounded|"
                r"dead|died)\b",
                after,
                maxsplit=1,
            )[0]
            group = victim_group(noun[:50])
            if group is None and how == "verb before the number" and not re.search(r"\w", noun):
                # "opened fire on the officers, injuring one": the people fired at
                target = _TARGET.search(before)
                if target:
                    group = victim_group(target.group("t"))
        mention = CountMention(
            kind=kind,
            value=num.value if num.qualifier != "max" else None,
            high=num.high,
            sentence=sent.index,
            start=sent.start + num.start,
            end=sent.start + num.end,
            phrase=_phrase(sent.text, num.start, num.end),
            qualifier=num.qualifier,
            vague=num.vague,
            revised=revised,
            total=total,
            # (a country's toll of the day, "110 deaths Monday across the nation", counts
            # only when nothing nearer is told)
            subset=bool(_SUBSET_BEFORE.search(before)) or among or bool(_NATIONWIDE.match(after)),
            previous=bool(_PREVIOUS.search(before)),
            how=how,
            group=frozenset([group]) if group else frozenset(),
            additive=also and kind == SHOT,
        )
        out.append(mention)
        assigned[i] = mention
    # ellipsis: "Two people were killed in Kharkiv and three in Zaporizhzhia"
    for i in range(1, len(numbers)):
        if i in assigned or i - 1 not in assigned:
            continue
        between = text[numbers[i - 1].end : numbers[i].start]
        after = text[numbers[i].end : numbers[i].end + 40]
        # "45 killed in Colombo, … along with another 67 in the church attack in Negombo"
        further = r"(?:another|a\s+further|an?\s+additional)"
        another = bool(
            re.search(rf"\b(?:along\s+with|with|and|plus|while)\s+(?:{further}\s+)?$", between)
            and (re.search(rf"{further}\s+$", between) or re.match(further, numbers[i].text))
            and re.match(
                r"\s+(?:more\s+|others?\s+|people\s+)?(?:in|at|near)\s+(?:the\s+)?"
                r"(?:[a-z]+\s+){0,3}?(?:(?:in|at|near)\s+)?[A-Z]",
                after,
            )
            and len(between) < 200
        )
        if (
            another
            or re.search(
                r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
                r"\s*(?:,\s*|\s+)(?:and\s+|while\s+|with\s+)?(?:another\s+)?$",
                between,
            )
            and (
                len(between) < 90
                and re.match(
                    r"\s+(?:(?:more|others?|people|civilians)\s+)?"
                    r"(?:in|at|near)\s+(?:the\s+)?[A-Z]",
                    after,
                )
            )
        ):
            prev = assigned[i - 1]
            ellipsis = CountMention(
                kind=prev.kind,
                value=numbers[i].value,
                high=numbers[i].high,
                sentence=sent.index,
                start=sent.start + numbers[i].start,
                end=sent.start + numbers[i].end,
                phrase=_phrase(sent.text, numbers[i].start, numbers[i].end),
                qualifier=numbers[i].qualifier,
                vague=numbers[i].vague,
                how="figure for another place",
            )
            out.append(ellipsis)
            assigned[i] = ellipsis
    # "a total of five injured and one dead": the total covers the coordinated figure
    for i in range(1, len(numbers)):
        if (
            i in assigned
            and i - 1 in assigned
            and assigned[i - 1].total
            and re.fullmatch(
                r"(?:\s+[\w'’-]+){0,3}?\s*(?:,|,?\s+and)\s+",
                text[numbers[i - 1].end : numbers[i].start],
                re.I,
            )
        ):
            assigned[i].total = True
    # parts: "two police officers and three civilians were killed"
    for i in range(len(numbers) - 2, -1, -1):
        if i in assigned or i + 1 not in assigned:
            continue
        nxt = assigned[i + 1]
        between = text[numbers[i].end : numbers[i + 1].start]
        if (
            nxt.how == "word after the number"
            and re.fullmatch(r"(?:\s+[\w'’-]+){0,3}?\s*(?:,|,?\s+and)\s+", between, re.I)
            and (not _BAD_GAP_WORD.search(between))
            and not re.search(r"\b(?:were|was|are|is|have|has|had)\b", between, re.I)
        ):
            # (not "two motorcycles were destroyed, and one child drowned": another clause)
            parts = [numbers[i].value, *(nxt.parts or [nxt.value or 0])]
            nxt.parts = parts
            nxt.value = sum(parts)
            nxt.start = sent.start + numbers[i].start
            assigned[i] = nxt
    for none in _NONE.finditer(text):
        word = none.group(0).lower()
        rest = none.group("rest").lower()
        kinds = []
        unhurt = re.search(r"\b(?:safe|unhurt|unharmed|unscathed)\b", word)
        if unhurt or re.search(r"death|fatalit|killed|dead|died|lives|casualt", word + rest):
            kinds.append(KILLED)
        if unhurt or re.search(r"injur|wound|hurt|casualt", word + rest):
            kinds.append(INJURED)
        for k in kinds:
            out.append(
                CountMention(
                    kind=k,
                    value=0,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + none.start(),
                    end=sent.start + none.end(),
                    phrase=none.group(0).strip(),
                    how="none reported",
                )
            )
    for m in _ATTACKERS_KILLED.finditer(text):
        # GTD and ACLED count the attackers' deaths too
        if re.search(
            r"\b(?:including|among\s+them|counting)\s+(?:the\s+)?(?:\w+\s+)?"
            r"(?:attackers|gunmen|militants|assailants|bombers)",
            sent.text,
            re.I,
        ):
            continue
        word = m.group("n") or m.group("n2")
        value = words_to_int(word) if word else None
        overlap = [
            c
            for c in out
            if c.kind == KILLED
            and c.start < sent.start + m.end()
            and sent.start + m.start() < c.end
        ]
        # ("killed 20 militants" read already as a subset, or as figures of the militants)
        if value and all(c.subset or c.group == frozenset(["militant"]) for c in overlap):
            out = [c for c in out if c not in overlap]
            out.append(
                CountMention(
                    kind=KILLED,
                    value=value,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + m.start(),
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="attackers killed",
                    additive=True,
                    group=frozenset(["attacker"]),
                )
            )
    for m in _ATTACKERS_SUICIDE.finditer(text):
        # GTD and ACLED count the attackers who killed themselves too
        if re.search(r"\b(?:including|among\s+them|counting)\b", sent.text[: m.start()], re.I):
            continue  # "20 dead, including three bombers who blew themselves up"
        word = m.group("n").lower()
        value = 2 if word == "both" else words_to_int(word)
        if value and not any(
            c.kind == KILLED and c.start <= sent.start + m.start() < c.end for c in out
        ):
            out.append(
                CountMention(
                    kind=KILLED,
                    value=value,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + m.start(),
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="attackers killed",
                    additive=True,
                    group=frozenset(["attacker"]),
                )
            )
    for m in _DIED_OF_WOUNDS.finditer(text):
        if re.search(
            r"\b(?:none|no\s+one|nobody|neither)\s+(?:of\s+)?(?:the\s+)?\w*\s*$",
            text[max(0, m.start() - 25) : m.start()],
            re.I,
        ) or re.search(r"\b(?:none|no\s+one|nobody|neither)\s+of\b", m.group(0), re.I):
            continue  # "none of the injured had died"
        # "The wounded victim later died": one injured becomes one dead
        n = (
            1
            if not m.group("n") or m.group("n").lower() in ("the", "one", "a")
            else (words_to_int(m.group("n")) or 0)
        )
        if m.group("part"):  # "three of the four injured students died"
            n = words_to_int(m.group("part")) or 0
        if n:
            a = sent.start + m.start()
            phrase = _phrase(sent.text, m.start(), m.end())
            # a revised toll after it ("bringing the death toll to five") already has them
            told = bool(_REVISION.search(text[m.end() : m.end() + 60].replace("later", "")))
            # "Four injured victims later died": "four injured" is not a figure of its own
            out = [
                c
                for c in out
                if not (c.kind == INJURED and c.value == n and a <= c.start < sent.start + m.end())
            ]
            for kind, value in ((KILLED, n), (INJURED, -n)):
                if kind == KILLED and told:
                    continue
                out.append(
                    CountMention(
                        kind=kind,
                        value=value,
                        high=None,
                        sentence=sent.index,
                        start=a,
                        end=sent.start + m.end(),
                        phrase=phrase,
                        how="died of wounds",
                        additive=True,
                    )
                )
    for m in _ONE_OF_THE_DEAD.finditer(sent.text) if " of " in sent.text else ():
        value = words_to_int(m.group("n") or m.group("n2"))
        a = sent.start + m.start()
        if value and not any(c.kind == KILLED and (c.value or 0) >= value for c in out):
            out = [c for c in out if not (c.kind == KILLED and a <= c.start < sent.start + m.end())]
            out.append(
                CountMention(
                    kind=KILLED,
                    value=value,
                    high=None,
                    sentence=sent.index,
                    start=a,
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="one of the dead",
                )
            )
    for m in _WHOM_KILLED.finditer(text):
        a = sent.start + m.start()
        if not any(c.kind == KILLED and abs(c.start - a) < 20 for c in out):
            out.append(
                CountMention(
                    kind=KILLED,
                    value=1,
                    high=None,
                    sentence=sent.index,
                    start=a,
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="listed victims",
                    group=frozenset([f"whom@{a}"]),
                )
            )
    enums = find_enumerations(sent, [(c.start, c.end) for c in out])
    for e in enums:
        inside = [c for c in out if c.kind == e.kind and e.start <= c.start < e.end]
        if e.parts and inside:
            out = [c for c in out if c not in inside]
        elif inside:
            continue
        if any(
            c.kind == e.kind
            and c.value == e.value
            and abs(c.start - e.start) < 40
            and c.start < e.end
            and e.start < c.end
            for c in out
        ):
            continue
        out.append(e)
    for m in re.finditer(
        r"\b(?:killing|killed)\s+(?:them\s+all|all\s+of\s+them|"
        r"everyone|them(?!\s+(?:both|and)\b))\b",
        text,
        re.I,
    ):
        shots = [c for c in out if c.kind == SHOT and c.end <= sent.start + m.start() and c.value]
        if shots:
            out.append(
                CountMention(
                    kind=KILLED,
                    value=shots[-1].value,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + m.start(),
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, shots[-1].start - sent.start, m.end()),
                    how="all of those shot",
                    group=shots[-1].group,
                )
            )
    # "Five people were killed and an equal number were wounded"
    for m in _EQUAL_NUMBER.finditer(text) if "number" in text else ():
        kind = INJURED if m.group("i") else KILLED
        other = [
            c
            for c in out
            if c.kind != kind and c.kind != SHOT and c.value and c.end <= sent.start + m.start()
        ]
        a, b = sent.start + m.start(), sent.start + m.end()
        out = [c for c in out if not (c.kind == kind and a <= c.start < b)]  # "an" is not 1
        if other and not any(c.kind == kind for c in out):
            out.append(
                CountMention(
                    kind=kind,
                    value=other[-1].value,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + m.start(),
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="an equal number",
                )
            )
    # "a bus carrying 52 Quechua Indians plunged off a cliff, killing all passengers"
    for m in _ALL_ABOARD.finditer(text) if " all " in text else ():
        load = words_to_int(m.group("n").replace(",", ""))
        if load and not any(c.kind == KILLED and c.value for c in out):
            out.append(
                CountMention(
                    kind=KILLED,
                    value=load,
                    high=None,
                    sentence=sent.index,
                    start=sent.start + m.start("n"),
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    how="all those aboard",
                )
            )
    for rx in (_VAGUE_BEFORE, _VAGUE_AFTER):
        for m in rx.finditer(text):
            kind = INJURED if m.group("i") else KILLED
            a = sent.start + m.start("q")
            if any(c.kind == kind and abs(c.start - a) < 30 for c in out):
                continue
            out.append(
                CountMention(
                    kind=kind,
                    value=None,
                    high=None,
                    sentence=sent.index,
                    start=a,
                    end=sent.start + m.end(),
                    phrase=_phrase(sent.text, m.start(), m.end()),
                    vague=True,
                    how="vague quantity",
                )
            )
    for m in _MULTIPLE_KILLING.finditer(text):
        # "a triple homicide": three dead (the victim named beside it is one of them),
        # unless the sentence gives a figure as large
        n = _MULTIPLES[m.group("x").lower()]
        if any(c.kind == KILLED and c.value and c.value >= n for c in out):
            continue
        out = [c for c in out if not (c.kind == KILLED and c.value)]
        out.append(
            CountMention(
                kind=KILLED,
                value=n,
                high=None,
                sentence=sent.index,
                start=sent.start + m.start(),
                end=sent.start + m.end(),
                phrase=_phrase(sent.text, m.start(), m.end()),
                how="double/triple killing",
            )
        )
    # "Seven people died in McNairy County, four in Wynne and three in Sullivan": the same
    # kind as the figure before, told for each place
    for num in found:
        a = sent.start + num.start
        if any(c.start <= a < c.end or abs(c.start - a) < 3 for c in out):
            continue
        gap_before = text[max(0, num.start - 12) : num.start]
        if not re.search(r"(?:,|\band)\s*(?:and\s+)?$", gap_before):
            continue
        place_after = re.match(
            r"\s+(?:(?:more|others?|people|persons)\s+)?(?:in|at)\s+"
            r"(?:the\s+)?(?:[a-z]+\s+){0,2}?[A-Z]",
            text[num.end : num.end + 50],
        )
        if not place_after:
            continue
        before_it = [c for c in out if c.end <= a and c.kind in (KILLED, INJURED) and c.value]
        if not before_it or a - before_it[-1].end > 120:
            continue
        out.append(
            CountMention(
                kind=before_it[-1].kind,
                value=num.value,
                high=num.high,
                sentence=sent.index,
                start=a,
                end=sent.start + num.end + place_after.end() - 1,
                phrase=_phrase(text, num.start, num.end + place_after.end()),
                how="elliptical",
                qualifier=num.qualifier,
            )
        )
    later_step = bool(_LATER_STEP.match(sent.text))
    for c in out:
        # "al-Shabab, claiming to have killed fourteen soldiers": the claimant's own figure
        if re.search(
            r"\bclaim(?:s|ed|ing)?\s+(?:that\s+)?(?:(?:it|they|its\s+\w+)\s+)?(?:had\s+)?"
            r"(?:to\s+have\s+)?(?:killed|wounded|injured)\s+(?:at\s+least\s+)?$",
            sent.text[max(0, c.start - sent.start - 60) : c.start - sent.start],
            re.I,
        ):
            c.previous = True
        # "after earlier reporting 11 dead and six wounded": both figures are the earlier ones
        if not c.previous and any(
            o.previous
            and o.end <= c.start
            and re.fullmatch(
                r"\s*(?:[\w-]+\s+){0,2}?(?:and|,)\s*",
                sent.text[o.end - sent.start : c.start - sent.start],
            )
            for o in out
        ):
            c.previous = True
        if re.match(
            r"\s*(?:[\w-]+\s+)?(?:bodies|corpses)\b",
            sent.text[c.end - sent.start : c.end - sent.start + 20],
            re.I,
        ):
            c.group = frozenset()  # "eight bodies were retrieved": the dead told again

        # "killing 11 people and wounding another 58": "another" sets the wounded beside
        # the dead just told, it adds nothing to an earlier wounded figure
        def _more(o: CountMention) -> bool:
            o_lead = sent.text[max(0, o.start - sent.start - 40) : o.start - sent.start]
            o_tail = sent.text[o.end - sent.start : o.end - sent.start + 12]
            return bool(_ADDITIVE.search(o_lead) or re.match(r"\s+more\b", o_tail, re.I))

        beside = not _LATER_STEP.match(sent.text) and any(
            o.kind != c.kind
            and o.end <= c.start
            and c.start - o.end < 60
            and o.kind in (KILLED, INJURED)
            and not _more(o)
            for o in out
        )
        if beside and c.kind in (KILLED, INJURED):
            lead_b = sent.text[max(0, c.start - sent.start - 40) : c.start - sent.start]
            own_b = sent.text[c.start - sent.start : c.end - sent.start]
            tail_b = sent.text[c.end - sent.start : c.end - sent.start + 20]
            if (
                re.search(r"\b(?:another|an\s+additional|a\s+further)\s*$", lead_b, re.I)
                or re.match(r"(?:another|an\s+additional|a\s+further)\b", own_b, re.I)
                or re.match(r"\s+(?:more|others?)\b", tail_b, re.I)
            ):
                c.beside = True  # "12 were killed and 58 more were injured"
        # "him", "her", "them": someone named before, a group of their own per mention
        c.group = frozenset(f"{g}:{c.start}" if g.startswith("pronoun") else g for g in c.group)
        lead = sent.text[max(0, c.start - sent.start - 40) : c.start - sent.start]
        own = sent.text[c.start - sent.start : c.end - sent.start]
        tail = sent.text[c.end - sent.start : c.end - sent.start + 30]
        if c.beside:
            c.additive = False
        elif c.how == "verb before the number" and (
            _ADDITIVE.search(lead)
            or re.match(r"(?:another|an\s+additional|a\s+further)\b", own, re.I)
            or re.match(r"\s+(?:more|other\s+(?!than)\w+)\b", tail, re.I)
            # "slaughtered the village head and killed eight others"
            or (
                c.kind == KILLED
                and re.match(r"\s+others\b", tail, re.I)
                and any(o.kind == KILLED and o.end <= c.start for o in out)
            )
        ):
            c.additive = True  # "killing two more", "killed two other people"
        elif c.how == "word after the number" and re.match(r"\s+more\b", tail, re.I):
            c.additive = True  # "rescuers found two more bodies"
        elif later_step and c.how in ("verb before the number", "listed victims"):
            c.additive = True  # "He then drove to a church and killed two"
    # "A soldier was injured … and rushed to hospital, where he succumbed": he died
    out = [
        c
        for c in out
        if not (
            c.kind == INJURED
            and c.value == 1
            and re.search(
                r"^[^;]{0,120}?\b(?:where|and|but|before)\s+(?:he|she)\s+(?:later\s+)?(?:succumbed|died)|"
                r"^[^;]{0,80}?\bwho\s+(?:later\s+)?(?:succumbed|died)",
                sent.text[c.end - sent.start :],
                re.I,
            )
        )
    ]
    if _ESTIMATE.search(sent.text):
        for c in out:
            c.group = frozenset()  # another source's estimate of the same toll, not more victims
    out.sort(key=lambda c: c.start)
    seen: set[int] = set()
    unique: list[CountMention] = []
    for mention in out:
        if id(mention) not in seen:
            seen.add(id(mention))
            unique.append(mention)
    return unique


# "killed his wife and two daughters", "wounded a vice principal and two students"
_ENUM_VERB = re.compile(
    r"\b(?:(?P<k>killed|killing|kills|murdered|murdering|murders|shot\s+and\s+killed|shooting\s+and\s+"
    r"killing|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|slew|slaying|"
    r"beheaded|beheading|beheads|executed|executing|hacked\s+to\s+death|hacking\s+to\s+death|"
    r"slaughtered|slaughtering|"
    r"(?:result(?:ed|ing|s)\s+in|caus(?:ed|ing|es)|led\s+to|leading\s+to)\s+the\s+deaths?\s+of|"
    r"(?:claim(?:ed|ing|s)|t(?:ook|aking|akes))\s+the\s+lives?\s+of|"
    # "which left two police officers and a civilian dead"
    r"(?:left|leaving|leaves)(?=\s+(?:\w+\s+){1,4}and\s+(?:\w+\s+){1,3}dead\b)|"
    r"fir(?:ed|ing|es)\s+(?:the\s+|several\s+)?fatal\s+(?:shots?|rounds?)\s+(?:at|into|on)|"
    r"(?<!non-)(?<!non)fatally\s+(?:shot|shooting|wounded|wounding|"
    r"stabbed|stabbing))|(?P<i>wounded|wounding|wounds|injured|injuring|injures|"
    r"paraly[sz](?:ed|ing)|hurt|hurting|"
    r"shot\s+and\s+(?:wounded|"
    r"injured)|shooting\s+and\s+(?:wounding|injuring))|(?P<s>shot|shooting|stabbed|stabbing|stabs))"
    r"\s+(?=(?P<obj>[^.;:!?]{2,160}))",
    re.IGNORECASE,
)
_ENUM_END = re.compile(
    r"(?:,?\s+(?:and\s+)?(?:then\s+|later\s+|also\s+)?(?:\w+ly\s+)?(?:wounded|wounding|injured|injuring|"
    r"injures|wounds|wound|injure|injuries|injury|kill|kills|shoots|stabs|murders|"
    r"killed|killing|shot|shooting|hurt|hurting|before|after|as|when|while|because|until|"
    r"during|with|using|in|at|inside|outside|near|on|from|who|whom|which|that|for|including|"
    r"execution-style|then|but|or|since|according|said|says|told|reported|added|were|was|"
    r"are|is|had|have|has|been|would|could|will|dead|to\s+death)\b|"
    r",\s+(?!and\b)(?=\w+ed\b|\w+ing\b)|[,(]\s*(?:including)\b|"
    r",?\s+and\s+(?=[a-z]{3,}ing\b)|"  # "killing two people and trapping 25 others"
    r",?\s+(?:and\s+)?(?:traps?|trapped|trapping|buries|buried|burying|displac\w+|"
    r"strand\w*|leaves?|left|leaving|destroy\w*|damag\w*)\b|"
    r",\s+(?:[\w-]+\s+){1,2}of\s+(?:whom|them|which)\b|"
    r",\s+(?:[\w'’-]+\s+){0,4}(?:said|says|told|reported|added|confirmed|according)\b)",
    re.IGNORECASE,
)
_ONE = re.compile(
    r"^(?:a|an|the|his|her|their|its|one|another|him|her|a\s+third|a\s+fourth|a\s+fifth|"
    r"a\s+second)\b",
    re.IGNORECASE,
)
_PAIR = re.compile(r"\b(?:parents|twins|grandparents|couple)\b", re.IGNORECASE)
_PERSONAL = re.compile(
    r"^(?:(?:his|her|their|a|an|the|another|one|its)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:wife|husband|mother|father|son|daughter|brother|sister|girlfriend|boyfriend|"
    r"ex-wife|ex-husband|ex-girlfriend|partner|child|baby|infant|boy|girl|man|woman|"
    r"[\w-]+-in-law|"
    r"person|teacher|principal|student|officer|policeman|guard|worker|employee|"
    r"supervisor|manager|owner|customer|neighbou?r|friend|relative|cousin|uncle|aunt|"
    r"nephew|niece|grandmother|grandfather|stepfather|stepmother|step-father|"
    r"step-mother|dean|professor|clerk|custodian|janitor|pastor|priest|deputy|sheriff|"
    r"trooper|agent|soldier|victim|patron|passer-by|bystander|resident|co-worker|coworker|"
    r"classmate|roommate|landlord|tenant|nurse|doctor|driver|secretary|receptionist|"
    r"security\s+guard|police\s+officer|one|someone|him|her|(?-i:[A-Z][a-z]+)|"
    r"airman|sailor|marine|serviceman|militiaman|gendarme|volunteer|ranger|cadet|civilian|"
    r"(?:\d{1,3}|[a-z]+)-year-old)$",
    re.IGNORECASE,
)
# a person's name closes the item: "football star Al-Shakeem Woodson", "Officer John Smith"
# (not a place after a preposition: "In Kabul, Ahmad Shah Massoud …")
_NAME = re.compile(
    r"^(?!(?:in|at|on|near|from|inside|outside|across|to|for|by|of)\b)"
    r".*?(?-i:(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)$",
    re.IGNORECASE,
)
_PERSON_NOUN = re.compile(
    r"\b(?:people|persons?|civilians?|soldiers?|troops|police(?:men|man)?|officers?|"
    r"policem[ae]n|guards?|children|child|kids?|boys?|girls?|m[ae]n|wom[ae]n|babies|baby|"
    r"infants?|students?|teachers?|workers?|employees?|worshippers?|pilgrims?|passengers?|"
    r"residents?|villagers?|tourists?|protesters?|demonstrators?|journalists?|reporters?|"
    r"bystanders?|passers-by|victims?|members?|relatives?|wife|husband|sons?|daughters?|"
    r"mother|father|parents|brothers?|sisters?|neighbou?rs?|friends?|customers?|patrons?|"
    r"staff|nurses?|doctors?|medics?|firefighters?|rescuers?|militants?|fighters?|rebels?|"
    r"principal|custodian|janitor|manager|owner|driver|drivers|guests?|shoppers?|others?|"
    r"personnel|agents?|deputies|deputy|troopers?|cousins?|uncle|aunt|grandmother|"
    r"grandfather|girlfriend|boyfriend|partner|spouse|fans?|spectators?|citizens?|"
    r"nationals?|Israelis?|Palestinians?|Americans?|foreigners?|migrants?|refugees?|"
    r"females?|males?|teen(?:ager)?s?|adults?|youths?|toddlers?|twins|kids|"
    r"(?:\d{1,3}|[a-z]+)-year-olds?|"
    r"airm[ae]n|sailors?|marines?|servicem[ae]n|militiam[ae]n|guardsm[ae]n|soldiers?|"
    r"volunteers?|gendarmes?|paramilitar(?:y|ies)|rangers?|cadets?|recruits?|jawans?|"
    r"commandos?|peacekeepers?|constables?(?!\s+(?-i:[A-Z]))|"
    r"professors?|researchers?|co-?workers?|supervisors?|classmates?|pupils?|colleagues?|"
    r"managers?|owners?|clerks?|officials?|diners?|worshipers?|congregants?|patients?|"
    r"visitors?|inmates?|prisoners?|hostages?|security\s+guards?|(?:step)?sons?|"
    r"(?:step)?daughters?|siblings?|grandchildren|grandparents|in-laws|wives|husbands|"
    r"ex-wife|ex-husband|ex-girlfriend|fianc[ée]e?|roommates?|landlords?|tenants?|"
    r"secretar(?:y|ies)|receptionists?|janitors?|custodians?|principals?|deans?|"
    r"pastors?|priests?|sheriffs?|marshals?|mayor|council\s+members?|coaches|coach|"
    r"umpires?|players?|motorists?|pedestrians?|cyclists?|individuals?|persons|"
    r"him|her|them)\b",
    re.IGNORECASE,
)
_NOT_PEOPLE = re.compile(
    r"^(?:himself|herself|themselves|itself|time|fire|shots?|"
    r"rounds?|bullets?|(?:the\s+)?(?:shooter|gunman|gunmen|attackers?|"
    r"perpetrators?|suspects?|assailants?|bombers?|killers?))\b",
    re.IGNORECASE,
)


@dataclass
class _Items:
    total: int | None
    parts: list[int] = field(default_factory=list)
    length: int = 0
    groups: frozenset[str] = frozenset()
    vague: bool = False


_NONE_ITEMS = _Items(None)
# a list item that is the next action, not a victim: "…, set a fire in the cabin"
_NEXT_VERB = re.compile(
    r"(?!(?:several|many|some|numerous|other|others|more|few|dozens|scores|hundreds|"
    r"thousands|a|an|the|his|her|their|its|at|about|nearly|almost|over|up|members|"
    r"relatives|family|friends|people|residents|children|students|bystanders|"
    r"passers-by)\b)(?:then\s+)?[a-z]+(?:ed|[^s])\s+\S"
)
# a plural kin noun without a number: "his sisters", "her children" (at least two)
_KIN_PLURAL = re.compile(
    r"^(?:(?:his|her|their|its)\s+)(?:own\s+|two\s+)?(?:young\s+|teenage\s+|adult\s+|"
    r"elderly\s+|step-?)?(?:sisters|brothers|sons|daughters|children|kids|siblings|"
    r"grandchildren|grandparents|stepchildren|cousins|nephews|nieces|aunts|uncles|"
    r"in-laws|relatives)$|^(?:other\s+)?members\s+of\s+(?:his|her|their|the)\s+[\w'’\s-]{1,30}$",
    re.IGNORECASE,
)
# a prepositional phrase inside a list item: "three professors on his committee, an officer"
_ITEM_PP = re.compile(
    r"\s+(?:on|in|at|from|of|near|inside|outside|with)\s+[^,]{1,50}$", re.IGNORECASE
)
_NOT_HEAD = {
    "more",
    "others",
    "times",
    "this",
    "was",
    "has",
    "his",
    "hers",
    "its",
    "as",
    "whereas",
    "thus",
    "less",
    "plus",
    "across",
    "towards",
    "afterwards",
    "perhaps",
    "overnight",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "rounds",
    "shots",
    "bullets",
    "wounds",
    "injuries",
    "yesterday",
    "earlier",
    "later",
    "together",
    "altogether",
    "instantly",
    "inside",
    "outside",
    "apiece",
    "each",
    "afternoon",
    "morning",
    "evening",
    "tonight",
    "abroad",
    "downstairs",
    "upstairs",
}
_GENERIC = {
    "staff",
    "personnel",
    "crew",
    "member",
    "members",
    "relative",
    "relatives",
    "family",
    "people",
    "person",
    "persons",
    "other",
    "others",
    "victim",
    "victims",
    "individual",
    "individuals",
    "one",
    "someone",
    "casualties",
}


_MILITARY = frozenset(
    {
        "soldier",
        "soldiers",
        "troops",
        "trooper",
        "troopers",
        "servicemen",
        "serviceman",
        "personnel",
        "army",
        "marines",
        "marine",
        "gendarmes",
        "gendarme",
        "paramilitaries",
        "rangers",
        "jawan",
        "jawans",
        "commando",
        "commandos",
        "peacekeeper",
        "peacekeepers",
    }
)
_MILITANT = frozenset(
    {
        "militant",
        "militants",
        "fighters",
        "fighter",
        "insurgents",
        "insurgent",
        "jihadists",
        "jihadist",
        "rebels",
        "rebel",
        "terrorists",
        "terrorist",
        "attackers",
        "attacker",
        "assailants",
        "assailant",
        "gunmen",
        "gunman",
        "taliban",
        "maoists",
        "maoist",
        "naxals",
        "naxal",
        "naxalites",
        "separatists",
        "extremists",
        "bandits",
        "kidnappers",
    }
)


def victim_group(phrase: str) -> str | None:
    """The kind of victim a noun phrase names ("two police officers" → "officer"); ``None``
    for generic words (people, others, victims) or no noun; pronouns give "pronoun"."""
    found = [m.group(0).lower() for m in _PERSON_NOUN.finditer(phrase)]
    if not found:
        # a noun the list lacks: "three cashiers", "a mechanic" (the phrase's last word)
        words = re.findall(r"[A-Za-z][a-z'’-]+", phrase)
        if words and len(words) <= 5:
            last = words[-1].lower()
            if (
                len(last) > 3
                and last not in _NOT_HEAD
                and re.search(r"(?:er|or|ist|ian|ant|ent|ee|ic|man|woman|s)$", last)
            ) or last in _MILITANT:
                found = [last]
        if not found:
            return None
    word = found[-1]
    if word in (
        "police",
        "policeman",
        "policemen",
        "policewoman",
        "policewomen",
        "cop",
        "cops",
        "officers",
    ):
        return "officer"
    if word in _GENERIC:
        return None
    if word in ("him", "her", "them"):
        return "pronoun"
    if word.endswith("men") and word != "women":
        return word[:-3] + "man"
    irregular = {
        "children": "child",
        "women": "woman",
        "wives": "wife",
        "people": "person",
        "policemen": "police",
        "police": "police",
        "staff": "staff",
    }
    if word in irregular:
        return irregular[word]
    if word in _MILITARY:
        return "soldier"  # "a dozen soldiers" and "11 troopers" are the same victims
    if word in _MILITANT:
        return "militant"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


#: an apposition describing a place ("Allen, a suburb of Dallas"), not another victim
_PLACE_APPOSITION = re.compile(
    r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:suburb|town|city|village|district|province|"
    r"region|neighbou?rhood|area|state|county|capital|port|municipality|community|settlement|"
    r"camp|island|market|mall|hotel|school|mosque|church|temple|hospital|base|border)s?\b",
    re.IGNORECASE,
)


def _count_items(obj: str, *, strict: bool = False) -> _Items:
    """Count the victims listed in an object phrase; ``total`` is ``None`` if a part is
    uncountable. Plural kin nouns without a number ("his sisters") count 2 and are vague."""
    # "two men aged 49 and 22": ages, not more victims
    obj = re.sub(
        r"\b(?:aged|ages)\s+\d+(?:\s*(?:,|and|to|-)\s*\d+)*", lambda m: " " * len(m.group(0)), obj
    )
    end = _ENUM_END.search(obj)
    phrase = obj[: end.start()] if end else obj
    # "three professors on his committee, an officer, and …": the phrase goes on past
    # the preposition when a comma brings another victim
    while end and re.match(
        r",?\s+(?:on|in|at|from|near|inside|outside|with)\b", end.group(0), re.I
    ):
        more = re.match(
            r"[^,.;]{1,50},\s+(?:and\s+)?(?=(?:an?|the|his|her|their|one|two|"
            r"three|four|five|six|seven|eight|nine|ten|\d+)\s)",
            obj[end.start() :],
            re.I,
        )
        if not more:
            break
        nxt = _ENUM_END.search(obj, end.start() + more.end())
        item = obj[end.start() + more.end() : nxt.start() if nxt else len(obj)].split(",")[0]
        if re.match(
            r"\s*[\w-]+\s+of\s+(?:whom|them|which)\b", obj[end.start() + more.end() :], re.I
        ):
            break  # "shot seven people in Dallas, two of whom died": a breakdown
        if (
            nxt
            and re.search(
                r"\b(?:said|says|told|reported|added|confirmed|according)\b|"
                r"^\s+(?:in|at|on|from|near|inside|outside)\b",
                nxt.group(0),
                re.I,
            )
        ) or not (_PERSON_NOUN.search(item) or len(item.split()) <= 4):
            break
        if (
            not _PERSON_NOUN.search(item)
            and (
                _PLACE_APPOSITION.match(item)
                # "a civilian in Chhattisgarh, a hotbed of left-wing extremism"
                or re.match(
                    r",?\s+(?:in|at|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?[A-Z]",
                    obj[end.start() :],
                )
            )
        ):
            break  # "at a mall in Allen, a suburb of Dallas": the place, described
        noun = _PERSON_NOUN.search(item)
        if noun and re.search(
            r"\b(?:went|came|got|ran|drove|fled|took|began|left|arrived|"
            r"entered|returned|walked|opened|was|were|had|is|[a-z]{3,}ed)\b",
            item[noun.end() :],
            re.I,
        ):  # the subject of the next clause
            break
        phrase = obj[: nxt.start()] if nxt else obj
        end = nxt
    length = len(phrase)
    raw_phrase = phrase.strip(" ,")
    phrase = re.sub(r"\s+(?:and|as\s+well\s+as)\s+", ", ", phrase.strip(" ,"), flags=re.I)
    items = [i.strip() for i in re.split(r",(?!\d{3}\b)", phrase) if i.strip()]
    if not items or len(items) > 8:
        return _NONE_ITEMS
    if (
        len(items) > 1
        and end
        and re.match(
            r",?\s+(?:(?:were|was|have\s+been|had\s+been|are|got)\s+(?:\w+ly\s+)?"
            r"(?:among\s+(?:the\s+)?(?:[\w-]+\s+)?)?)?"
            r"(?:wounded|injured|hurt|killed|dead|hospitali[sz]ed|rescued|missing|trapped|taken|"
            r"rushed|admitted|treated|airlifted|evacuated)\b",
            obj[end.start() :],
            re.I,
        )
    ):
        items = items[:-1]  # "killed three people and three others wounded / were injured"
    elif (
        len(items) > 1
        and end
        and re.match(
            r",?\s+(?:said|says|told|added|reported|confirmed|stated)\b", obj[end.start() :], re.I
        )
    ):
        # "killing one child, district police chief X said": the speaker, however many
        # ("injured 30 others, an opposition group and Myanmar's online media said")
        cut = raw_phrase.rfind(",")
        if cut > 0:
            head = re.sub(r"\s+(?:and|as\s+well\s+as)\s+", ", ", raw_phrase[:cut], flags=re.I)
            items = [i.strip() for i in re.split(r",(?!\d{3}\b)", head) if i.strip()]
        else:
            items = items[:-1]
    parts: list[int] = []
    groups: set[str] = set()
    vague = False
    for k, item in enumerate(items):
        if re.match(
            r"an?\s+(?:[\w-]+\s+)?(?:number|lot|host|series|group|crowd|string|wave)"
            r"\s+of\b",
            item,
            re.I,
        ):
            return _NONE_ITEMS  # "a growing number of civilians": no figure
        if _NOT_PEOPLE.match(item) or (
            strict
            and re.match(r"(?:in|at|on|near|from|inside|outside|across|to|for|by)\s", item, re.I)
        ):
            return _NONE_ITEMS  # a subject does not open on a place: "In Leeds, …"
        if (
            k
            and parts
            and re.match(
                r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
                r"today|tonight)\b|(?:(?:jan|febr)uary|march|april|may|june|"
                r"july|august|(?:sept|octo|novem|decem)ber)\s*(?:\d|\()",
                item,
                re.I,
            )
        ):
            break  # "killing almost 100 people, Wednesday (1/3)": a day, not a victim
        if (
            k
            and parts
            and re.fullmatch(
                r"(?:then\s+|later\s+|finally\s+)?(?:himself|herself|"
                r"themselves)",
                item,
                re.I,
            )
        ):
            break  # "killed her and then himself": the attacker is told apart
        if (
            k
            and parts
            and re.match(
                r"(?:forced|displaced|left|made|drove|caused|destroyed|"
                r"burned|burnt|uprooted|sent)\s",
                item,
                re.I,
            )
        ):
            break  # "has killed thousands and forced two million to flee": another verb's object
        if (
            k
            and parts
            and re.match(
                r"(?:mostly|mainly|largely|primarily|chiefly|predominantly|"
                r"many|most|among\s+(?:them|whom|those)|including)\b",
                item,
                re.I,
            )
        ):
            break  # "killed 24 people, mostly Shiites": who they were, not more victims
        if k and parts and re.match(r"(?:all|both)\b(?!\s+(?:his|her|their)\b)", item, re.I):
            break  # "a boy, and an infant, all members of the same family"
        if (
            k
            and parts
            and re.match(
                r"[\w-]+\s+(?:of\s+(?:them|whom|those)|fatally|critically|"
                r"seriously|mortally)\b",
                item,
                re.I,
            )
        ):
            continue  # "shot eleven people, four of them fatally"
        item = re.sub(
            r"^(?:a\s+total\s+of|an?\s+(?:estimated|additional|further)|at\s+least|"
            r"all)\s+(?=\S)",
            "",
            item,
            flags=re.I,
        )
        if (
            k
            and parts
            and re.fullmatch(r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+", item)
            and not _PERSON_NOUN.search(item)
            and re.search(rf"[^,\s][^,]*,\s*{re.escape(item)}\s*(?:,|\band\b|$)", raw_phrase)
            and not re.search(rf"\band\s+{re.escape(item)}", raw_phrase)
            and not re.fullmatch(r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+", items[k - 1].strip())
        ):
            continue  # "a village head, Gowon Mutua, and his wife, Hauwa": the same people
        kin = bool(_KIN_PLURAL.match(item))
        if len(items) > 1 and not kin:  # "the wife of a retired serviceman"
            item = _ITEM_PP.sub("", item) or item
        if k and re.fullmatch(r"one(?:\s+of)?", item, re.I) and parts and parts[-1] > 1:
            continue  # "killing two students, one who had bullied him, and …"
        nums = find_numbers(item)
        if strict and (
            not (
                (_PERSON_NOUN.search(item) or victim_group(item) or _NAME.search(item))
                and len(item.split()) <= 6
            )
            or re.search(r"\b(?:were|was|are|is|had|have|has)\b", item, re.I)
        ):
            return _NONE_ITEMS  # a subject lists people: "a soldier and two civilians"
        if nums and nums[0].start <= 12 and nums[0].qualifier != "max":
            parts.append(nums[0].value)
        elif re.fullmatch(
            r"(?:them\s+)?both(?:\s+of\s+(?:them|(?:his|her|their)\s+\w+))?", item, re.I
        ) or (_PAIR.search(item) and len(item.split()) <= 3):
            parts.append(2)
        elif re.match(r"both\s+(?:of\s+)?(?:the\s+|his\s+|her\s+|their\s+)?[\w'’-]+$", item, re.I):
            parts.append(2)  # "both clerks", "both of his parents"
        elif kin:
            parts.append(2)
            vague = True
        elif (
            _PERSONAL.match(item)
            or (
                _ONE.match(item)
                and len(item.split()) <= 5
                and not re.search(r"s\b$", item.split()[-1])
            )
            or (_NAME.search(item) and len(item.split()) <= 7)
        ):
            parts.append(1)
        elif not strict and k and parts and _NEXT_VERB.match(item):
            break  # "killed his wife and three children, set a fire and …": the list ended
        else:
            return _NONE_ITEMS
        g = victim_group(item)
        if g == "pronoun" or (g is None and re.fullmatch(r"(?:them\s+)?both", item, re.I)):
            g = f"pronoun@{k}"
        if g:
            groups.add(g)
    return _Items(sum(parts), parts, length, frozenset(groups), vague)


_PERPETRATOR_DIED = re.compile(
    r"\b(?:killed\s+(?:himself|herself)|shot\s+(?:himself|herself)(?!\s+in\s+the\s+(?:leg|foot|"
    r"arm|hand|shoulder|knee|thigh|stomach))|killing\s+(?:himself|herself)|"
    r"commit(?:s|ted|ting)\s+suicide|turn(?:ed|ing)\s+(?:the|his|her)\s+(?:gun|weapon|rifle|"
    r"pistol)\s+on\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|"
    r"taking\s+(?:his|her)\s+own\s+life|ending\s+(?:his|her)\s+own\s+life|"
    r"end(?:ed)?\s+(?:his|her)\s+(?:own\s+)?life|"
    r"(?:shooter|gunman|attacker|assailant|perpetrator|suspect|killer|stabber)\s+"
    r"(?:was|had\s+been)\s+(?:later\s+|also\s+|then\s+|eventually\s+)?(?:shot\s+and\s+)?"
    r"(?:killed|shot\s+dead|fatally\s+shot)|"
    r"(?<!threatened\sto\s)(?<!threatening\sto\s)(?<!tried\sto\s)(?<!attempted\sto\s)"
    r"(?<!wanted\sto\s)(?<!planned\sto\s)(?<!would\s)"
    r"(?:tak(?:e|es|ing)|took)\s+(?:his|her)\s+(?:own\s+)?life|"
    r"(?:died|dying|killed)\s+in\s+a\s+(?:shoot-?out|gunfight|gun\s+battle|exchange\s+of\s+fire)"
    r"\s+with\s+(?:police|officers|troopers|deputies|agents|soldiers|security)|"
    r"(?:shooter|gunman|attacker|assailant|perpetrator|suspect|killer)\s+(?:later\s+)?died|"
    r"shooting\s+(?:himself|herself)|shoots\s+(?:himself|herself)|"
    r"(?:before|after|until|when)\s+(?:being|he\s+was|she\s+was)\s+(?:\w+ly\s+)?"
    r"(?:shot\s+and\s+killed|killed|shot\s+dead|fatally\s+shot)|"
    r"(?:he|she)\s+was\s+(?:later\s+|then\s+|eventually\s+)?(?:shot\s+and\s+killed|killed|"
    r"shot\s+dead|fatally\s+shot)\s+(?:by|in\s+a\s+(?:shoot-?out|gunfight|exchange))\s+"
    r"(?:\w+\s+){0,2}?(?:police|officers?|troopers?|deputies|agents|soldiers|security|swat|"
    r"law\s+enforcement|with)|"
    r"killing\s+the\s+(?:shooter|gunman|attacker|assailant|perpetrator|suspect)|"
    r"\b(?:man|woman|person|teen|teenager)\s+(?:who\s+was\s+)?suspected\s+of\s+[^.;,]{1,60}?\s+"
    r"(?:was|had\s+been)\s+(?:also\s+|later\s+|then\s+)?(?:shot\s+and\s+)?(?:killed|"
    r"shot\s+dead|fatally\s+shot)|"
    r"(?:put|putting|taking|took|turned|turning|pointed|pointing)\s+the\s+(?:gun|weapon|rifle|"
    r"pistol|shotgun)\s+(?:to|on)\s+(?:his|her)\s+(?:own\s+)?head[^.;]{0,40}?\b(?:dying|died)|"
    r"died\s+(?:\w+\s+){0,3}?(?:from|of)\s+(?:an?\s+)?self-inflicted|"
    r"(?:killed|killing|shot|shooting)\s+(?:him|her|them|\w+\s+\w+)\s+and\s+(?:then\s+)?"
    r"(?:himself|herself)|(?:ended|ending|ends)\s+(?:in|with)\s+(?:his|her)\s+(?:own\s+)?suicide|"
    r"\band\s+was\s+(?:\w+\s+)?(?:shot\s+and\s+killed|killed|shot\s+dead|fatally\s+shot)\s+"
    r"by\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:police|officers?|troopers?|deputies|deputy|agents?|"
    r"soldiers?|guards?|security|swat|marshals?)|"
    r"(?:at|on)\s+the\s+(?:shooter|gunman|attacker|assailant|perpetrator|suspect),?\s+"
    r"killing\s+(?:him|her)|"
    r"(?:shot|killed)\s+(?:and\s+killed\s+)?the\s+(?:shooter|gunman|attacker|assailant|"
    r"perpetrator|suspect))\b",
    re.IGNORECASE,
)
_PERP_INCLUDED = re.compile(
    r"\b(?:including|counting|among\s+them|plus)\s+(?:the\s+)?(?:shooter|gunman|attacker|"
    r"assailant|perpetrator|suspect|bomber|killer)",
    re.IGNORECASE,
)
# a sentence telling a later step: "He then went to …", "Afterwards, the shooter …"
_LATER_STEP = re.compile(
    r"^\s*(?:(?:then|later|afterwards?|next|subsequently|after\s+that|minutes\s+later|"
    r"hours\s+later)\b|(?:[\w'’-]+\s+){1,3}(?:then|later|subsequently|next)\s+"
    r"(?!said|told|added|reported|confirmed|announced|identified|arrested)\w+)",
    re.IGNORECASE,
)
_ADDITIVE = re.compile(
    r"\b(?:then|later|also|again|subsequently|further|next|additional|another|after|first)"
    r"\s+(?:\w+\s+){0,2}$|"
    r"^\s*(?:another|a\s+further|an\s+additional)\b",
    re.IGNORECASE,
)


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


_ANOTHER_ONE = re.compile(
    r"(?:\band|\bwhile|,)\s+(?P<np>another|a\s+(?:second|third|fourth|fifth))(?:\s+(?:person|man|"
    r"woman|boy|girl|child|officer|victim|one|passenger|worker|soldier|policeman))?\s+(?:was\s+|"
    r"were\s+|is\s+|has\s+been\s+)?(?:\w+ly\s+)?(?:(?P<k>killed|dead)|(?P<i>injured|wounded|"
    r"hurt|hospitali[sz]ed|(?:sustained|suffered)\s+(?:\w+\s+)?(?:injur(?:y|ies)|wounds)))\b"
    r"(?!\s+(?:by|with)\b)",
    re.IGNORECASE,
)
_ONE_DIED = re.compile(
    r"(?:^|[.;:)]\s+|\s[-–—]\s+|--|,\s+(?:and|while)\s+|,\s+(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+"
    r"(?:an?|the)\s))(?P<np>(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>man|woman|boy|girl|child|teenager|teen|person|officer|soldier|policeman|student|"
    r"worker|passenger|resident|civilian|victim|driver|guard|pilgrim|journalist|tourist|"
    r"[a-z]{3,}(?:er|or|ist|ian))(?:\s+(?:in|from)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)?|"
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+\d{1,3},|"
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+(?:an?|the)\s+[^,;.]{3,90},?(?=\s+was\s+(?:killed|"
    r"martyred|murdered|shot\s+dead))|"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+was\s+(?:pronounced|declared)\s+dead))\s+"
    r"(?:later\s+|also\s+|subsequently\s+)?(?:died|was\s+(?:killed|martyred|lynched|murdered|"
    r"shot\s+dead|"
    r"pronounced\s+dead|declared\s+dead)|"
    r"was\s+(?:stabbed|beaten|hacked|burned|shot|lynched)\s+to\s+death)\b"
)


_ONE_WHO_DIED = re.compile(
    r"\b(?P<np>(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){1,6}?)who\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:killed|shot\s+dead|martyred|murdered)\b"
)


def find_enumerations(sent: Sentence, taken: list[tuple[int, int]]) -> list[CountMention]:
    """Victims listed after a verb: "killed his wife and two daughters" → 3."""
    out = []
    text = sent.text
    for m in _ENUM_VERB.finditer(text):
        # an aside in brackets or dashes breaks the figure down ("six civilians – two women
        # and two children –"): not more victims
        obj = _DASH_ASIDE.sub(lambda x: " " * len(x.group(0)), m.group("obj"))
        # a date after the victims ("injured six others, 14 July 2015"): no more victims
        obj = _DAY_MONTH.sub(lambda x: " " * len(x.group(0)), obj)
        if re.match(
            r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last|"
            r"included|include|includes|including|comprised|numbered|late|early|this|"
            r"next|midnight|noon|dawn|dusk|tonight|"
            r"overnight|earlier|later|there|here|and|or|but|were|was|by|in|at|on|as|"
            r"when|after|before|while|during|"
            r"with|to|for|from|that|which|who|it|this|more|than|so)\b|\W",
            obj,
            re.I,
        ):
            continue  # no object: "were killed and …", "killed in the attack"
        if re.match(
            r"(?:him|her|them)\b(?!,?\s+and\s+\w)(?!\s+(?:both|all)\b)", obj, re.I
        ) and re.search(
            r"\b(?:at|on|towards?)\s+(?:the\s+)?(?:shooter|gunman|gunmen|attackers?|"
            r"assailants?|suspects?|perpetrators?|killers?)\s*,?\s*(?:and\s+)?$",
            text[max(0, m.start() - 60) : m.start()],
            re.I,
        ):
            continue  # "fired at the gunman, wounding him": the attacker, not a victim
        dead = re.search(r"\s+dead\b", obj) if m.group(0)[0] in "lL" else None
        if dead:  # "left two police officers and a civilian dead": all of them
            obj = obj[: dead.start()]
        items = _count_items(obj)
        total, parts, length = items.total, items.parts, items.length
        if total is None or total == 0:
            continue
        a = sent.start + m.start("obj")
        if len(parts) == 1 and any(s <= a + 12 and e > a for s, e in taken):
            continue  # a plain "killed 84" is already read
        kind = SHOT if m.group("s") else (INJURED if m.group("i") else KILLED)
        if re.match(r"\s+(?:dead|to\s+death)\b", obj[length:], re.I):
            kind = KILLED  # "shot a guard dead", "beat his neighbour to death"
        before = text[max(0, m.start() - 30) : m.start()]
        additive = bool(_ADDITIVE.search(before) or _ADDITIVE.search(obj))
        if (
            additive
            and len(parts) <= 1
            and re.match(r"\s*the\s+(?!other\b|remaining\b|rest\b)", obj, re.I)
        ):
            additive = False  # "the gunman then killed the security guard": one already told
        groups = items.groups
        if (
            len(parts) <= 1
            and re.match(r"the\s+(?:man|woman|boy|girl)\b", obj, re.I)
            and re.search(
                r"\b(?:couple|pair|an?\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl))\b",
                text[: m.start()],
                re.I,
            )
        ):
            groups = frozenset()  # "went after a German couple …, killed the man": told already
        out.append(
            CountMention(
                kind=kind,
                value=total,
                high=None,
                sentence=sent.index,
                start=a,
                end=a + length,
                phrase=_phrase(text, m.start(), m.start("obj") + length),
                parts=parts if len(parts) > 1 else [],
                how="listed victims",
                additive=additive,
                vague=items.vague,
                group=groups,
            )
        )
    # "ended with an assistant principal killed", "left a guard dead and a driver hurt"
    for m in _WITH_DEAD.finditer(text):
        items = _count_items(m.group("np"), strict=True)
        if not items.total or items.length < len(m.group("np").strip()) - 1:
            continue
        a = sent.start + m.start("np")
        out.append(
            CountMention(
                kind=INJURED if m.group("i") else KILLED,
                value=items.total,
                high=None,
                sentence=sent.index,
                start=a,
                end=sent.start + m.end(),
                phrase=_phrase(text, m.start(), m.end()),
                parts=items.parts if len(items.parts) > 1 else [],
                how="listed victims",
                group=items.groups,
            )
        )
    for m in _VICTIMS_INCLUDE.finditer(text) if "nclud" in text or "ompris" in text else ():
        items = _count_items(m.group("np"), strict=True)
        a = sent.start + m.start("np")
        if items.total and not any(s0 <= a < e0 for s0, e0 in taken):
            out.append(
                CountMention(
                    kind=INJURED if m.group("i") else KILLED,
                    value=items.total,
                    high=None,
                    sentence=sent.index,
                    start=a,
                    end=a + items.length,
                    phrase=_phrase(text, m.start(), m.start("np") + items.length),
                    parts=items.parts if len(items.parts) > 1 else [],
                    how="listed victims",
                    subset=True,
                    group=items.groups,
                )
            )
    # "One man was killed and another injured", "a third was wounded"
    for m in _ANOTHER_ONE.finditer(text):
        a = sent.start + m.start("np")
        if any(s0 <= a < e0 for s0, e0 in taken):
            continue
        out.append(
            CountMention(
                kind=INJURED if m.group("i") else KILLED,
                value=1,
                high=None,
                sentence=sent.index,
                start=a,
                end=sent.start + m.end(),
                phrase=_phrase(text, m.start("np"), m.end()),
                how="another one",
            )
        )
    # "a member of an armed group who was killed during a shooting": one person
    for m in _ONE_WHO_DIED.finditer(text) if " who " in text else ():
        a = sent.start + m.start("np")
        if (
            not _PERSON_NOUN.search(m.group("np"))
            or any(s0 <= a < e0 for s0, e0 in taken)
            or any(c.kind == KILLED and a <= c.start < sent.start + m.end() for c in out)
        ):
            continue
        out.append(
            CountMention(
                kind=KILLED,
                value=1,
                high=None,
                sentence=sent.index,
                start=a,
                end=sent.start + m.end(),
                phrase=_phrase(text, m.start("np"), m.end()),
                how="one person died",
            )
        )
    # "A Minnesota teenager died after being shot": one person
    for m in _ONE_DIED.finditer(text):
        a = sent.start + m.start("np")
        if any(s0 <= a < e0 or a <= s0 < sent.start + m.end() for s0, e0 in taken) or any(
            c.kind == KILLED and a <= c.start < sent.start + m.end() for c in out
        ):
            continue
        out.append(
            CountMention(
                kind=KILLED,
                value=1,
                high=None,
                sentence=sent.index,
                start=a,
                end=sent.start + m.end(),
                phrase=_phrase(text, m.start("np"), m.end()),
                how="one person died",
                group=frozenset([(m.group("noun") or "person").lower()]),
            )
        )
    # passive: "The principal and a custodian were killed", "A police officer and two
    # civilians were killed" (the subject runs from the clause start to the verb)
    masked = _mask_breakdowns(text)
    for m in _PASSIVE_VERB.finditer(masked):
        head = masked[: m.start()]
        leads = list(_PASSIVE_LEAD.finditer(head))
        floor = leads[-1].end() if leads else 0
        # a casualty word ends an earlier clause: "one man dying and three were hurt"
        told = list(
            re.finditer(
                r"\b(?:dying|dead|died|killed|injured|wounded|hurt|"
                r"lost\s+their\s+lives)(?:\s+and\b)?",
                head,
                re.I,
            )
        )
        if told:
            floor = max(floor, told[-1].end())
        # try the clause after the last comma, then longer lists ("His wife, two sons and …")
        starts = [i + 1 for i in (head.rfind(";"), head.rfind(":")) if i >= 0]
        floor = max([floor, *starts])
        commas = [i + 1 for i, ch in enumerate(head) if ch == "," and i >= floor]
        best: tuple[int, int, list[int], _Items] | None = None
        for start in [*reversed(commas), floor]:
            subj = head[start:].strip()
            if not subj or len(subj) > 120:
                break
            # "A jawan of the District Reserve Guard (DRG) of Chhattisgarh Police": the unit
            # a victim belongs to is no part of the count
            subj = _UNIT_OF.sub("", subj)
            items = _count_items(subj, strict=True)
            total, parts, length = items.total, items.parts, items.length
            if total is None or length < len(subj) - 1:
                if best is not None:
                    break
                continue
            best = (start, total, parts, items)
        if best is None:
            continue
        subj = head[best[0] :].strip()
        single = (
            len(best[2]) == 1
            and (
                re.match(r"(?:an?|one|another|both)\s", subj, re.I)
                # a bare singular noun or a name: "Police officer was shot and killed",
                # "Football star Al-Shakeem Woodson was killed"
                or (
                    not find_numbers(subj)
                    and len(subj.split()) <= 6
                    and (
                        re.search(r"(?-i:[A-Z][\w'’-]+)$", subj.split()[-1])
                        and len(subj.split()) > 1
                        or (
                            len(subj.split()) <= 3
                            and not re.search(r"s$", subj)
                            and re.search(r"(?:^|,)\s*$", head[: best[0]])
                            and _PERSON_NOUN.search(subj)
                        )
                    )
                )
            )
        )
        if len(best[2]) < 2 and not single:
            continue  # one noun phrase with a number is read by the number rules
        start, total, parts, items = best
        a = sent.start + start + (len(head[start:]) - len(head[start:].lstrip()))
        out.append(
            CountMention(
                kind=SHOT if m.group("s") else (INJURED if m.group("i") else KILLED),
                value=total,
                high=None,
                sentence=sent.index,
                start=a,
                end=sent.start + m.end(),
                phrase=_phrase(text, a - sent.start, m.end()),
                parts=parts if len(parts) > 1 else [],
                how="listed victims",
                vague=items.vague,
                group=items.groups,
                additive=bool(m.group("s"))
                and bool(re.search(r"\b(?:also|later|then)\b", m.group(0), re.I)),
            )
        )
    return out


_WITH_DEAD = re.compile(
    r"(?:\b(?:with|leaving|left|found)|(?<=dead\sand)|(?<=killed\sand)|(?<=injured\sand)|"
    r"(?<=wounded\sand))\s+(?P<np>(?:an?|the|his|her|their|one|another)\s+"
    r"[^,.;:]{1,50}?)\s+(?:(?P<k>killed|dead)|(?P<i>injured|wounded|hurt))\b"
    r"(?!\s+(?:by|with|a|an|the|his|her|their|two|three|\d)\b)",
    re.IGNORECASE,
)
#: the victims named as a list: "the martyrs include Assistant Commissioner X, two police
#: constables, and one civilian" (a part of any larger figure told besides)
_VICTIMS_INCLUDE = re.compile(
    r"\b[Tt]he\s+(?:(?P<k>dead|deceased|martyrs|fatalities|slain)|(?P<i>injured|wounded))\s+"
    r"(?:(?:were|are)\s+)?(?:includ(?:e|es|ed)|comprise[sd]?)\s+(?P<np>[^.;:]{3,160})"
)
_UNIT_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*|\([A-Z]{2,}\))(?:\s+(?:[A-Z][\w'’.-]*|"
    r"\([A-Z]{2,}\)|of|and|the))*$"
)
_PASSIVE_LEAD = re.compile(
    r"\b(?:when|as|after|while|but|where|because|that|(?:said|says|say|reported|confirmed|"
    r"added)(?:\s+that)?|(?:killed|injured|wounded|dead|hurt)\s+and)\s+",
    re.IGNORECASE,
)
_PASSIVE_VERB = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:all\s+|both\s+|reportedly\s+|also\s+|"
    r"(?!fatally\b)\w+ly\s+)?(?:(?:bound|handcuffed|tied\s+up|kidnapped|abducted|robbed|"
    r"beaten|dragged\s+out|lined\s+up)\s+and\s+)?"
    r"(?:(?P<k>killed|shot\s+dead|shot\s+and\s+killed|murdered|slain|martyred|beheaded|"
    r"fatally\s+(?:shot|stabbed)|"
    r"stabbed\s+to\s+death|found\s+dead)(?!,?\s+(?:or|and|and/or)\s+(?:injured|wounded|hurt)\b)"
    r"|(?P<i>injured|wounded|hurt|hospitali[sz]ed)|"
    r"(?P<s>shot(?!\s+(?:dead|and\s+killed|to\s+death|at)\b)))\b",
    re.IGNORECASE,
)


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
    if extra and len(extra) == len(main) and len(main) > 1:
        # every figure says "more" / "another": the first one is the base
        extra = extra[1:] if extra[0].start <= min(m.start for m in main) else []
    if extra and len(extra) < len(main) and not any(m.total or m.revised for m in main):
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


#: kinds of victim a figure for "civilians" already covers ("two civilians … one child")
_CIVILIAN_KINDS = frozenset(
    {
        "child",
        "woman",
        "man",
        "boy",
        "girl",
        "baby",
        "infant",
        "toddler",
        "teenager",
        "student",
        "pupil",
        "resident",
        "villager",
        "worshipper",
        "shopper",
        "passenger",
        "farmer",
        "person",
        "brother",
        "sister",
        "son",
        "daughter",
        "mother",
        "father",
        "wife",
        "husband",
        "grandmother",
        "grandfather",
        "relative",
    }
)


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

"""The record of one casualty figure (:class:`CountMention`), its kinds and the patterns
that find figures in a sentence (used by :mod:`.casualties` and :mod:`._victims`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
    r"gunned\s+down|"
    r"drowned|drowning(?=\s*(?:[,.;]|$|and\b|in\b|when\b|after\b))|"
    r"(?:shot|stabbed|beaten|burned|burnt|hacked|crushed|trampled)\s+to\s+death|"
    r"bodies|corpses|victims?\s+died|"
    r"(?P<i>injured|wounded|hurt|injuries|hospitali[sz]ed|(?:are|were|remain|remained)\s+(?:still\s+)?"
    r"(?:in|being\s+treated\s+in)\s+(?:the\s+)?hospitals?|(?:taken|rushed|admitted|transferred|transported|"
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
    r"injury\s+(?:toll|count|tally|figure)|injured|wounded|injuries))\b"
    r"(?P<mid>(?:(?!\b(?:toll|dead|deaths|killed|injured|wounded|injuries)\b)[^.;:]){0,160}?)\b(?:to|at|of|reached|hit|is|was|were|stands|stood|"
    r"surpassed|passed|exceeded|topped|now|numbered|totall?ed|rose|climbed|touched|crossed)"
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
    r"many\s+of\s+them|mostly|mainly|among\s+the\s+(?:dead|victims|injured)|"
    # "seven civilians, five of them children, were killed"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|half|all|both|some|several)\s+of\s+them(?=\s+(?:[a-z-]+\s+)?(?:[a-z]+s|"
    r"children|women|men|people|police)\s*[,)–—-])(?!\s+(?:were|was|are|is)\b))\b[^,.;()]*?"
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
_DASH_ASIDE = re.compile(r"\s(?:--|[-–—])\s[^-–—.;:]{1,90}\s(?:--|[-–—])\s|\([^()]{1,90}\)")
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


#: an apposition describing a place ("Allen, a suburb of Dallas"), not another victim
_PLACE_APPOSITION = re.compile(
    r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:suburb|town|city|village|district|province|"
    r"region|neighbou?rhood|area|state|county|capital|port|municipality|community|settlement|"
    r"camp|island|market|mall|hotel|school|mosque|church|temple|hospital|base|border)s?\b",
    re.IGNORECASE,
)


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
    # "and then died of an apparently self-inflicted gunshot wound", "then kills self"
    r"died\s+(?:of|from)\s+(?:an?\s+)?(?:apparent(?:ly)?\s+)?self-inflicted\b|"
    r"(?:then\s+)?kill(?:s|ed)\s+self\b|"
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
    r"\b(?:then|later|also|again|subsequently|further|next|additional|another|"
    # ("arrested after allegedly killing 19 residents": the deed he was arrested for)
    r"after(?!\s+(?:\w+ly\s+)?\w+ing\b)|"
    # ("The first killed three people. The second … killed five": the items of the whole;
    # not what an attacker "first killed", a part of the toll told before)
    r"(?<=the\s)first)"
    # (not a speaker's word: "X later said 47 people had died")
    r"\s+(?!(?:said|says|told|reported|added|confirmed|announced|put)\b)(?:\w+\s+){0,2}$|"
    r"^\s*(?:another|a\s+further|an\s+additional)\b",
    re.IGNORECASE,
)


_ANOTHER_ONE = re.compile(
    r"(?:\band|\bwhile|,)\s+(?P<np>another|a\s+(?:second|third|fourth|fifth))(?:\s+(?:person|man|"
    r"woman|boy|girl|child|officer|victim|one|passenger|worker|soldier|policeman))?\s+(?:was\s+|"
    r"were\s+|is\s+|has\s+been\s+)?(?:\w+ly\s+)?(?:(?P<k>killed|dead)|(?P<i>injured|wounded|"
    r"hurt|hospitali[sz]ed|(?:sustained|suffered)\s+(?:\w+\s+)?(?:injur(?:y|ies)|wounds)))\b"
    r"(?!\s+(?:by|with)\b)",
    re.IGNORECASE,
)
_ONE_DIED = re.compile(
    r"(?:^\s*|[.;:)]\s+|\s[-–—]\s+|--|,\s+(?:and|while)\s+|,\s+(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+"
    r"(?:an?|the)\s))(?P<np>(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>man|woman|boy|girl|child|teenager|teen|person|officer|soldier|policeman|student|"
    r"worker|passenger|resident|civilian|victim|driver|guard|pilgrim|journalist|tourist|"
    r"chief|commander|official|leader|lawmaker|judge|cleric|mayor|governor|imam|jawan|"
    r"constable|trooper|havildar|havaldar|sepoy|villager|farmer|militant|fighter|rebel|"
    r"[a-z]{3,}(?:er|or|ist|ian))(?:\s+(?:in|from)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+|"
    # ("A police chief of a city in Iraq's western province of Anbar was killed", "A jawan
    # of district reserve guard (DRG) was on Monday killed")
    r"\s+of\s+(?:(?:an?|the)\s+)?[^,;.]{1,60}?(?=\s+was\s+(?:on\s+\w+day\s+)?killed\b))?|"
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+\d{1,3},|"
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+(?:an?|the)\s+[^,;.]{3,90},?(?=\s+was\s+(?:killed|"
    r"martyred|murdered|shot\s+dead))|"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+was\s+(?:pronounced|declared)\s+dead))\s+"
    r"(?:later\s+|also\s+|subsequently\s+)?(?:died|was\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day\s+)?(?:killed|martyred|lynched|murdered|"
    r"shot\s+dead|gunned\s+down|"
    r"pronounced\s+dead|declared\s+dead)|"
    r"was\s+(?:stabbed|beaten|hacked|burned|shot|lynched)\s+to\s+death)\b"
)


#: "A female bystander is also said to have sustained serious injuries": one hurt
_ONE_HURT = re.compile(
    r"(?:^\s*|[.;:]\s+)(?P<np>(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>man|woman|boy|girl|child|person|officer|soldier|policeman|bystander|passer-by|"
    r"civilian|student|driver|guard|worker|resident|journalist|[a-z]{3,}(?:er|or|ist|ian)))\s+"
    r"(?:(?:is|was)\s+(?:also\s+)?(?:said|reported|believed)\s+to\s+have\s+|also\s+|was\s+also\s+)?"
    r"(?:sustained|suffered)\s+(?:serious\s+|critical\s+|minor\s+|severe\s+|gunshot\s+)?"
    r"(?:injuries|wounds)\b"
)


_ONE_WHO_DIED = re.compile(
    r"\b(?P<np>(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){1,6}?)who\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:killed|shot\s+dead|martyred|murdered)\b"
)


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
    r"(?:(?P<k>killed|shot\s+dead|shot\s+and\s+killed|gunned\s+down|murdered|slain|martyred|beheaded|"
    r"fatally\s+(?:shot|stabbed)|"
    r"stabbed\s+to\s+death|found\s+dead)(?!,?\s+(?:or|and|and/or)\s+(?:injured|wounded|hurt)\b)"
    r"|(?P<i>injured|wounded|hurt|hospitali[sz]ed)|"
    r"(?P<s>shot(?!\s+(?:dead|and\s+killed|to\s+death|at)\b)))\b",
    re.IGNORECASE,
)


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

"""The patterns that split a report into incidents and tie places to them.

Module-level compiled expressions used by :mod:`geoinc.extract.incidents` and its rule
mixins (:mod:`._segments`, :mod:`._placing`); each says in a comment what it recognises.
"""

from __future__ import annotations

import re
from typing import Any

from pyproj import CRS

_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'’-]{1,40}?)(?:,\s*[A-Z][A-Za-z .]{1,30}?)?\s*"
    r"(?:\|\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?)?"
    r"(?:\((?:[^)]{1,40})\)\s*)?(?:,\s*)?(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
    r"Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec)[a-z]*\.?(?:,?\s*\d{4})?)\s*(?:\([^)]{1,40}\)\s*)?)?"
    # ("MOGADISHU (Somaliguardian) –At least 8 people …": a dash glued to the lede)
    # ("KISMAYO, Somalia Jan 11, 2015 (Garowe Online)-Remotely-detonated …")
    r"(?:[-–—:•·]+\s|[–—](?=[A-Z0-9])|(?<=\))-(?=[A-Z]))"
)
#: a dateline written in mixed case, known by the agency after it: "Raipur, May 20 (IANS)"
_DATELINE_AGENCY = re.compile(
    r"^\s*(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})(?:\s*\[[^\]\n]{1,30}\])?,?\s+"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?\((?:IANS|PTI|ANI|UNI|AP|"
    r"AFP|Reuters|Xinhua|AA|dpa|EFE|IRNA|APP|NNN|WAM|SPA|KUNA|Bernama)(?:/[A-Za-z]+)?\)\s*[-–—:]?\s*"
)
#: a dateline of a date and an agency only: "Nov. 9 (UPI) -- At least five people died …"
_DATELINE_DATE = re.compile(
    r"^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?\s*\((?:UPI|AP|AFP|Reuters|IANS|PTI|ANI|Xinhua|dpa|EFE|AA|IRNA|APP|Bernama)\)"
    r"\s*[-–—:]+\s*"
)
_DATELINE_DASH = re.compile(
    r"^\s*(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    r"(?:\s+[–—]\s+(?=[A-Z])|:\s+(?=[A-Z]|\d+\s+(?:people|persons|dead|killed|injured)))"
)
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|earthquake|quake|"
    r"tremor|shooting|stabbing|crash|collision|derailment|fire|blaze|floods?|flooding|"
    r"landslides?|mudslides?|storm|cyclone|typhoon|hurricane|tornado(?:es)?|tsunami|"
    r"massacre|raid|ambush|assault|strikes?|airstrikes?|collapse|stampede|sinking|"
    r"capsizing|disaster|tragedy|incident|violence|clashes|riots?|rampage|scene)\b",
    re.I,
)
#: a background phrase that points at another event ("two weeks after a car bombing")
_OTHER_EVENT = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|\d+|several|few|just|only|mere)\s+)?(?:days?|weeks?|"
    r"months?|hours?)\s+(?:after|before)|(?:follows|followed|comes\s+after|came\s+after)\b|"
    r"a\s+(?:series|spate|string|wave)\s+of|the\s+(?:most\s+recent|previous|last)\s",
    re.I,
)
_PAGE_DATE_LEAD = re.compile(
    r"\s*(?i:date|published|updated|posted|last\s+updated)\s*:?\s*(?P<d>(?:19|20)\d\d-[01]\d-"
    r"[0-3]\d)(?:[T ][\d:.]+Z?)?\b"
)
#: "Later Wednesday," / "Later that day,": a later event of the same day
_LATER_DAY = (
    r"(?:later\s+(?:on\s+)?(?:that\s+day|in\s+the\s+day|\w+day(?:\s+(?:night|evening|afternoon))?)|"
    r"earlier\s+in\s+the\s+day|earlier\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,"
)
_SEPARATE = re.compile(
    # "Similar attacks Thursday night in southern Uruzgan province left two police dead"
    r"^\s*Similar\s+(?:attacks|bombings|raids|assaults|clashes)\s+(?:on\s+|late\s+|early\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|overnight|yesterday)\b|"
    # "The military also reported a separate clash that killed two …"
    r"\ban?\s+separate\s+(?:[\w-]+\s+){0,2}?(?:clash|gunfight|encounter|attack|bombing|shooting|"
    r"blast|explosion|raid|ambush|strike)\s+(?:that|which)\s+(?:killed|left|wounded|injured)\b|"
    r"\b(?:in\s+a\s+separate\s+(?:\w+\s+){0,3}?(?:attack|incident|bombing|shooting|blast|"
    r"explosion|assault|raid|(?:air|air\s+|drone\s+)?strike|ambush|act\s+of\s+violence|"
    r"encounter|gunfight|clash|firefight)|^\s*separately\b|,\s+separately,|in\s+another\s+(?:\w+\s+)?(?:attack|"
    r"incident|bombing|shooting|blast|explosion|raid|(?:air|air\s+|drone\s+)?strike)|in\s+a\s+second\s+(?:attack|"
    r"incident|bombing|shooting|blast|explosion|raid|(?:air|air\s+|drone\s+)?strike|ambush)|"
    r"another\s+(?:attack|bombing|blast|explosion|shooting|air\s*strike|drone\s+strike|raid|"
    r"ambush)\s+(?:in|on|at|near|hit|struck|killed|took\s+place|occurred|happened)|"
    # "heavy rain caused another landslide that buried a house in …"
    r"another\s+(?:landslide|mudslide|flood|flash\s+flood|earthquake|quake|fire|blaze|crash|"
    r"collision|stampede|collapse)\s+(?:that|which|in|on|at|near|hit|struck|killed|buried|"
    r"swept|destroyed|took\s+place|occurred|happened)|elsewhere|a\s+separate\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|"
    r"explosion|shooting)|later\s+that\s+day,\s+in|in\s+an\s+earlier\s+(?:attack|incident|"
    r"bombing|blast|explosion|shooting|raid|(?:air|air\s+|drone\s+)?strike|ambush)(?=[^.]*\b(?:yesterday|today|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|in\s+a\s+(?:fresh|new|further|third)\s+"
    r"(?:[\w-]+\s+)?(?:attack|bombing|blast|explosion|shooting|raid|(?:air|air\s+|drone\s+)?strike)|"
    r"(?:^|\.\s+)(?:also|meanwhile)\b[^.]{0,40}\b(?:in|at|near)\s+(?-i:[A-Z])|"
    r"^\s*separately,\s+(?!(?:the|they|it|he|she|police|officials|authorities)\b)|"
    r"^\s*also,\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:attack|bomb|blast|explosion|shooting|raid)|"
    r"(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|explosions)\s+(?:were|was|have|had|hit|"
    r"struck|killed)|in\s+(?-i:[A-Z]))|"
    r"in\s+a\s+similar\s+(?:attack|incident|bombing|blast|explosion|shooting|raid|(?:air|air\s+|drone\s+)?strike)|"
    r"another\s+(?:suicide\s+)?(?:car\s+|truck\s+|roadside\s+)?(?:bomber|gunman|attacker|bomb)"
    r"\s+(?:\w+\s+){0,3}?(?:rammed|blew|detonated|struck|hit|attacked|opened|killed|exploded)|"
    # "Another seven were killed in Jajarkot district in the far west"
    r"^\s*another\s+[\w-]+\s+(?:(?:people|persons|villagers|civilians)\s+)?(?:were|was|have\s+been)"
    r"\s+(?:killed|injured|wounded)\s+in\s+(?-i:[A-Z])|"
    # "Eight other civilians were killed in separate attacks in Baghdad and …"
    r"^\s*(?:[\w-]+\s+){1,3}?other\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+(?:killed|wounded|"
    r"injured)\s+in\s+(?:\w+\s+)?separate\s+(?:attacks|incidents|bombings|shootings|clashes)|"
    # "Another explosives-laden car went off in the town of Iskandariyah, killing five"
    r"^\s*another\s+(?:[\w-]+\s+){0,3}?(?:car|truck|vehicle|motorcycle|bomb|device|IED)\s+"
    r"(?:\w+\s+){0,2}?(?:went\s+off|exploded|detonated|blew\s+up)\b|"
    r"^\s*" + _LATER_DAY + r"\s+(?![^.]*\b(?:toll|rose|risen|climbed|more|died|succumbed|"
    r"bod(?:y|ies)|another|suspects?|gunm[ae]n|attackers?|assailants?|shooters?|bombers?|perpetrators?|killers?|"
    # ("Earlier in the day, the sheriff had indicated 12 people had been shot": an earlier
    # figure)
    r"had\s+(?:indicated|said|reported|put|given|announced|told))\b)|"
    r"^\s*(?:about\s+|some\s+)?(?:\w+\s+){0,2}(?:minutes|hours)\s+(?:earlier|before)\s*,)",
    re.IGNORECASE,
)
#: "the toll from bombings the previous day climbed to 73": the day before the report's news
_TOLL_DAY = r"\s+day\b[^.]*\b(?:climbed|rose|risen|reached|jumped)\s+to\b"
_COMPARE = re.compile(
    # (not "launched an attack the previous night": the time of the event told)
    r"\b(?:last\s+year|previous(?:ly|(?!"
    + _TOLL_DAY
    + r"|\s+(?:night|evening|morning|afternoon)\b))|"
    r"earlier\s+(?:attacks?|bombings?|incidents?|massacres?)(?![^.]*\b(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    r"in\s+(?:a|an)\s+(?:earlier(?!\s+(?:attack|incident|bombing|blast|explosion|shooting|"
    r"raid|strike|ambush)[^.]*\b(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"\b)|previous|similar|prior)|similar\s+(?:attacks?|bombings?)|"
    r"recalled|reminiscent\s+of|since\s+(?:the|a|an|its|their)\b|years?\s+ago|months?\s+ago|"
    r"weeks?\s+ago|fortnight\s+ago|"
    r"(?:one\s+of\s+the\s+)?(?:recent\s+)?similar\s+(?:incidents?|attacks?|bombings?|raids?|"
    r"explosions?|blasts?)|"
    r"(?:first|worst|deadliest|biggest|largest|bloodiest)\s+(?:[\w'’-]+\s+){0,4}?since|compared\s+(?:with|to)|the\s+same\s+(?:group|"
    r"militants)\s+(?:also\s+)?(?:attacked|killed|bombed)|in\s+(?:19|20)\d\d(?=,|\s+when\b)|"
    r"has\s+(?:a\s+history|been\s+(?:the\s+)?target)|have\s+been\s+targeted|for\s+years|"
    r"in\s+recent\s+years|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)|"
    # "For the last one month, rebels had been targeting projects in Bastar"
    r"(?<![,;]\s)(?-i:F)or\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:months?|weeks|years|decades?)\b|"
    r"since\s+(?:(?:early|mid|late)-?\s*)?(?:19|20)\d\d|to\s+date|"
    r"since\s+(?:(?:early|mid|late)-?\s*)?(?-i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b(?!\s+\d)|so\s+far\s+this\s+year|"
    r"this\s+year\s+alone|(?:\w+|\d+)\s+(?:years|decades)\s+of\s+(?:violence|conflict|war|fighting|"
    r"insurgency|unrest|bloodshed)|the\s+\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,2}?since)\b",
    re.IGNORECASE,
)
#: background to the incident once the incident has been told: other, earlier events
#: ("comes days after a series of bombs that killed 23"), statistics ("an average of 75
#: murders a day"), tolls of a whole war, link lines ("Read more: …")
_BACKGROUND = re.compile(
    r"\b(?:(?:(?:a|one|two|three|four|five|six|\d+|several|few|just|only|mere)\s+)?"
    r"(?<!the\s)(?:days?|weeks?|months?|hours?|fortnight|years?\s+to\s+the\s+day)\s+(?:after|before)\s+(?!(?:in|on|when|while|as|"
    r"yesterday|today|midnight|noon|midday|dawn|daybreak|sunrise|sunset|dusk|dark|nightfall)\b)"
    r"(?!at\s+(?!least\b))(?!the\s+(?:\w+\s+){0,2}?(?:holiday|festival|"
    r"celebrations?|ceremony|match|game|concert|service|prayers?|curfew|fast)\s+(?:began|started|"
    r"was\s+due|ended|opened)\b|the\s+(?:start|beginning|end|opening)\s+of\b)"
    r"(?!(?:the|this|that|its|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|yesterday['’]s|today['’]s)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|shootings?|bombings?|blasts?|explosions?|quake|earthquake|"
    r"incident|massacre|assault|stabbing|crash|collapse|fire|flood|disaster|tragedy|violence|"
    r"raid|strike)\b)|"
    r"last\s+(?:week|month|year|summer|winter|spring|autumn|fall|weekend|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)|"
    r"earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|"
    # "Just this month, eight police officers … were killed when gunmen attacked a bus"
    r"(?<![\w,] )(?:just|only)\s+this\s+(?:month|year),|"
    r"(?:mark(?:s|ed|ing)?|commemorat\w+)\s+the\s+(?:\w+\s+)?anniversary|"
    r"in\s+recent\s+(?:days|weeks|months)|"
    # "The city … was the site of a recent clash … in fighting that killed 23 soldiers"
    r"\b(?:site|scene)\s+of\s+(?:a|an)\s+(?:recent|previous|earlier)\s+|"
    # ("killed … in a wave of violent attacks across Iraq on Thursday": this day's)
    r"a\s+(?:series|spate|string|wave)\s+of(?![^.;]{0,80}?\b(?:(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day|today|yesterday|overnight)\b)|"
    r"in\s+(?:a|one|another)\s+(?:recent|previous|earlier|similar)\s+(?:example|case|incident|"
    r"attack)|"
    r"(?:has|had)\s+been\s+an?\s+(?:\w+\s+)?(?:bloody|deadly|violent|tough|grim|dark)\s+(?:week|"
    r"month|day|weekend|year|few\s+days)\b|"
    r"averag(?:e|es|ed|ing)|per\s+(?:day|week|month|year|capita|\d[\d,]*\s+(?:inhabitants|people|"
    r"residents|population))|every\s+(?:day|week|month|year)|\ba\s+rate\s+of\b|"
    r"the\s+(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|massacre|shooting|"
    r"earthquake|quake|floods?|fire|crash|sinking|disaster)|"
    r"each\s+year|annually|so\s+far\s+(?:in\s+(?:19|20)\d\d|this\s+(?:year|month))|"
    r"this\s+year|had\s+been\s+involved\s+in|(?:the\s+)?previous\s+(?:week|month|year)|"
    r"(?:the\s+)?previous\s+day(?!" + _TOLL_DAY[len(r"\s+day\b") :] + r")|"
    r"in\s+various\s+(?:\w+\s+)?(?:attacks|raids|incidents|bombings|clashes)|(?:in|over)\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:days|weeks|months|years|week|month|year)\b|since\s+the\s+(?:start|beginning|outbreak)\s+of|"
    r"the\s+(?:most\s+recent|previous|last)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|"
    r"shooting|massacre|incident|strike|explosion)|"
    r"(?:follows?|followed|comes\s+after|came\s+after)\s+(?:a|an|last\s+\w+['’]s)\s+|"
    # "Monday's attacks follow Sunday's bombings …, killing three"
    r"(?:(?<=attacks\s)|(?<=attack\s)|(?<=bombings\s)|(?<=blasts\s)|(?<=violence\s))"
    r"(?:follows?|followed|comes?\s+after|came\s+after)\s+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+|"
    r"(?:the|its|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|insurgency|civil\s+war|uprising|crisis|violence|"
    r"fighting|campaign|rebellion)\s+"
    r"(?:in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:,\s*which\s+)?(?:has|had|"
    r"which\s+has)\s+(?:so\s+far\s+|now\s+|already\s+|reportedly\s+|\w+ly\s+)?"
    r"(?:killed|claimed|left|cost)|"
    r"\b(?:the|these|such|those)\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|raids|explosions)\s+"
    r"(?:have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|claimed|left)\b|"
    r"\bha(?:ve|s)\s+(?:recently|already)\s+(?:killed|claimed|left)\b|"
    r"\b(?:during|in|over|within)\s+(?:this|that|the\s+same)\s+period\b|"
    r"\b(?:often|frequently|regularly|routinely|repeatedly|sometimes)\s+(?:killing|kills|leaving|"
    r"claiming)\b|"
    r"ha(?:s|ve)\s+also\s+(?:killed|claimed\s+(?:the\s+)?lives)\b[^.;]{0,80}?\bin\s+(?:\w+\s+){0,2}?"
    r"(?:attacks|bombings|raids)\b|"
    r"for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?(?:two|three|four|five|"
    r"several|many|\d+)?\s*decades|"
    # "According to the data, at least 74 terrorist attacks took place across the nation":
    # a statistic of many attacks
    r"\baccording\s+to\s+(?:the\s+)?(?:data|figures|statistics|tally|report\s+by)\b|"
    r"\b\d[\d,]*\s+(?:[\w-]+\s+)?(?:attacks|incidents|bombings)\s+(?:took\s+place|were\s+"
    r"(?:recorded|reported|carried\s+out|registered))\b|"
    r"^\s*(?:read\s+more|see\s+also|also\s+read|related|watch)\b)",
    re.IGNORECASE,
)
_IN_MONTH = re.compile(
    r"\b(?i:in|since|during|last|early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle)\s+of)"
    r"(?:\s+|(?<=mid-))(?P<m>January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b(?!\s+\d)"
)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)  # noqa: SIM905
}
#: "The attack came a day after assailants gunned down 18 guests": another, earlier event
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|follows|followed|coming)\s+(?:just\s+|only\s+|barely\s+|almost\s+|"
    r"nearly\s+|exactly\s+|about\s+|some\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:to\s+the\s+day\s+)?after\b|"
    r"^\s*(?:that['’]s|that\s+was|this\s+was|it\s+was)\s+when\b|"
    r"\b(?:follows|followed|came\s+after|comes\s+after)\s+(?:that|those)\s+of\b|"
    r"\b(?:came|comes|coming)\s+(?:shortly|soon|just|only|barely|hours|days)\s+after\b",
    re.IGNORECASE,
)
#: a sentence coming back to the report's own incident ("Sunday's blast", "the explosion")
_BACK_TO_EVENT = re.compile(
    r"\b(?:today['’]s|yesterday['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|"
    r"this\s+(?:attack|blast|bombing|explosion|shooting|incident)|the\s+latest)\b",
    re.I,
)
_HOMETOWN_BEFORE = re.compile(
    r"\b(?:an?|the|every|each)\s+(?:\d{1,3}-year-old\s+)?$", re.IGNORECASE
)
_EXCLUDE_BEFORE = re.compile(
    r"\b(?:accus\w+|blam\w+|visit(?:s|ed|ing)?|trips?\s+to|travel\w*\s+to|flew\s+to|"
    r"flights?\s+to|called\s+off|postponed|cancell?(?:ed|ing)(?:\s+(?:[\w-]+\s+){0,3}?in)?|"
    r"rushed\s+(?:back\s+)?to|"
    r"left\s+for|talks?\s+with|envoy|ambassadors?|embassy|"
    r"condemn\w*|sanctions?\s+(?:on|against)|backed\s+by|supported\s+by|relations\s+with|"
    r"allies|ally|returned\s+to|return\s+to|fled\s+to|extradited\s+to|headquartered\s+in|"
    r"born\s+in|grew\s+up\s+in|moved\s+(?:here\s+)?from|moved\s+to|studied\s+in|"
    r"citizen\s+of|native\s+of|warned|threatened|vowed\s+revenge\s+on|retaliate\s+against|"
    r"responded|solidarity\s+with|condolences|thanked|"
    r"(?<!(?-i:In)\s)(?<!(?-i:In\sthe)\s)(?:neighbouring|neighboring)|"
    r"as\s+far\s+(?:away\s+)?as|felt\s+in|sent\s+from|flown\s+(?:in\s+)?from|"
    # "a highway connecting Cairo to the Red Sea coast": the road's ends, not the place
    r"(?:highway|road|motorway|expressway|railway|line)\s+(?:connecting|linking)|"
    # "The quake shook buildings in the capital Jakarta": felt there, not its place
    r"(?:shook|rattled|swayed|jolted)\s+(?:[\w-]+\s+){0,2}?(?:in|across)|"
    r"arrived\s+from)\b"
    # the accused or visited place follows within a few words ("accused Israel",
    # "a planned visit to Turkey"); "for …", "of …", "on …" start the accusation's object
    r"(?:[\s,]+(?!(?:for|of|over|on|in|at|after|killing|that)\b)[\w'’-]+){0,4}?[\s,]*$",
    re.IGNORECASE,
)
_WIDESPREAD = re.compile(
    r"\b(?:across|throughout|all\s+over|around|nationwide\s+in|parts\s+of|much\s+of|"
    r"several\s+(?:provinces|states|regions|districts)\s+(?:of|in))\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)
_DISTANCE_BEFORE = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilomet(?:re|er)s?|miles?|mi)\s+(?:\(\s*[\d.,]+\s*\w+\s*\)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2}(?:ern)?\s+)?"
    r"(?:of|from|to|away\s+from)\s+"
    r"(?:the\s+)?"
    r"(?:(?:capital\s+)?(?:city|town|capital|village)\s*(?:of\s+|,\s*)?)?$|"
    # "about 25 miles from the North Sinai provincial capital of Arish"
    r"\b\d[\d,.]*\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\s+(?:from|of)\s+the\s+"
    r"(?:[A-Z][\w'’-]+\s+){1,3}(?:(?:provincial|regional|state|district)\s+)?(?:capital|city|town)\s+"
    r"(?:of\s+|,\s*)$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\b(?:lies|lying|located|situated|sits|sitting|midway|halfway)\s+(?:\w+\s+){0,2}?"
    r"between\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)
_QUOTED_AFTER = re.compile(
    r"^(?:[’']s)?\s+(?:(?:health|interior|defen[cs]e|information|civil\s+defen[cs]e|"
    r"emergency|disaster|police|security|regional|provincial|local|state|city)\s+)?"
    r"(?:foreign\s+ministry|ministry|military|army|government|president|"
    r"prime\s+minister|officials?|embassy|leaders?|spokesman|spokeswoman|state\s+media|"
    r"media|intelligence|authorities|foreign\s+minister|defen[cs]e\s+minister|"
    r"(?:[\w-]+\s+){0,2}?(?:news\s+agency|television|broadcaster|newspaper|radio|daily))\s+"
    r"(?:\w+\s+){0,3}?(?:said|says|declined|denied|condemned|warned|accused|blamed|"
    r"called|stated|told|rejected|vowed|expressed|reported|quoted|cited)",
    re.IGNORECASE,
)
#: where the wounded were taken, where a vehicle was going, where a rocket came from
_ELSEWHERE_BEFORE = re.compile(
    r"(?:\b(?:airlifted|taken|rushed|shifted|evacuated|referred|flown|transferred|moved|brought|"
    r"admitted)\s+(?:\w+\s+){0,3}?to\s+(?:(?:a|the)\s+)?(?:(?:\w+\s+)?(?:hospitals?|clinics?|"
    r"medical\s+cent(?:er|re)s?)\s+in\s+)?|\bhospitals?\s+(?:in|near|outside)\s+|\bbound\s+for\s+|"
    r"\ben\s+route\s+to\s+|\b(?:carrying|transporting|taking|delivering|bringing)\s+(?:\w+\s+){0,3}?"
    r"(?:supplies|food|aid|goods|fuel|cargo|passengers|troops)\s+to\s+|"
    r"\b(?:took|take|taking|taken|sought|seek|seeking|find|found|"
    r"finding)\s+(?:\w+\s+)?(?:refuge|shelter|safety)\s+(?:in|at)\s+|\bhead(?:ed|ing)\s+(?:for|to(?:wards)?)\s+|\bon\s+(?:its|their|the|"
    r"his|her)\s+way\s+(?:to|from)\s+|\b(?:fired|launched)\s+(?:\w+\s+){0,2}from\s+|"
    r"\b(?:hiding|sheltering|camped|fled\s+to|escaped\s+to|displaced\s+to)\s+(?:\w+\s+)?"
    r"(?:in|at|near|to)\s+(?:the\s+)?|"
    # "A team from the gendarmerie at Dori fell into an ambush … near Taparko": the unit's base
    r"\bfrom\s+the\s+(?:\w+\s+)?(?:gendarmerie|garrison|barracks|brigade|battalion|base|camp|"
    r"police\s+station|military\s+post)\s+(?:at|in)\s+|"
    r"\b(?:speaking|briefing\s+reporters|told\s+reporters)\s+(?:from|in|at)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:in|of|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+|capital\s+(?:city\s+)?(?:of\s+)?)?$",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(
    r"\b(?:outside|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west)(?:ern)?\s+of|an?\s+(?:\w+\s+)?suburb\s+of|(?:just|some|about)\s+"
    r"(?:outside|north|south|east|west))\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+)?"
    r"(?:(?:city|town|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_ROUTE = re.compile(
    r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+to\s+(?:the\s+)?$|"
    r"\b(?:to|towards?|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:\s+(?:district|province|city|town|state|region|area))?\s+from\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:city|town|capital|village)\s+of\s+)?$"
)
#: the attacker's fate, not the incident: "was arrested in Denver", "shot dead by police in X"
_PERP_FATE = re.compile(
    r"\b(?P<fate>arrested|apprehended|captured|caught(?!\s+fire\b)|detained|surrendered|custody|manhunt|"
    r"tracked\s+down|found\s+(?:dead|hiding)|(?:killed|shot(?:\s+and\s+killed)?|shot\s+dead)"
    r"\s+by\s+(?:the\s+)?(?:a\s+)?(?:police|officers?|law\s+enforcement|troopers?|deputies|"
    r"swat|security\s+forces|troops|soldiers))\b",
    re.IGNORECASE,
)
#: words of a page's date line besides the date and a name or two
_PAGE_WORDS = frozenset(
    """
published posted updated last modified first on by at date dated am pm gmt utc est edt bst
cet ist pst pdt time local ago minutes minute hours hour mins min mon tue wed thu fri sat sun
""".split()  # noqa: SIM905
)
_LOCATIVE_EVENT = re.compile(
    r"\b(?:in|at|near|outside|inside|on\s+the\s+outskirts\s+of|hit|struck|rocked)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


_DEATH_WORDS = re.compile(
    r"\b(?:killed|killing|dead|died|dying|deaths?|fatal\w*|lives|drowned)\b", re.IGNORECASE
)
_OCCURRED = re.compile(
    r"\b(?:struck|strikes|hit|hits|exploded|explodes|went\s+off|occurred|happened|took\s+place|"
    r"erupted|broke\s+out|opened\s+fire|stormed|attacked|detonated|derailed|collapsed|crashed|"
    r"capsized|began|started|carried\s+out|launched|fell|caved\s+in|gave\s+way|toppled|"
    r"sank|overturned|plunged|burst)\b(?:\s+\w+){0,3}\s*$|"
    r"^\s*,?\s*(?:when|as)\s+(?:a|an|the|two|gunmen|militants)\b",
    re.IGNORECASE,
)
_AFTERMATH = re.compile(
    r"\b(?:rescuers?|rescue\s+(?:teams?|workers|operations?)|dug|digging|search(?:ed|ing)?|"
    r"rubble|funerals?|buried|mourn\w*|vigils?|toll\s+(?:rose|climbed|rises|has\s+risen)|"
    r"aid\s+(?:arrived|reached)|visited|condemned|investigat\w+|taken\s+ashore|salvaged|refloated|"
    r"retrieved|fished\s+out|(?:rose|climbed|risen|jumped|"
    r"increased)\s+to)\b[^.;]*$",
    re.IGNORECASE,
)

#: a later act (arrest, trial, statement) whose date is not the incident's
_LATER_ACT = re.compile(
    r"\b(?:statement|said|says|announced|released|mourning|funeral|visit\w*|meeting|confirmed|"
    r"press\s+conference|told|published|reported|updated|posted|vigil|trial|tried|sentenced|"
    r"court|arrested|charged|turned\s+(?:himself|herself|themselves)\s+in|surrendered|"
    r"captured|caught(?!\s+fire\b)|booked|indicted|convicted|pleaded|executed|identified|extradited|"
    r"died\s+(?:later|in\s+(?:the\s+)?hospital))\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_NUM_WORD = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+"
#: "<date> — the day before the shooting", "<date>, two days after the attack"
_OFFSET = re.compile(
    r"^\s*(?:,|—|–|-)?\s*(?:just\s+|only\s+)?(?P<n>the|a|one|two|three|four|five|six|seven|"
    r"\d)\s+(?P<unit>days?|nights?|weeks?)\s+(?P<dir>before|after)\s+(?:the\s+|a\s+|an\s+|"
    r"this\s+)?(?:[\w-]+\s+){0,2}?(?:shootings?|attacks?|bombings?|blasts?|explosions?|"
    r"massacre|rampage|killings?|murders?|ambush|raid|incident|spree|earthquake|quake|bombs?|"
    r"(?:air)?strikes?|crash|collapse|stampede|fire|flood(?:ing|s)?|landslide|storm|cyclone|"
    r"stabbings?|assault|siege|clashes|riots?|derailment|sinking)\b",
    re.IGNORECASE,
)
#: a sentence opening on an offset to the event ("Two days after the attack, ...")
_OFFSET_LEAD = re.compile(
    r"^\s*(?:just\s+|only\s+|some\s+)?(?P<n>a|one|two|three|four|five|six|seven|\d)\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+",
    re.IGNORECASE,
)
#: a sentence-opening date followed by a statement ("On Friday, officials said ...")
_STATED_AFTER = re.compile(
    r"^\s*,\s*(?:[\w'’.-]+\s+){0,4}?(?:said|says|announced|reported|confirmed|told|stated|"
    r"added|disclosed|revealed)\b",
    re.IGNORECASE,
)
_AFTERMATH_AFTER = re.compile(
    r"^\s*,?\s*(?:[\w'’.-]+\s+){0,3}?(?:protesters|demonstrators|mourners|relatives|residents|"
    r"hundreds|thousands|crowds|families)\s+(?:\w+\s+)?(?:gathered|protested|marched|rallied|"
    r"mourned|buried|held|took\s+to)\b",
    re.IGNORECASE,
)
_HAPPENED_AT = re.compile(
    r"\b(?:incident|attack|blast|explosion|shooting|bombing|accident|crash|tragedy|stampede|"
    r"collapse|sinking|ambush|raid|massacre|fire)\b[^.;]{0,80}\b(?:occurred|happened|"
    r"took\s+place)\b",
    re.IGNORECASE,
)
#: "the incident occurred on", "the blast happened at 8 a.m. on"
_EVENT_HAPPENED = re.compile(
    r"\b(?:incident|attack|blast|explosion|shooting|bombing|accident|crash|quake|earthquake|"
    r"fire|tragedy|stampede|collapse|sinking|ambush|raid|massacre)\s+(?:\w+\s+){0,2}?"
    r"(?:occurred|happened|took\s+place|struck|hit|erupted|broke\s+out|began)\s+"
    r"(?:[\w:.]+\s+){0,3}?$",
    re.IGNORECASE,
)
#: a revised toll right before the date ("… rose to 36 on Monday")
_TOLL_UPDATE = re.compile(
    r"\b(?:rose|climbed|risen|jumped|increased|reached|stood\s+at|stands\s+at|revised\s+"
    r"(?:up|upwards?)\s+to)\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?"
    r"[\w,.-]+\s+(?:\w+\s+)?(?:by|on|as\s+of)?\s*$|"
    # "the death toll had risen overnight"
    r"\btoll\s+(?:had|has|have)\s+(?:risen|climbed|increased|jumped)\s*$",
    re.IGNORECASE,
)
#: a date introduced as a later day ("two days later on", "the next day,")
_LATER = re.compile(
    r"\b(?:later|the\s+(?:next|following)\s+(?:day|morning|night|evening|week)|next\s+day)"
    r"\s*,?\s*(?:on|that|in\s+the)?\s*$",
    re.IGNORECASE,
)
#: the date of something that came after another event ("Monday, two days after the attack")
_ORDINAL_ITEM = re.compile(
    r"\s*(?:The|A|In\s+the)\s+(?:second|third|fourth|other)\s+(?:[\w-]+\s+)?(?:attack|ambush|"
    r"blast|bombing|explosion|raid|incident|strike|airstrike)\b|"
    # "The first bombing in Tanta …, killing 27. The second, carried out … in Alexandria"
    r"\s*The\s+(?:second|third|fourth)\s*,[^.;]{0,120}?\b(?:in|at|near)\s+(?-i:[A-Z])"
)
_SETTLEMENT_AFTER = re.compile(
    r"\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|hamlet|locality|settlement|"
    r"community|island|suburb|neighbou?rhood)\b|\s+(?:town|village|hamlet|locality)\b",
    re.I,
)
#: a brief's own dateline inside a page of several: "WOODLAWN, Md. — ", "LAGOS (AP) — "
_INNER_DATELINE = re.compile(
    r"[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2},?\s+(?:[A-Z][a-z]{1,4}\.\s+|"
    r"\((?:AP|AFP|Reuters)\)\s+)[—–-]\s"
)
#: a later sentence telling the toll of the incident just told
_THIS_ATTACK = re.compile(
    r"\b(?:(?:in|during)\s+)?(?:this|that|the)\s+(?:[\w-]+\s+)?(?:attack|"
    r"raid|ambush|assault|clash|battle|gunfight|firefight|fighting|incident|"
    r"blast|bombing|explosion)\b",
    re.I,
)
#: a claim of several attacks at once: "claimed both attacks", "claimed the bombings"
_ALL_ATTACKS = re.compile(
    r"\b(?:both|all(?:\s+the)?|each\s+of\s+the|the|these|those)\s+(?:[\w-]+\s+)?(?:attacks|"
    r"bombings|blasts|explosions|assaults|raids|ambushes|strikes)\b",
    re.I,
)
#: a claim's object that is every attack told: "claimed responsibility for all three attacks"
#: (not "for the attacks": the item's own blasts, maybe)
_CLAIM_OF_ALL = re.compile(
    r"\s+(?:for|of)\s+(?:both|all(?:\s+the)?|each\s+of\s+the|the\s+(?:two|three|four|five|six))"
    r"\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|explosions|assaults|raids|ambushes|strikes)\b",
    re.I,
)
#: where a sentence goes on to another incident: "…, while another car bomb … in Hawijah"
_ITEM_JOIN = re.compile(
    r"[,;]\s+(?:(?:while|whereas)\s+(?=an?\s)|(?:while|whereas|and)\s+(?=another\b|"
    r"an?\s+(?:second|third|fourth|separate)\b|in\s+(?:nearby\s+|neighbou?ring\s+|"
    r"(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)\s+)?(?-i:[A-Z])|"
    r"near\s+(?-i:[A-Z])))|"
    # "…, and a grenade attack on an army checkpoint near northern Baghdad killed a soldier"
    r"[,;]\s+and\s+(?=an?\s+(?:[\w-]+\s+){0,2}?(?:attack|bomb|blast|explosion|bombing|"
    r"shooting)\s+(?:on|in|at|near|targeting)\s+[^,.;]{0,60}?\b(?:in|near|at)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+)?(?-i:[A-Z])[^,.;]{0,40}?\s(?:killed|wounded|"
    r"injured|left)\b)|"
    # "A Taliban attack … that killed 11 officers in Helmand province and a suicide bombing
    # of a NATO convoy that left a civilian in Kandahar dead"
    r"\s+and\s+(?=an?\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|explosion|ambush|raid|"
    r"airstrike|strike)\s+(?:on|of|in|at|near|targeting)\s+[^,.;]{0,60}?\s(?:that|which)\s+"
    r"(?:killed|left|wounded|injured)\b)|"
    # "At Kazarahoyo, the attackers killed five civilians while in Bulongo, two were killed"
    r"\s+(?:while|whereas)\s+(?=in\s+(?:nearby\s+|neighbou?ring\s+)?(?-i:[A-Z]))|"
    # "… in Cho Airong district and two villagers shot dead in Pattani's Nong Chik district"
    r"\s+and\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:were\s+|was\s+)?(?:killed|shot\s+dead|wounded|injured|died)\b)",
    re.I,
)
#: a clause's own place: "in Kazimiyah", "in the town of Hawijah", "in nearby Barangay …"
_CLAUSE_PLACE = re.compile(
    r"\b(?:in|near|at)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|district|area|province)"
    r"\s+of\s+|nearby\s+|neighbou?ring\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"((?-i:[A-Z])[\w'’-]+)"
)


_LEAD_AFTER = re.compile(
    r"\s*(?:(?:just|only|barely|mere)\s+)?(?:(?:a|one|two|three|four|five|a\s+few|several|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|minutes?|fortnight)\s+(?:after|before)\s+(?!the\s+(?:attack|blast|bombing|"
    # ("Only hours before the attack in Soweto, gunmen in Pietermaritzburg …": another's)
    r"explosion|shooting)\b(?!\s+(?:in|at)\s+(?-i:[A-Z])))[^,]{5,200},",
    re.IGNORECASE,
)
#: a forecast: what a storm is expected to do, where it could hit
_FUTURE = re.compile(
    r"\b(?:expected|forecast|predicted|scheduled|likely|set)\s+to\b|\b(?:will|could|would|may|"
    r"might)\s+(?:\w+\s+)?(?:make|hit|reach|strike|bring|become|continue|move|pass|head|"
    r"approach|arrive|be)\b",
    re.IGNORECASE,
)
#: a photo caption's marks: a bullet, a photo credit
_CAPTION = re.compile(
    r"^\s*[•▪]|\((?:AP|AFP|Reuters|EPA|Getty)?\s*Photos?\b|\bPhoto(?:graph)?:\s|"
    r"\((?:AP|AFP|Reuters|EPA|Getty\s+Images)\)\s*$",
    re.M,
)
_LATER_SAME_DAY = re.compile(r"\s*" + _LATER_DAY, re.I)
#: an unknown name that is an area itself ("Jawzjan province"), not a town inside one
_AN_AREA_AFTER = re.compile(
    r"\s+(?:province|district|county|region|governorate|state|township|"
    r"zone|prefecture|department|woreda|upazila|"
    r"municipality|local\s+government|LGA|sub-?district|tehsil)\b",
    re.I,
)
_PLACE_FIELDS = (
    "place",
    "location",
    "country",
    "admin1",
    "latitude",
    "longitude",
    "precision",
    "geocode_status",
    "geocode_confidence",
    "geocode_candidates",
    "geocode_reason",
)
#: a sentence that opens a new event with an indefinite article ("A roadside bomb …")
_NEW_EVENT = re.compile(
    r"\s*(?:(?:On|Late|Early)\s+\w+(?:\s+(?:night|morning|evening))?,?\s+|Earlier,?\s+|"
    r"Meanwhile,?\s+|Also,?\s+|(?:He|She|They|The\s+source|The\s+official)\s+(?:also\s+)?"
    r"(?:added|said)\s+that\s+)?(?i:an?)\s+(?:[\w-]+\s+){0,5}?(?:bomb|blast|explosion|attack|"
    r"bomber|bombing|gunman|gunmen|militants|landmine|mine|IED|grenade|rocket|mortar|airstrike|"
    r"air\s+strike|drone\s+strike|shelling|fire|landslide|stampede|crash|collision|"
    r"earthquake)s?\b|"
    # "Separate drive-by shootings in towns of Diyala province killed two civilians"
    r"\s*(?:In\s+)?(?:Two\s+|Three\s+)?[Ss]eparate\s+(?:[\w-]+\s+){0,2}?(?:attacks|shootings|"
    r"bombings|blasts|explosions|clashes|raids|ambushes|airstrikes|strikes)\b(?!,)"
)
#: a round-up's item opening on its place: "In northern Jawzjan province, three laborers …"
_NEW_PLACE_LEAD = re.compile(
    r"\s*(?:Also\s+|Meanwhile\s+|And\s+)?(?:on\s+\w+\s+)?in\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|"
    r"adjacent|adjoining)\s+)?(?:(?:north|south|east|west)\w*\s+|"
    # "In the city of Mosul further north,", "In the capital Baghdad,"
    # ("In Saddam's hometown of Tikrit,")
    r"central\s+|downtown\s+|suburban\s+|greater\s+|restive\s+|volatile\s+)?"
    r"(?:(?:[A-Z][\w-]+['’]s\s+)?(?:[a-z][\w-]+\s+){0,2}?(?:city|town|village|"
    r"capital|hometown|province|district|region|governorate)(?:\s+of)?\s+)?"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+(?:province|district|state|county|"
    r"region|city|town|area|village|LGA|Local\s+Government\s+Area|governorate|township)|"
    # "In Kwall District of Bassa LGA, gunmen ambushed …" (not "Indian state of Assam")
    r"\s+(?:district|division|neighbou?rhood|area|suburb|quarter)\s+of\s+"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+(?:province|"
    r"district|state|county|region|LGA|Local\s+Government\s+Area|governorate))?)?"
    r"(?:\s+(?:further|farther)\s+(?:north|south|east|west)\w*)?\s*,",
    re.IGNORECASE,
)
#: an item opening on its own toll and telling its own event: "Five civilians were killed
#: … earlier on Thursday when a roadside bomb and a car bomb exploded in Baghdad"
_NEW_TOLL_LEAD = re.compile(
    r"\s*(?:On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    r"(?:(?:at\s+least|about|some|more\s+than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty)\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead)"
    r"\b[^.;]{0,120}?\b(?:when|as|after|in)\s+(?:an?\s+|two\s+)(?:[\w-]+\s+){0,3}?(?:bombs?|blasts?|"
    r"explosions?|attacks?|gunmen|militants|airstrikes?|air\s+strikes?|strikes?|shelling|ambush|"
    r"raid|shoot-?out|shooting|clash|encounter)\b",
    re.IGNORECASE,
)
#: a lede that sums up several incidents told one by one after it
_SUMMARY = re.compile(
    r"\b(?:attacks|bombings|violence|explosions|shootings)\s+(?:\w+\s+)?across\s+(?:the\s+)?"
    r"(?-i:[A-Z])|"
    # "the latest Taliban attacks have killed 17 policemen across the country"
    r"\b(?:attacks|bombings|explosions|shootings|clashes|violence)\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:killed|left|claimed\s+the\s+lives\s+of)\s+"
    r"(?:[\w-]+\s+){1,4}?across\s+the\s+(?:country|nation)\b|"
    # "in a wave of violent attacks across Iraq", "in different parts of Iraq"
    r"\b(?<!latest\s)(?<!recent\s)(?<!latest\sin\sa\s)(?:wave|series|spate|string)\s+of\s+"
    r"(?:[\w-]+\s+)?(?:attacks|bombings|explosions|"
    r"blasts|violence)\b|\b(?:in|across)\s+(?:different|various|several)\s+parts\s+of\b|"
    # "attack by gunmen across communities in Plateau State"
    r"\bacross\s+(?:(?:several|multiple|many|\w+)\s+)?(?:communities|villages|towns|districts|"
    r"localities|settlements)\b|"
    r"\b(?:separate|several|multiple|a\s+series\s+of|two|three|four|five|six|(?<=least\s)\d+)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|explosions|blasts|bombings|incidents|airstrikes|air\s+strikes|raids|shootings|"
    r"provinces|districts|states|towns|cities|"
    r"villages|places|regions|neighbou?rhoods|areas|locations|sites|parts|"
    # "gunmen opened fire on three taverns"
    r"taverns|bars|pubs|nightclubs|restaurants|churches|mosques|schools|markets)\b|"
    # "Overall, at least 94 Iraqis were killed and 289 more were wounded."
    r"^\s*(?:Overall|In\s+all|Altogether|All\s+told),\s|"
    # "At least 119 were killed and 64 more were wounded:" over the list of items
    r"\b(?:killed|dead|wounded|injured)[^.;:]{0,30}:\s*$",
    re.IGNORECASE,
)
_AFTER_THE_EVENT = re.compile(
    r"^\s*,?\s*(?:after|following|since)\s+(?:the|this|that|last\s+\w+['’]s|\w+day['’]s)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacre|assault|"
    r"incident|tragedy|quake|earthquake|crash|killings?|stabbing|rampage)\b",
    re.IGNORECASE,
)
_AFTER_SOMETHING = re.compile(
    rf"^\s*,?\s*(?:more\s+than\s+|just\s+|only\s+|some\s+)?(?:(?:{_NUM_WORD})\s+"
    r"(?:full\s+)?(?:days?|nights?|hours?|weeks?|months?|years?)|the\s+(?:day|night|morning|"
    r"week)|hours|days|weeks|months)\s+(?:after|since|before|following)\b",
    re.IGNORECASE,
)


_GAZETTEER: Any = None
_WGS84 = CRS.from_user_input("EPSG:4326")

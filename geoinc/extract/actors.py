"""Who: the group that claimed an attack, and the party someone blamed for it.

``claimed_by`` needs a claim of responsibility ("X claimed responsibility", "X said it
was responsible", "claimed by X"); ``blamed_on`` an accusation or a suspicion ("Iran
accused Israel", "blamed the attack on X", "suspected X militants").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geoinc._countries import to_iso2
from geoinc.extract.places import DEMONYMS
from geoinc.extract.text import has_any

__all__ = [
    "ActorMention",
    "find_claims",
    "find_blame",
    "find_described",
    "clean_actor",
    "same_actor",
    "state_attacker",
    "KNOWN_GROUPS",
]

# a group name: capitalised words (ISIS, Islamic State, Boko Haram, al-Shabaab, the Taliban)
_NAME = (
    r"(?:\b(?:the|an?)\s+)?(?:so-called\s+)?(?:communist\s+(?=[A-Z]))?"
    r"(?:[A-Z][\w'’]+-based\s+(?=(?:militant|jihadist|extremist|separatist|rebel|terrorist|"
    r"armed|insurgent|[Ii]slamist|group)\b))?"
    r"(?:(?:(?:[Ss]omali|[Nn]igerian|[Pp]akistani|[Aa]fghan|[Ii]slamist|"
    r"[Jj]ihadi)\s+(?=(?:militant|jihadist|extremist|separatist|rebel|terrorist|armed|"
    r"insurgent|[Ii]slamist|group)\b))?(?:(?:banned|outlawed|proscribed|militant|jihadist|"
    r"extremist|separatist|rebel|terrorist|armed|insurgent|leftist|left-wing|right-wing|"
    r"radical|[Ii]slamist|[Jj]ihadi)\s+){1,2}"
    r"(?:(?:group|organi[sz]ation|"
    r"movement|outfit)\s+)?)?(?:(?:al|el)[-‐ ]|(?:ad|ash|at|an|ar|as)[-‐])?[A-Z][\w'’.-]*"
    r"(?:\s+(?:(?:of|the|for|and|al|el|bin|in|al-|de|del|la|da|do|des|du)\s+)*(?:(?:al|el)[-‐])?"
    r"[A-Z][\w'’.-]*){0,6}"
    r"(?:\s*\([A-Z][\w-]{1,10}\)(?=\s+(?:group|militants|organi[sz]ation)\b))?"
    r"(?:\s+(?:(?:militant|terrorist|jihadist|extremist|rebel|insurgent|armed|separatist)\s+"
    r"(?=(?:group|organi[sz]ation|outfit|movement)\b))?(?:group|organi[sz]ation|outfit|"
    r"militants?|militia|insurgents|rebels|movement|fighters|"
    r"jihadists?|extremists|terrorists|cell|affiliate|branch|network|forces|troops|"
    r"army|military|soldiers|government|authorities|police|security\s+forces|"
    r"separatists|paramilitaries|gangs?|cartel))?(?:\s*\([A-Z][\w-]{1,10}\))?"
)
#: a name without the article or the generic words around it
_NAME_CORE = (
    r"(?:(?:al|el)[-‐ ]|(?:ad|ash|at|an|ar|as)[-‐])?[A-Z][\w'’.-]*"
    r"(?:\s+(?:(?:of|the|al|el|bin|al-)\s+)*(?:(?:al|el)[-‐])?[A-Z][\w'’.-]*){0,4}"
)
#: armed groups that news reports name without a generic word ("Boko Haram attacked")
KNOWN_GROUPS = (
    r"Boko\s+Haram|(?:al|Al|el|El)[-‐ ]?Shaba?ab|Shebab|Shabaab|Shabab|(?:the\s+)?Taliban|"
    r"Tehrik-[eiy]-Taliban(?:\s+Pakistan)?|Tehreek-[eiy]-Taliban(?:\s+Pakistan)?|TTP|"
    r"Islamic\s+State(?:\s+group)?|ISIS|ISIL|Daesh|ISWAP|ISKP|IS-K|ISGS|"
    r"(?:al|Al)[-‐ ]Qa[e']?ida(?:\s+in\s+the\s+Arabian\s+Peninsula)?|AQAP|AQIM|JNIM|"
    r"Hamas|Hezbollah|Hizbollah|Houthis?|Huthis?|Abu\s+Sayyaf|"
    r"Allied\s+Democratic\s+Forces|ADF|FARC|ELN|PKK|TAK|LTTE|Tamil\s+Tigers|"
    r"Lashkar-e-Ta[iy]y?ba|Jaish-e-Moha?mm?ed|Hizbul\s+Mujahideen|ULFA|NDFB|"
    r"Ansarul\s+Islam|Ansar\s+Dine|Ansar\s+al-Sharia|Ansar\s+Bait\s+al-Maqdis|"
    r"Janjaweed|Rapid\s+Support\s+Forces|RSF|M23|CODECO|MILF|BIFF|New\s+People['’]s\s+Army|NPAs?|"
    r"Jamaat-ul-Ahrar|Lashkar-e-Jhangvi|Jundallah|Jaish\s+al-Adl|Haqqani\s+network|Maute\s+group|"
    r"Jalisco\s+New\s+Generation\s+Cartel|CJNG|Sinaloa\s+Cartel|Zetas|Gulf\s+Cartel|"
    r"Shining\s+Path|ETA|IRA|Real\s+IRA|Hayat\s+Tahrir\s+al-Sham|HTS|Nusra\s+Front|"
    r"al-Nusra(?:\s+Front)?|Ambazonia(?:n)?\s+(?:separatists|fighters|Defence\s+Forces)|"
    r"Amba\s+(?:boys|fighters)"
)
_GROUP_WORDS = (
    r"(?:\s+(?:militants?|fighters|insurgents|rebels|jihadists?|gunmen|militia(?:men)?|"
    r"terrorists|extremists|members|elements|suicide\s+bombers?))?"
)
_ATTACK_VERBS = (
    r"(?:attacked|stormed|raided|killed|ambushed|bombed|abducted|kidnapped|"
    r"detonated|set\s+off|triggered|exploded|"
    r"opened\s+fire|overran|shelled|massacred|beheaded|slaughtered|torched|set\s+fire|"
    r"invaded|struck|targeted|launched\s+an?\s+attack|carried\s+out|"
    # "the Houthi militia fired two missiles"
    r"(?:fired|launched)\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|shells?|mortars?|drones?))"
)
_ATTACK_NOUNS = (
    # (a headline's title case too: "… Injured in Al-Shabaab Attack in Lamu")
    r"(?:[Aa]ttacks?|[Rr]aids?|[Aa]mbush(?:es)?|[Bb]ombings?|[Bb]ombs?|[Bb]lasts?|[Aa]ssaults?|"
    r"[Mm]assacres?|suicide\s+(?:bomber|bombing|attack)s?|car\s+bombs?|IEDs?|"
    r"offensive|incursions?|killings?|[Mm]issiles?|[Rr]ockets?)"
)
#: "suspected separatists detonated a bomb": a kind of actor the report suspects, unnamed
_DESCRIBED = re.compile(
    r"\b[Ss]uspected\s+(?P<name>(?:(?:Fulani|Dogon|Dozo|Malay|Muslim|Anglophone|Ambazonian|"
    r"armed|ethnic)\s+)?(?:separatists?|secessionists?|herdsmen|herders|Maoists|Naxal(?:ite)?s|"
    r"Naxal(?:ite)?\s+rebels|jihadists|bandits|(?:drug\s+)?cartel\s+(?:members|gunmen|hitmen)|"
    r"separatist\s+(?:rebels|militants|fighters|insurgents|gunmen)))\b"
)
_GENERIC_SUSPECTS = (
    r"(?P<name>(?:(?:Islamic|Islamist)\s+)?(?:militants|rebels|insurgents|"
    r"guerr?ill?as|terrorists|extremists)|Islamists)\b"
)
#: a kind of actor blamed, unnamed: "blamed the attack on “terrorist” groups"
_BLAMED_ON_KIND = re.compile(
    r"\b(?:blamed|blaming|blames)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|"
    r"explosions?|killings?|shootings?|ambush|massacre|raid|assault))\s+on\s+"
    r"(?:the\s+)?(?P<name>[\"“]?(?:(?:Islamist|Islamic|jihadist|terrorist|extremist|armed|"
    r"takfiri)[\"”]?\s+)?(?:militants|rebels|insurgents|terrorists|extremists|jihadists|"
    r"Islamists|separatists)|[\"“]?(?:Islamist|jihadist|terrorist|extremist|takfiri)[\"”]?\s+"
    r"(?:groups|elements|cells))\b"
)
#: suspected fighters told acting ("an attack by suspected militants", "suspected Islamic
#: militants stormed"), not suspects shot dead ("killed four suspected terrorists")
_DESCRIBED_ACTORS = [
    re.compile(r"\bby\s+(?:a\s+group\s+of\s+)?[Ss]uspected\s+" + _GENERIC_SUSPECTS),
    re.compile(
        r"\b[Ss]uspected\s+" + _GENERIC_SUSPECTS + r"(?=\s+(?:attacked|stormed|opened|"
        r"killed|raided|ambushed|detonated|fired|shot|hurled|threw|lobbed|planted|struck|"
        r"targeted|abducted|set)\b)"
    ),
]
_KINDS = (
    r"(?:(?:armed|suspected|Fulani|heavily\s+armed|Islamist|Islamic)\s+)?(?:bandits|herdsmen|"
    r"herders|jihadists|jihadis|insurgents|militiamen|separatists|Maoists|Naxals|"
    r"(?:Islamist|jihadist|armed)\s+militants|Islamist\s+fighters|"
    r"(?:communist|Maoist|Naxal(?:ite)?)\s+(?:rebels|guerr?ill?as|insurgents))"
)
_KIND_HINT = (
    "bandit",
    "herds",
    "herder",
    "jihad",
    "insurgent",
    "militia",
    "separatist",
    "militant",
    "communist",
    "fighter",
    "junta",
    "maoist",
    "naxal",
    "government",
    "regime",
    "planted",
    "laid",
)
#: a kind of actor told acting: "Bandits killed five", "attacked by jihadists"
_DESCRIBED_ACTING = [
    re.compile(
        rf"(?:^\s*(?:\([A-Za-z]{{2,12}}\)\s*[-–—:]?\s*)?|[.;:,]\s+|"
        rf"\b(?:when|after|as|where|said|says|that)\s+)(?:(?i:the)\s+)?"
        rf"(?P<name>(?i:{_KINDS}))(?:,[^,]{{1,60}},)?\s+"
        r"(?:(?:on\s+\w+|reportedly|allegedly|also|had|have|again|then|first)\s+)*"
        r"(?:(?:attack|kill|storm|raid|invade)s?\b|" + _ATTACK_VERBS + r"\b)"
    ),
    # "gunmen suspected to be armed herders"
    re.compile(
        rf"\b(?i:gunmen|attackers|assailants|men|raiders)\s+(?:suspected|believed|thought)\s+"
        rf"to\s+be\s+(?P<name>(?i:{_KINDS}|herdsmen|herders|militia))\b"
    ),
    # "an attack blamed on jihadists"
    re.compile(
        rf"\b(?:blamed\s+on|attributed\s+to)\s+(?:suspected\s+)?(?:the\s+)?"
        rf"(?P<name>(?i:{_KINDS}))\b"
    ),
    re.compile(
        rf"\b(?:attacked|killed|ambushed|raided|abducted|kidnapped|massacred|fired\s+(?:at|upon)|"
        rf"beheaded|overran|stormed|(?:an?|the)\s+(?:ambush|attack|raid|assault))\s+by\s+"
        rf"(?:a\s+(?:group|band|gang)\s+of\s+|the\s+)?"
        rf"(?:suspected\s+)?(?P<name>(?i:{_KINDS}))\b"
    ),
    re.compile(
        rf"\b(?i:an?|the)\s+(?:suspected\s+)?(?P<name>(?i:jihadist|bandit|insurgent|"
        rf"militia|herdsmen|separatist|Maoist|Naxal))\s+{_ATTACK_NOUNS}\b"
    ),
    # "Police believe both incidents were staged by separatists", "an explosive planted in
    # the town of Bamenda by suspected separatists"
    re.compile(
        rf"\b(?:staged|perpetrated|committed|orchestrated|carried\s+out|planted|laid)\s+"
        rf"(?:(?:in|at|near|on)\s+[^.;,]{{1,70}}?\s+)?by\s+"
        rf"(?:suspected\s+)?(?P<name>(?i:{_KINDS}))\b"
    ),
    # "two insurgents strongly believed to be responsible", "a Maoist-inflicted blast"
    re.compile(
        rf"\b(?P<name>(?i:{_KINDS}))\s+(?:strongly\s+|widely\s+)?(?:believed|thought|"
        r"suspected)\s+to\s+(?:be|have\s+been)\s+(?:responsible|behind)\b"
    ),
    re.compile(
        r"\b(?P<name>(?i:Maoist|Naxal|jihadist|separatist|insurgent))-(?:inflicted|"
        r"triggered|planted|laid|made|led)\b"
    ),
    # "killed in shelling by government forces", "airstrikes by regime forces"
    re.compile(
        r"\b(?:shelling|air\s*strikes?|bombardment|attacks?|fire|raids?)\s+by\s+(?:the\s+)?"
        r"(?P<name>(?i:(?:pro-)?government|regime))\s+(?:forces|troops)\b"
    ),
    # "a landmine that the Houthis had earlier planted"
    re.compile(
        r"\b(?:mines?|landmines?|bombs?|explosives?|IEDs?|devices?)\s+(?:that|which)\s+(?:the\s+)?"
        r"(?P<name>[A-Z][\w'’-]+)\s+(?:had\s+|have\s+|has\s+)?(?:earlier\s+|previously\s+)?"
        r"(?:planted|laid|placed)\b"
    ),
    # "separatists fighting for … Ambazonia were behind the attack"
    re.compile(
        rf"\b(?P<name>(?i:{_KINDS}))\b[^.;]{{0,100}}?\b(?:were|was)\s+(?:\w+ly\s+)?"
        r"behind\s+the\s+(?:attack|killings?|massacre|raid|ambush|bombing|assault)"
    ),
    # "two junta airstrikes", "junta troops shelled", "bombed by the junta": a military junta
    re.compile(
        r"\b(?P<name>(?i:junta))(?:['’]s)?(?:\s+|-)(?:(?i:air\s*strikes?|troops|soldiers|"
        r"forces|jets?|aircraft|shelling|artillery|raids?|attacks?|bombing|bombardment|"
        r"(?:has\s+|had\s+)?(?:killed|bombed|struck|attacked|shelled)|launched|led))\b"
    ),
    re.compile(
        r"\b(?:bombed|shelled|attacked|raided|struck|hit|killed)\s+by\s+(?:the\s+)?"
        r"(?:military\s+|Myanmar\s+)?(?P<name>(?i:junta))\b"
    ),
]
#: a word each name-first pattern needs somewhere in the sentence: a cheap first look that
#: spares the pattern's search from every capitalised word of sentences without it
#: (keyed by the pattern's id: hashing a compiled pattern hashes its whole program)
_NEEDS: dict[int, re.Pattern[str]] = {}


def _name_first(needs: str, pattern: str) -> re.Pattern[str]:
    """A pattern that opens on the actor's name, tried only when ``needs`` occurs."""
    rx = re.compile(pattern)
    _NEEDS[id(rx)] = re.compile(needs, re.IGNORECASE)
    return rx


_CLAIM_PATTERNS = [
    # "ISIS has claimed responsibility", "ISIS claimed the attack"
    _name_first(
        r"claim",
        rf"(?P<name>{_NAME})(?:,[^,]{{1,120}},|,\s+(?:an?|the)\s+[^,]{{1,80}}?"
        r"(?=\s+(?:has\s+|have\s+|had\s+)?claimed\b))?\s+(?:has\s+|have\s+|had\s+|later\s+|"
        r"quickly\s+|swiftly\s+|reportedly\s+|also\s+|initially\s+|first\s+|"
        r"purportedly\s+|apparently\s+|allegedly\s+|officially\s+|since\s+|"
        r"subsequently\s+|soon\s+|already\s+|on\s+\w+\s+|late\s+on\s+\w+\s+|"
        r"yesterday\s+|today\s+|overnight\s+|in\s+a\s+statement\s+)*"
        r"(?:claimed|claims|claiming|Claims|Claimed)\s+"
        r"(?:responsibility|Responsibility|credit|the\s+(?:full\s+|immediate\s+|sole\s+)"
        r"responsibility|the\s+(?:attack|bombing|blast|blasts|attacks|"
        r"bombings|killing|killings|shooting|explosion|explosions|assault|massacre)|"
        # (a headline: "Kurdish group TAK claims deadly Ankara attack")
        r"(?:deadly|fatal|twin|double|suicide|bloody|Deadly|Suicide|Twin)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:attacks?|bombings?|blasts?|explosions?|[Aa]ttacks?|[Bb]ombings?|[Bb]lasts?)|"
        r"(?:both|the|these|those|all|two|three|a|an|Sunday's|Monday's|Tuesday's|"
        r"Wednesday's|Thursday's|Friday's|Saturday's|\w+'s)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|assaults?|raids?|"
        r"killings?|massacres?|strikes?|ambush(?:es)?)|"
        r"it|that\s+it|to\s+have)",
    ),
    # "A Taliban spokesman claimed responsibility": the group whose spokesman spoke
    _name_first(
        r"spokes|commander",
        rf"(?P<name>{_NAME})(?:['’]s)?\s+(?:military\s+|chief\s+|main\s+)?(?:spokes(?:man|woman|"
        r"person)|commander)\s+(?:has\s+|had\s+|later\s+|also\s+|quickly\s+)*(?:claimed|claims)"
        r"\s+(?:responsibility|credit|the\s+(?:attack|attacks|bombing|bombings|blast|blasts|"
        r"assault|ambush|raid|killing|killings))\b(?!\s+(?:was|were|had|is)\b)",
    ),
    # "A man claiming to be a spokesperson for the Taliban militia, …, said the radical
    # Sunni Muslim movement was responsible for the blast": the spokesman's group
    re.compile(
        rf"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?P<name>{KNOWN_GROUPS})"
        r"[^.;]{0,160}?\bsaid\s+(?:that\s+)?(?:it|they|the\s+[\w\s-]{0,40}?)\s+"
        r"(?:was|were|is|are)\s+(?:responsible|behind)\b"
    ),
    # "ISIS has announced that they are responsible", "ISIS said it carried out"
    _name_first(
        r"responsible|behind",
        rf"(?P<name>{_NAME})(?:,[^,]{{1,60}},)?(?:\s+|(?<=\)))(?:has\s+|have\s+|had\s+|"
        r"later\s+|also\s+)*"
        r"(?:announced|said|stated|declared|admitted|acknowledged|asserted|boasted)"
        r"(?:\s+in\s+a\s+statement)?(?:\s+on\s+\w+)?,?\s+(?:that\s+)?"
        r"(?:it|they|its\s+fighters|its\s+militants|its\s+members)\s+"
        r"(?:was|were|is|are|had\s+been|has\s+been)\s+(?:responsible|behind)",
    ),
    _name_first(
        r"carried\s+out|conducted|staged|launched|perpetrated|behind",
        rf"(?P<name>{_NAME})(?:,[^,]{{1,60}},)?\s+(?:has\s+|have\s+|had\s+)*"
        r"(?:announced|said|stated)"
        r"(?:\s+in\s+a\s+statement)?(?:\s+on\s+\w+)?,?\s+(?:that\s+)?"
        r"(?:it|they|its\s+\w+)\s+(?:had\s+)?(?:carried\s+out|conducted|staged|launched|"
        r"perpetrated|was\s+behind|were\s+behind)",
    ),
    # "responsibility was claimed by X", "claimed by X"
    re.compile(
        rf"(?i:responsibility|attack|bombing|blasts?|attacks|it|assault|raid|ambush),?\s+"
        rf"(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:later\s+)?claimed\s+by\s+"
        rf"(?P<name>{_NAME})"
    ),
    # "Islamic State announced in taking responsibility for the attack"
    _name_first(
        r"responsibility",
        rf"(?P<name>{_NAME})\s+(?:announced|said|declared)\s+(?:in\s+|it\s+was\s+)?"
        r"(?:taking|claiming)\s+responsibility",
    ),
    re.compile(
        rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|quickly\s+|"
        rf"swiftly\s+|since\s+)?claimed\s+by\s+(?P<name>{_NAME})"
    ),
    # "according to a statement by X, its fighters carried out the attack"
    re.compile(
        rf"\bstatement\s+(?:by|from|issued\s+by)\s+(?P<name>{_NAME}),?\s+(?:its|their|"
        r"the\s+group['’]s|they|it)\s+(?:\w+\s+)?(?:carried\s+out|conducted|staged|"
        r"launched|were\s+behind|was\s+behind)"
    ),
    # "X has taken responsibility for the bomb attack"
    _name_first(
        r"responsibility",
        rf"(?P<name>{_NAME})(?:,[^,]{{1,120}},)?\s+(?:has\s+|have\s+|had\s+)?(?:taken|took|"
        r"accepted|assumed|admitted)\s+responsibility\b",
    ),
    # "X, which claimed responsibility"
    _name_first(
        r"claimed",
        rf"(?P<name>{_NAME}),?\s+which\s+(?:has\s+|later\s+)?claimed\s+"
        r"(?:responsibility|the\s+attack|credit)",
    ),
    # "Islamic State issued a claim of responsibility for"
    _name_first(
        r"claim\s+of\s+responsibility",
        rf"(?P<name>{_NAME})\s+(?:has\s+|had\s+|later\s+)?(?:issued|made|released|posted|"
        r"published)\s+(?:a\s+)?claim\s+of\s+responsibility",
    ),
    # "Al-Shabaab spokesman X told radio Andalus that the group had killed"
    _name_first(
        r"spokes",
        rf"(?P<name>{_NAME})\s+(?:military\s+)?spokes(?:man|woman|person)\s+[^.;]{{0,80}}?"
        r"\b(?:said|told|claimed|stated)\b[^.;]{0,60}?\b(?:that\s+)?(?:the\s+group|it|they|"
        r"its\s+fighters|its\s+militants|our\s+fighters|we)\s+(?:had\s+|have\s+)?"
        r"(?:killed|carried\s+out|attacked|targeted|detonated|was\s+behind|"
        r"were\s+behind|was\s+responsible|were\s+responsible)\b",
    ),
    # "A spokesman for al Shabaab said the group had targeted Somali police"
    re.compile(
        rf"\bspokes(?:man|woman|person)\s+for\s+(?P<name>{_NAME}),?\s+(?:\w+\s+)?"
        r"(?:said|told\s+[^.;]{0,40}?|claimed|stated)\s+(?:that\s+)?(?:the\s+group|it|"
        r"they|its\s+fighters|its\s+militants)\s+(?:had\s+|have\s+)?(?:killed|"
        r"carried\s+out|attacked|targeted|detonated|was\s+behind|were\s+behind)\b"
    ),
    # "a claim of responsibility by X", "X's claim of responsibility"
    re.compile(rf"claim\s+of\s+responsibility\s+(?:by|from)\s+(?P<name>{_NAME})"),
    _name_first(
        r"claim\s+of\s+responsibility", rf"(?P<name>{_NAME})[’']s?\s+claim\s+of\s+responsibility"
    ),
]
_BLAME_PATTERNS = [
    # "Raisi accused Israel of the explosions"
    re.compile(
        rf"\b(?i:accused|accusing|accuses|accuse|blamed|blaming|blames|blame)\s+"
        rf"(?P<name>{_NAME})(?:\s+(?:yesterday|today|on\s+\w+day|\w+day))?\s+(?:of|for)\b"
        r"(?!\s+(?:\w+ing\s+)?(?:extrajudicial|"
        r"arbitrary|human\s+rights|abuses|torture|war\s+crimes|corruption|failing)\b)"
    ),
    # "blamed the attack on X", "pinned the blame on X"
    re.compile(
        rf"\b(?:blamed|blaming|blames|blame|pinned|pinning)\s+(?:the\s+|it\s+|them\s+)?"
        rf"(?:[\w-]+\s+){{0,4}}?on\s+(?:the\s+(?:powerful|notorious|feared|dreaded|"
        rf"infamous|violent|rival|local|armed)\s+)?(?P<name>{_NAME})"
    ),
    # "eyeing the Islamic State-linked JAD as culprit"
    re.compile(
        rf"\b(?:eyeing|eyed|eyes|considering|considered|viewing|viewed|named|identified)\s+"
        rf"(?P<name>{_NAME})\s+as\s+(?:the\s+|a\s+)?(?:main\s+|prime\s+|likely\s+|"
        rf"possible\s+|chief\s+)?(?:culprits?|suspects?|perpetrators?)\b"
    ),
    # "Al Qaeda in the Islamic Maghreb is the prime suspect"
    _name_first(
        r"suspect",
        rf"(?P<name>{_NAME})\s+(?:is|are|was|were|remains?|remained)\s+(?:the\s+)?(?:prime|main|"
        r"chief|key|top|likely|principal)\s+suspects?\b",
    ),
    # "We believe that the ADF are the perpetrators of this attack"
    _name_first(
        r"perpetrators|culprits|authors",
        rf"(?P<name>{_NAME})\s+(?:are|is|were|was)\s+(?:the\s+)?(?:likely\s+|main\s+)?"
        r"(?:perpetrators|culprits|authors)\s+of\b",
    ),
    # "La Familia Michoacana and Los Tequileros appeared to be involved"
    _name_first(
        r"appear|seem",
        rf"(?P<name>{_NAME})\s+(?:appeared|appears|appear|seemed|seems|seem)\s+to\s+"
        rf"(?:be|have\s+been)\s+(?:involved|behind|responsible)\b",
    ),
    re.compile(rf"\b(?:blamed|blaming|blames|blame)\s+(?P<name>{_NAME})"),
    # "The attack on Pétionville was led by the Viv Ansanm group", "carried out by X"
    _name_first(
        r"(?:led|out|launched|staged|perpetrated|orchestrated|conducted)\s+by\b",
        rf"\b(?:attack|assault|raid|ambush|offensive|massacre|bombing|strike|airstrike)\s+"
        rf"(?:[^.;]{{0,60}}?\s+)?(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:led|carried\s+out|"
        rf"launched|conducted|staged|perpetrated|orchestrated)\s+by\s+(?:the\s+)?(?P<name>{_NAME})",
    ),
    # "a firefight with Abu Sayyaf bandits", "caught up with a large group of Abu Sayyaf
    # terrorists": the named group the troops fought
    _name_first(
        r"clash|fight|battle|encounter|caught\s+up",
        rf"\b(?:clash(?:ed|es)?|fighting|firefight|gunfight|gun\s+battle|battle|encounter|"
        rf"caught\s+up)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
        rf"(?:between\s+[\w\s]{{1,30}}?\s+and|with|against)\s+(?:an?\s+"
        rf"(?:large\s+|small\s+)?group\s+of\s+|the\s+)?(?P<name>{_NAME})\s+(?:group|"
        rf"bandits|terrorists|militants|fighters|rebels|gunmen|insurgents|extremists)\b",
    ),
    # "held X responsible", "attributed the attack to X"
    re.compile(rf"\b(?:held|holds|holding|hold)\s+(?P<name>{_NAME})\s+responsible"),
    re.compile(
        rf"\b(?:attributed|attributing|attributes)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?to\s+"
        rf"(?P<name>{_NAME})"
    ),
    # "suspected X militants", "X is suspected", "authorities suspect X"
    re.compile(
        r"\b[Ss]uspected\s+(?P<name>(?:(?:al|el)[-‐])?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
        r"(?:\s+(?:militants?|insurgents|rebels|fighters|jihadists?|gunmen|members|extremists|"
        r"terrorists|attackers|assailants|raiders|elements|separatists|gang\s+members)))"
    ),
    # "by suspected members of the dreaded Islamic sect, Boko Haram"
    re.compile(
        rf"\bby\s+(?:suspected\s+)?(?:members|fighters|militants|insurgents|elements)\s+of\s+"
        rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:sect|group|movement|organi[sz]ation|militia),?"
        rf"\s+(?P<name>{_NAME})"
    ),
    _name_first(
        r"suspected|blamed|believed",
        rf"(?P<name>{_NAME})(?:,\s+(?:which|who)\s+(?:has|have|had)\s[^,]{{1,160}},)?\s+(?:is|are|was|were)\s+"
        r"(?:widely\s+|strongly\s+)?"
        r"(?:suspected|blamed(?!\s+(?:by|on|for)\b)|"
        r"believed\s+to\s+(?:be|have\s+been)\s+(?:behind|responsible))",
    ),
    re.compile(
        rf"\b(?:suspect|suspects|suspected)\s+(?:that\s+)?(?P<name>{_NAME})\s+"
        r"(?:was|were|is|are|of|had|carried|may)"
    ),
    # "Security officials suspected the involvement of People's Liberation Army (PLA)"
    re.compile(
        rf"\b(?:suspect|suspects|suspected|suspecting)\s+(?:the\s+)?(?:involvement|hand|"
        rf"role)\s+of\s+(?:the\s+)?(?P<name>{_NAME})"
    ),
    re.compile(
        rf"\bpointed\s+(?:the\s+|a\s+)?finger\s+(?:of\s+(?:blame|suspicion)\s+)?at\s+"
        rf"(?P<name>{_NAME})"
    ),
    # "gunmen suspected to be members of X", "militants suspected of belonging to X",
    # "attackers believed to be Fulani"
    re.compile(
        rf"\b(?:[Aa]ttackers|[Gg]unmen|[Aa]ssailants|[Mm]en|[Ff]ighters|[Mm]ilitants|"
        rf"[Rr]aiders|[Hh]oodlums|[Bb]andits),?\s+(?:believed|thought|said|alleged|reported|"
        rf"reputed)\s+to\s+(?:be|have\s+been)\s+"
        # ("The gunmen, believed to be members of the Takfir group ISIL's Egypt branch")
        rf"(?:members\s+of\s+|from\s+)?(?:the\s+(?:[\w-]+\s+)?group\s+)?(?P<name>{_NAME})"
    ),
    re.compile(
        rf"\bsuspected\s+(?:to\s+be|of\s+being|of\s+belonging\s+to)\s+(?:members\s+of\s+|"
        rf"from\s+|part\s+of\s+|linked\s+to\s+)?(?P<name>{_NAME})"
    ),
    # "the attackers identified themselves as members of the Gulf cartel"
    re.compile(
        rf"\b(?:identified|described|introduced)\s+themselves\s+as\s+(?:members\s+of\s+|"
        rf"fighters\s+of\s+|from\s+)?(?P<name>{_NAME})"
    ),
    # "a mine planted by X", "an attack by X militants"
    re.compile(
        rf"\b(?:laid|planted|placed|set\s+off|detonated|triggered|fired|launched|"
        rf"ordered|staged)\s+by\s+(?P<name>{_NAME})"
    ),
    re.compile(
        rf"\b(?:attacks?|assault|ambush|raid|bombing|offensive|massacre|killings?|"
        rf"(?:drone|air|missile)\s*strikes?|airstrikes?|shelling)\s+"
        rf"(?:on\s+\w+day\s+)?(?:carried\s+out\s+)?by\s+(?:neighbou?ring\s+)?"
        rf"(?:(?:alleged|suspected)\s+"
        rf"(?:(?:members|fighters|elements)\s+of\s+(?:the\s+)?)?)?(?P<name>{_NAME})"
    ),
    # "Al-Shabaab gunmen killed two teachers", "Boko Haram fighters stormed"
    _name_first(
        r"militant|gunmen|fighters|insurgents|rebels|jihadist|terrorists|extremists|militia|band",
        rf"(?P<name>{_NAME_CORE}(?:\s*\([A-Z][\w-]{{1,10}}\))?\s+(?:militants?|gunmen|fighters|"
        r"insurgents|rebels|band|"
        r"jihadists?|terrorists|extremists|militia(?:men)?))\s+(?:\w+ly\s+|also\s+|"
        r"have\s+|had\s+|on\s+\w+\s+)?(?:killed|attacked|stormed|ambushed|waylaid|abducted|"
        r"kidnapped|opened\s+fire|set\s+off|detonated|raided|shot|overran|bombed|shelled|"
        r"launched|carried\s+out)\b",
    ),
    # "Russia unleashed the largest airborne assault in almost a year against Ukraine": a
    # state at war, launching the strikes
    _name_first(
        r"launched|unleashed|fired|carried\s+out|conducted",
        r"\b(?P<name>Russia|Ukraine|Israel|Iran|Turkey|T[üu]rkiye|Pakistan|India|"
        r"Azerbaijan|Armenia|Saudi\s+Arabia|the\s+United\s+States|the\s+US|China|"
        r"North\s+Korea)\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:launched|unleashed|"
        r"fired|carried\s+out|conducted)\s+(?:[\w-]+\s+){0,6}?(?:assaults?|attacks?|"
        r"strikes?|airstrikes?|barrages?|missiles?|drones?|rockets?|bombardments?|"
        r"offensives?|raids?)\b",
    ),
    # "officials said X fighters were responsible for", "members of X are among the suspects"
    _name_first(
        r"responsible",
        # (not a place: "Extremist groups the army is fighting in Benghazi were responsible")
        rf"(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s)(?P<name>{_NAME})\s+(?:\w+\s+)?"
        r"(?:was|were|is|are)\s+(?:\w+\s+)?responsible\s+for",
    ),
    # "The CODECO group, one of many militias operating in the east, was responsible for the
    # killings" (an apposition between: the attack named after "for")
    _name_first(
        r"responsible",
        rf"(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s)(?P<name>{_NAME})(?:\s+\w+)?"
        r",\s+(?:one\s+of|an?\s|the\s)[^,;.]{3,80},\s+(?:was|were|is|are)\s+(?:\w+\s+)?"
        r"responsible\s+for\s+(?:the\s+|this\s+|these\s+)?(?:[\w-]+\s+)?(?:attacks?|"
        r"killings?|bombings?|blasts?|massacres?|explosions?|shootings?|ambush|deaths|raid)\b",
    ),
    _name_first(
        r"suspects",
        rf"(?:members\s+of\s+)?(?P<name>{_NAME})\s+(?:was|were|is|are)\s+among\s+"
        r"the\s+(?:main\s+)?suspects",
    ),
    # "killed … by Boko Haram gunmen", "attacked by suspected Maoists"
    re.compile(
        rf"\b(?:killed|injured|wounded|attacked|abducted|kidnapped|shot|ambushed|targeted|"
        rf"triggered|massacred|beheaded|executed)\s+by\s+(?:the\s+suspected\s+|suspected\s+)?"
        rf"(?P<name>{_NAME})"
        r"(?![\w'’])(?!(?:[’']s)?\s+(?:residents|villagers|people|locals|inhabitants|mobs?|"
        r"crowds?))"
    ),
    # "Fighters from Islamic State West Africa Province (ISWAP) opened fire"
    re.compile(
        rf"\b(?:[Ff]ighters|[Mm]ilitants|[Gg]unmen|[Mm]embers|[Ii]nsurgents)\s+(?:from|of|"
        rf"belonging\s+to|loyal\s+to)\s+(?P<name>{_NAME})(?:\s+\([A-Z]{{2,8}}\))?,?\s+"
        # (not "members of Egypt's Armed Forces were killed": the victims)
        r"(?:(?!(?:were|was|been|are|is|being)\b)\w+\s+){0,3}?(?:opened\s+fire|killed|attacked|"
        r"stormed|ambushed|abducted|"
        r"raided|set\s+off|detonated|shot)\b"
    ),
    # "when Maoists on Monday set off a landmine"
    _name_first(
        r"set\s+off|attacked|killed|ambushed|detonated|triggered|stormed|opened\s+fire|blew\s+up|planted|raided|abducted",
        r"(?P<name>\b[A-Z][a-z]+(?:ists|ites|als))\s+(?:(?!(?:been|were|was|are|is)\b)\w+\s+)"
        r"{0,3}?(?:set\s+off|"
        r"attacked|killed|ambushed|detonated|triggered|stormed|opened\s+fire|blew\s+up|"
        r"planted|raided|abducted)\b",
    ),
    # "the blast had the hallmarks of the Abu Sayyaf"
    # "a suspected Abu Sayyaf bomb exploded"
    re.compile(
        rf"\b[Ss]uspected\s+(?P<name>{_NAME_CORE})\s+(?:(?:suicide|car|roadside|[a-z]+)\s+)?"
        r"(?:bomb|bombing|attack|raid|ambush|blast)\b"
    ),
    re.compile(
        rf"\b(?:hallmarks?|handiwork|trademarks?|signature|fingerprints)\s+of\s+"
        rf"(?P<name>{_NAME})"
    ),
    # "The attack appeared to be the latest by the area's local Islamic State affiliate"
    re.compile(
        r"\b(?:appeared|appears|seemed|seems)\s+to\s+(?:be|have\s+been)\s+the\s+(?:latest|work)"
        r"\s+(?:(?:attack|strike|assault|bombing)\s+)?(?:of|by)\s+(?:the\s+)?"
        rf"(?:[a-z][\w’']*\s+){{0,3}}?(?P<name>{_NAME})"
    ),
    # "police suspecting Shebab fighters"
    re.compile(rf"\bsuspecting\s+(?P<name>{_NAME})"),
    # "police suspect the Pakistani Taliban."
    re.compile(
        rf"\b(?:suspect|suspects|suspected)\s+(?P<name>{_NAME})\s*(?:[.;]|$|,\s+"
        r"(?:but|and|which|who|saying|according|officials|police)\b)"
    ),
    # "Syrian government air strikes", "Ethiopian military drone strikes"
    re.compile(
        r"\b(?P<name>[A-Z][a-z]+(?:an|ian|i|ese|ish)\s+(?:government|regime|military|army|"
        r"air\s+force|junta|security\s+forces))\s+(?:(?:fighter\s+)?jets?\s+)?"
        r"(?i:air\s*strikes?|airstrikes?|drone\s+strikes?|shelling|bombardment|bombing|raids?|"
        r"strikes|attacks?|offensive)\b"
    ),
    # "Air strikes by Myanmar's military on a village"
    re.compile(
        r"\b(?i:air\s*strikes?|airstrikes?|drone\s+strikes?|shelling|bombardment|"
        r"bombing|attacks?|raids?|offensive)\s+(?:carried\s+out\s+)?by\s+(?:the\s+)?"
        r"(?P<name>[A-Z][\w-]+(?:['’]s)?\s+(?:military|army|armed\s+forces|junta|air\s+force|"
        r"security\s+forces))\b"
    ),
    # "the rebels that perpetrated the ambush belong to the Fronts 72 and 74 of the NPA"
    re.compile(
        rf"\b(?:perpetrators|attackers|gunmen|rebels|assailants|militants|raiders|bandits)"
        rf"\b[^.;]{{0,60}}?\bbelong(?:s|ed)?\s+to\s+(?:the\s+)?(?:[^.;,]{{0,30}}?\s+of\s+"
        rf"(?:the\s+)?)?(?P<name>{_NAME})"
    ),
    # "suspected … was carried out by X" (a claim is read separately and wins)
    re.compile(
        rf"\b(?:carried\s+out|perpetrated|committed|orchestrated|masterminded)\s+by\s+"
        rf"(?:(?:suspected|alleged)\s+)?(?P<name>{_NAME})"
    ),
]
#: patterns for the groups of :data:`KNOWN_GROUPS`, tried only when one is named
_KNOWN_PATTERNS = [
    # "Boko Haram has attacked a village", "when the Taliban stormed": a group the report
    # knows by name, acting
    # ('The Rapid Support Forces (RSF) "attacked the village"': its short name, a quote)
    re.compile(
        rf"(?P<name>\b(?:{KNOWN_GROUPS}){_GROUP_WORDS})(?:\s+\([A-Z][\w-]{{1,8}}\))?"
        r"(?:,[^,]{1,80},)?\s+"
        r"(?:(?:has|have|had|reportedly|allegedly|also|then|later|again|first|"
        r"on\s+\w+|last\s+\w+)\s+)*[\"“]?" + _ATTACK_VERBS + r"\b"
    ),
    # "a Boko Haram attack on", "a suspected Abu Sayyaf bomb", "the Taliban's offensive"
    re.compile(
        rf"(?:^|\b(?:an?|the|suspected|latest|deadly|recent|in)\s+)(?:suspected\s+)?"
        rf"(?P<name>(?:{KNOWN_GROUPS}))"
        rf"(?:[’']s)?\s+(?:(?:suicide|car|roadside|bomb|gun|rocket|mortar|militant|"
        rf"terror(?:ist)?|deadly|latest)\s+)?{_ATTACK_NOUNS}\b"
    ),
    # "the suicide bomber is believed to be a member of the Taliban"
    re.compile(
        r"\b(?:bomber|attacker|gunman|assailant|attackers|gunmen|assailants|killers?)\s+"
        r"(?:is|was|are|were)\s+(?:widely\s+)?(?:believed|thought|suspected|said)\s+to\s+"
        r"(?:be|have\s+been)\s+(?:an?\s+)?(?:members?|fighters?|militants?|operatives?)\s+"
        rf"(?:of|from|with)\s+(?:the\s+)?(?P<name>(?:{KNOWN_GROUPS}))\b"
    ),
    # "We have reports that the Abu Sayyaf were the ones who attacked them"
    re.compile(
        rf"\b(?P<name>(?:{KNOWN_GROUPS}))(?:\s+(?:militants|fighters|members|rebels|band|group))?"
        r"\s+(?:were|was)\s+the\s+ones\s+(?:who|that)\b"
    ),
    # "fighters belonging to the Allied Democratic Forces (ADF) rebel group went into a village"
    re.compile(
        r"\b(?:fighters|militants|members|gunmen|rebels|insurgents)\s+(?:belonging\s+to|"
        rf"loyal\s+to|from)\s+(?:the\s+)?(?P<name>(?:{KNOWN_GROUPS}))\b(?:\s*\([A-Z]+\))?"
        r"(?:\s+(?:rebel\s+|militant\s+|armed\s+)?(?:group|militia|movement))?\s+"
        r"(?:\w+ly\s+)?(?:went\s+into|attacked|stormed|raided|killed|entered|ambushed|"
        r"opened\s+fire|abducted|burned|torched)\b"
    ),
    # "security officials accused Somali-based militant group al-Shabaab"
    re.compile(
        rf"\b(?:accused|accusing|accuses|blamed|blaming|blames)\s+(?:the\s+)?"
        rf"(?:[\w-]+\s+){{0,4}}?(?P<name>(?:{KNOWN_GROUPS}))\b"
    ),
    # "Al Shabaab militants are behind the IED attack"
    re.compile(
        rf"\b(?P<name>(?:{KNOWN_GROUPS}))(?:\s+(?:militants|fighters|insurgents|rebels))?\s+"
        r"(?:are|is|were|was)\s+(?:likely\s+|probably\s+|believed\s+to\s+be\s+)?behind\s+"
        r"the\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|explosion|killings?|ambush|raid|"
        r"assault)"
    ),
    # "suspicion fell on Boko Haram"
    re.compile(
        rf"\b(?:suspicions?|blame|fingers?)\s+(?:\w+\s+){{0,2}}?(?:fell|falls|fall|"
        rf"pointed|points|point|turned)\s+(?:on|at|to)\s+(?:the\s+)?"
        rf"(?P<name>(?:{KNOWN_GROUPS}))"
    ),
    # "attacked by people believed to be al-Shabab", "set up on the road by al-Shabab
    # terrorists", "the bombardment by the paramilitary Rapid Support Forces (RSF)"
    re.compile(
        rf"\b(?:attacked|ambushed|targeted|shot|killed|set\s+up|planted|laid|placed|"
        rf"bombardment|shelling|attack|assault|raid|ambush|strike|airstrike)\s+"
        rf"(?:[^.;,]{{0,40}}?\s+)?by\s+(?:(?:people|men|gunmen|fighters|militants|"
        rf"assailants|attackers)\s+(?:believed|suspected|thought)\s+to\s+(?:be|have\s+been)"
        rf"\s+(?:from\s+|members\s+of\s+|linked\s+to\s+)?)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?P<name>(?:{KNOWN_GROUPS}))"
    ),
]
#: "It was claimed by the Sunni Muslim jihadist Jaish al-Adl (Army of Justice) group": a
#: known group after its description
_KNOWN_CLAIM = re.compile(
    rf"\bclaimed\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,5}}?"
    rf"(?P<name>(?:{KNOWN_GROUPS}))"
)
#: "a Taliban-planted bomb": the group that laid it
_PLANTED_BY = re.compile(rf"\b(?P<name>{KNOWN_GROUPS})-(?:planted|laid|placed|made)\b")
_KNOWN_RX = re.compile(rf"\b(?:{KNOWN_GROUPS})\b")
_NOT_ACTORS = frozenset(
    {
        "ied",
        "ieds",
        "it",
        "they",
        "he",
        "she",
        "the",
        "a",
        "an",
        "this",
        "that",
        "police",
        "officials",
        "authorities",
        "government",
        "the government",
        "the police",
        "president",
        "the president",
        "the group",
        "group",
        "the attack",
        "the attackers",
        "the militants",
        "militants",
        "the interior minister",
        "minister",
        "the ministry",
        "analysts",
        "witnesses",
        "the us",
        "the official",
        "a statement",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "which",
        "who",
        "no",
        "nobody",
        "no group",
        "no one",
    }
)


@dataclass(frozen=True)
class ActorMention:
    """A claim or an accusation found in a sentence."""

    name: str
    sentence: int
    phrase: str


_CREED_WORDS = frozenset(
    {
        "islamist",
        "islamic",
        "muslim",
        "jihadist",
        "extremist",
        "militant",
        "sunni",
        "shia",
        "shiite",
        "hindu",
        "christian",
        "buddhist",
        "catholic",
        "jihadi",
        "radical",
        "armed",
        "tribal",
    }
)
_NOT_NAME_START = frozenset(
    """
unidentified unknown masked armed suspected several some many two three four five six seven
eight nine ten dozens hundreds local foreign other rival heavily alleged police security
journalists activists tourists scientists cyclists motorists artists terrorists extremists
islamists jihadists militants specialists loyalists nationals locals officials our we their
his her its my
""".split()  # noqa: SIM905
)


def clean_actor(name: str) -> str | None:
    """Tidy a group name: drop articles, trailing generic words and possessives."""
    n = re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(name.split())).strip(" ,.;:'\"’")
    n = re.sub(r"^(?:published|updated|posted|photo|file|read\s+more)\s+", "", n, flags=re.I)
    # "Although Somalia's Al Shabaab has claimed …": a conjunction and the group's country
    n = re.sub(
        r"^(?:although|though|while|whereas|but|and|however|yet|because|since|once|"
        r"even\s+though)\s+",
        "",
        n,
        flags=re.I,
    )
    n = re.sub(
        r"^([A-Z][\w-]+)['’]s\s+(military|army|armed\s+forces|junta|air\s+force|"
        r"security\s+forces)$",
        r"\1 \2",
        n,
    )  # "Myanmar's military" → "Myanmar military"
    owner = re.match(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?=[A-Z]|al\b|el\b)", n)
    if owner and to_iso2(owner.group(1)):
        n = n[owner.end() :]
    n = re.sub(r"^(?:the|an?)\s+", "", n, flags=re.I)
    n = re.sub(r"^so-called\s+", "", n, flags=re.I)
    n = re.sub(r"^[\w'’]+-based\s+", "", n)  # "Somalia-based militant group Al-Shabaab"
    n = re.sub(
        r"^(?:members?|supporters|fighters|militants|elements)\s+of\s+(?:the\s+)?",
        "",
        n,
        flags=re.I,
    )
    n = re.sub(
        r"^(?:somali|nigerian|pakistani|afghan|islamist|jihadi)\s+(?=(?:militant|jihadist|"
        r"extremist|separatist|rebel|terrorist|armed|insurgent|islamist|group)\b)",
        "",
        n,
        flags=re.I,
    )
    n = re.sub(
        r"^(?:(?:banned|outlawed|proscribed|militant|jihadist|extremist|separatist|rebel|"
        r"communist|"
        r"terrorist|armed|insurgent|leftist|left-wing|right-wing|radical|islamist|jihadi)\s+"
        r"){1,2}(?:(?:group|organi[sz]ation|movement|outfit)\s+)?",
        "",
        n,
        flags=re.I,
    )
    n = re.sub(r"[’']s$", "", n)
    # "ISIL's Egypt branch": the group
    n = re.sub(r"[’']s\s+(?:[A-Z][\w-]*\s+)?(?:branch|affiliate|wing|franchise|faction)$", "", n)
    if re.sub(r"[^\w-]+$", "", n.split(" ")[0]).lower() in _NOT_NAME_START or re.search(
        r"-(?:riding|wielding|armed|borne|toting|carrying|masked)\b", n.split(" ")[0]
    ):
        return None  # "Unidentified gunmen", "Masked men", "Motorcycle-riding gunmen"
    n = re.sub(r"-(?:affiliated|linked|allied|aligned|backed|inspired)\b", "", n, flags=re.I)
    n = re.sub(
        r"\s+(?:group|militants?|militia|insurgents|rebels|fighters|cell|members|gunmen|band|"
        r"jihadists?|extremists|terrorists|assailants|attackers|raiders|elements)$",
        "",
        n,
        flags=re.I,
    )
    n = re.sub(
        r"\s+(?:militant|terrorist|jihadist|extremist|rebel|insurgent|armed|separatist|"
        r"Islamic|Islamist)$",
        "",
        n,
        flags=re.I,
    )  # "Jaish-e-Mohammad militant group", "Boko Haram Islamic …"
    n = re.sub(r"[’']s$", "", n)  # "El Marro's gunmen"
    n = re.sub(r"\s+in\s+[A-Z][\w-]*[’']s\b.*$", "", n)  # "Maoists in Jharkhand's West …"
    n = re.sub(r"\s*\([^()]*\)\s*$", "", n)  # "Kurdistan Workers Party (PKK)"
    # statement-style leads: "According to X, ISIS" → take the last capitalised chunk
    if "," in n:
        n = n.split(",")[-1].strip()
    words = n.lower().split()
    if words and all(w in DEMONYMS or w in _CREED_WORDS for w in words):
        return None  # "Syrian rebels", "Islamist Somali militia": no group named
    if len(n) <= 2 and not n.isupper():
        return None  # "the Al -Qaeda …" cut short
    if (
        not n
        or n.lower() in _NOT_ACTORS
        or not (
            n[0].isupper() or re.match(r"(?:al|el|ad|ash|at|an|ar|as)[-‐][A-Z]|(?:al|el)\s[A-Z]", n)
        )
    ):
        return None
    if re.fullmatch(r"(?:On|In|At|After|Before|Later|Earlier|Meanwhile)\b.*", n):
        n = re.sub(r"^(?:On|In|At|After|Before|Later|Earlier|Meanwhile)\s+\w+\s*", "", n)
        if not n or not n[0].isupper():
            return None
    return n


def _first_word_filter(name: str, sentence: str, start: int) -> str:
    """Drop a sentence-initial function word captured by the name pattern ("But ISIS")."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in {
        "but",
        "and",
        "however",
        "then",
        "now",
        "also",
        "meanwhile",
        "later",
        "earlier",
        "separately",
    }:
        return " ".join(words[1:])
    return name


#: "the group said its fighters carried out the attack": a group named earlier
GROUP_REFERENCE = "<the group named before>"
_REFERENCE = re.compile(
    r"(?:the\s+)?(?:(?:militant|jihadist|extremist|armed|rebel|terror(?:ist)?|insurgent|"
    r"islamist)\s+)?(?:group|militants|jihadists|insurgents|rebels|militia|outfit|"
    r"organi[sz]ation|movement)",
    re.IGNORECASE,
)
_LINKED_REFERENCE = re.compile(
    r"(?:the\s+)?[\w'’-]+-(?:linked|affiliated|allied|aligned|backed|inspired)\s+(?:\w+\s+)?"
    r"(?:group|militants|jihadists|insurgents|rebels|militia|outfit|organi[sz]ation|movement)",
    re.IGNORECASE,
)
#: a named group acting in the report: "Al-Shabaab militants stormed", "the group Boko Haram"
_GROUP_NAMED = re.compile(
    rf"(?P<name>{_NAME})\s+(?:militants?|fighters|insurgents|rebels|jihadists?|gunmen|militia|"
    r"terrorists|extremists)\b(?!\s+(?:group|organi[sz]ation|movement|outfit))|\b(?:militant|jihadist|extremist|armed|rebel|terror(?:ist)?|"
    rf"insurgent)\s+(?:group|organi[sz]ation|movement|outfit)\s+(?P<name2>{_NAME})|"
    # "killed by the Al-Shabab group"
    rf"\b(?:by|of|from)\s+the\s+(?P<name3>{_NAME})\s+(?:group|movement|outfit)\b"
)


_ALIASES = {
    "is": "islamic state",
    "isis": "islamic state",
    "isil": "islamic state",
    "daesh": "islamic state",
    "islamic state group": "islamic state",
    "shabab": "al-shabaab",
    "shabaab": "al-shabaab",
    "al-shabab": "al-shabaab",
    "al shabaab": "al-shabaab",
    "shebab": "al-shabaab",
}


#: words a report puts before a group's name without making it another group
_EPITHETS = frozenset(
    {
        "takfiri",
        "so-called",
        "terrorist",
        "militant",
        "jihadist",
        "extremist",
        "outlawed",
        "banned",
        "notorious",
        "dreaded",
        "terror",
        "islamist",
    }
)


def same_actor(a: str, b: str) -> bool:
    """Do two names mean the same group ("IS" and "Islamic State", "ISWAP" and its name)?"""

    def canon(n: str) -> str:
        n = " ".join(n.lower().replace("’", "'").split())
        return _ALIASES.get(n, n)

    ca, cb = canon(a), canon(b)
    if ca == cb or ca + "s" == cb or cb + "s" == ca:
        return True  # ("Houthi" and "Houthis")
    for long_, short_ in ((ca, cb), (cb, ca)):
        if long_.endswith(" " + short_) and long_[: -len(short_)].strip() in _EPITHETS:
            return True  # "Takfiri Boko Haram" and "Boko Haram"
        if len(short_.split()) >= 2 and long_.startswith(short_ + " of "):
            return True  # "Liberation Tigers" and "Liberation Tigers of Tamil Eelam"
    for short, long in ((a, b), (b, a)):
        words = [w for w in re.split(r"[\s-]+", long) if w.lower() not in ("of", "the", "and")]
        if short.isupper() and len(short) >= 2 and "".join(w[0] for w in words).upper() == short:
            return True  # "ISWAP" and "Islamic State West Africa Province"
    return False


_STATE_WEAPON = re.compile(
    r"(?<![\w.])(?P<d>[A-Z][a-z]+|U\.S\.|US|NATO|UN)(?P<led>-led(?:\s+(?:coalition|forces|alliance|"
    r"military\s+coalition))?)?(?:['’]s)?\s+(?i:(?:air|drone|missile|"
    r"military|naval|artillery|rocket)\s+)?(?i:air\s*strikes?|airstrikes?|strikes?|raids?|"
    r"missiles?|drones?|warplanes|jets|shelling|artillery|rockets?|bombardment|attack)\b"
)


def state_attacker(sentence: str, index: int) -> ActorMention | None:
    """The state named by its adjective in "an Israeli air strike", "Russian missiles", or the
    coalition in "a Saudi-led coalition airstrike": who struck, as the report attributes it."""
    from geoinc._countries import country_name

    for m in _STATE_WEAPON.finditer(sentence):
        d = m.group("d")
        code = {"U.S.": "US", "US": "US"}.get(d) or DEMONYMS.get(d.lower())
        if code is None and d not in ("NATO", "UN"):
            continue
        if m.group("led"):
            name = re.sub(r"\s+", " ", f"{d}{m.group('led')}")
            if name.endswith("-led"):
                name += " coalition"  # "a Saudi-led Air Strike"
        elif code is None:
            name = d  # NATO, UN
        else:
            name = country_name(code)
        return ActorMention(name, index, m.group(0))
    m2 = _STRIKES_BY.search(sentence)
    if m2:  # "airstrikes conducted by US-led forces"
        return ActorMention(re.sub(r"\s+", " ", m2.group("by")), index, m2.group(0))
    return None


_STRIKES_BY = re.compile(
    r"\b(?i:air\s*strikes?|airstrikes?|air\s+raids?|drone\s+strikes?|shelling|bombardment)\s+"
    r"(?:\w+\s+){0,2}?(?:by|from)\s+(?:the\s+)?(?P<by>(?:U\.S\.|US|NATO|Saudi|Israeli|Russian|"
    r"Syrian|Turkish|Iraqi|Afghan|Nigerian|Pakistani|Ukrainian)(?:-led)?\s+(?:coalition|forces|"
    r"military|army|troops|jets|aircraft|warplanes))"
)


def last_group_named(text: str) -> str | None:
    """The last armed group named in ``text`` ("Al-Shabaab militants stormed …")."""
    found = None
    for m in _GROUP_NAMED.finditer(text):
        name = clean_actor(m.group("name") or m.group("name2") or m.group("name3") or "")
        if name is not None and not re.search(r"[.!?]\s", name):
            found = name
    return found


_SPOKESMAN = re.compile(
    rf"(?P<g>{_NAME})\s+(?:spokes(?:man|woman|person)|commander|chief|"
    r"leader|official|member),?\s+$"
)


_SPOKESMAN_AFTER = re.compile(
    r"\s*,\s+(?:an?|the)\s+(?P<g>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)(?:['’]s)?\s+"
    r"(?:spokes(?:man|woman|person)|commander|leader)\s*,"
)


def _find(patterns: list[re.Pattern[str]], sentence: str, index: int) -> list[ActorMention]:
    out = []
    for rx in patterns:
        needs = _NEEDS.get(id(rx))
        if needs is not None and not needs.search(sentence):
            continue
        for m in rx.finditer(sentence):
            raw = _first_word_filter(m.group("name"), sentence, m.start("name"))
            area = re.search(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", raw)
            if area and re.match(
                r"\s+(?:province|state|region|district|city|town|county|area)\b",
                sentence[m.end("name") :],
            ):
                raw = raw[: area.start()]  # "the New People's Army in Iloilo province"
            # "Pakistan Taliban spokesman Ahsanullah Ahsan claimed …": the group, not the man
            spoke = _SPOKESMAN.search(sentence[max(0, m.start("name") - 80) : m.start("name")])
            if spoke and clean_actor(spoke.group("g")):
                raw = spoke.group("g")
            # "Qari Yusouf Ahamdi, a Taliban spokesman, claimed …": the group, not the man
            spoke_after = _SPOKESMAN_AFTER.match(sentence, m.end("name"))
            if spoke_after and clean_actor(spoke_after.group("g")):
                raw = spoke_after.group("g")
            name = clean_actor(raw)
            if name and name.endswith("-speaking"):
                # "English-speaking separatist rebels": the adjective names no group alone
                kind = re.match(
                    r"\s+(separatists?|rebels?|militants?|fighters?|militias?|insurgents?)\b"
                    r"(?:\s+(rebels|fighters|militants))?",
                    sentence[m.end("name") :],
                )
                name = " ".join(w for w in (name, *kind.groups()) if w) if kind else None
            if name and name.endswith("-led"):
                # "conducted by the Saudi-led coalition"
                led = re.match(r"\s+(coalition|forces|alliance)\b", sentence[m.end("name") :])
                name = f"{name} {led.group(1)}" if led else name
            force = re.match(
                r"\s+(?:military\s+)?(junta|military|army|regime)\b", sentence[m.end("name") :]
            )
            if force and name and len(name.split()) == 1:
                name = f"{name} {force.group(1)}"  # "killed by a Myanmar junta airstrike"
            if (name is None and _REFERENCE.fullmatch(raw.strip())) or (
                _LINKED_REFERENCE.fullmatch(raw.strip())
            ):
                # "The al-Qaeda-linked armed group … claimed responsibility": the group the
                # report named, told by its allegiance
                name = GROUP_REFERENCE
            if name is None or re.search(
                r"\b(?:no|not|denied|deny|denies)\b",
                sentence[max(0, m.start() - 25) : m.start()],
                re.I,
            ):
                continue
            out.append(ActorMention(name, index, m.group(0).strip()))
    return out


#: words without which no claim or accusation pattern can match (a cheap first look)
_CLAIM_WORDS = (
    "claim",
    "responsib",
    "statement",
    "carried",
    "behind",
    "conducted",
    "staged",
    "launched",
    "perpetrated",
    "spokes",
)
_BLAME_STEMS = (
    "accus",
    "blam",
    "suspect",
    "believed",
    "thought",
    "attribut",
    "carried",
    "perpetrat",
    "orchestrat",
    "mastermind",
    "committed",
    "culprit",
    "involved",
    "responsib",
    "finger",
    "hallmark",
    "appear",
    "seem",
    "handiwork",
    "trademark",
    "signature",
    "themselves",
    "held",
    "hold",
    "by",
    "fighters",
    "militant",
    "gunmen",
    "insurgents",
    "rebels",
    "militia",
    "terrorists",
    "extremists",
    "jihadi",
    "ists",
    "ites",
    "als",
    "among",
    "belong",
    "government",
    "military",
    "regime",
    "army",
    "clash",
    "fight",
    "battle",
    "encounter",
    "bandit",
    "launched",
    "unleash",
    "fired",
    "conducted",
    "band",
)


def _may_blame(sentence: str) -> bool:
    return has_any(sentence, _BLAME_STEMS)


_RETALIATION = re.compile(
    r"\b(?:in\s+response\s+to|in\s+retaliation\s+(?:for|against|to)|to\s+avenge|"
    r"as\s+revenge\s+for)\s+(?:the\s+|an?\s+|israel['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|"
    r"assassinations?|killings?|bombings?|raids?|aggression)\b",
    re.I,
)


def find_claims(sentence: str, index: int) -> list[ActorMention]:
    """Claims of responsibility in one sentence."""
    if not has_any(sentence, _CLAIM_WORDS):
        return []
    if re.search(
        r"\bclaim\w*\s+(?:responsibility\s+)?(?:for|of)\s+(?:that|those|the\s+(?:earlier|"
        r"previous|other)|an\s+earlier|a\s+previous)\b",
        sentence,
        re.I,
    ):
        return []  # "claimed responsibility for that attack": the one told just before
    if re.search(
        r"\b(?:normally|usually|often|typically|generally|frequently|routinely)\b[^.;]{0,80}?"
        r"\bclaims?\s+(?:the\s+)?responsibility\s+for\s+(?:most|many|all|such|similar)\b|"
        r"\bclaims?\s+(?:the\s+)?responsibility\s+for\s+(?:most|many)\s+(?:of\s+)?(?:the\s+)?"
        r"(?:[\w-]+\s+)?attacks\b",
        sentence,
        re.I,
    ):
        return []  # "Normally, the TTP claims responsibility for most of the attacks": a habit
    found = _find(_CLAIM_PATTERNS, sentence, index)
    if not found and "claimed by" in sentence and _KNOWN_RX.search(sentence):
        found = _find([_KNOWN_CLAIM], sentence, index)
    if found and _RETALIATION.search(sentence):
        # "Hezbollah said it had fired rockets at Israel in response to the attack": a claim
        # of the group's answer to the incident, not of the incident
        return []
    return found


def find_blame(sentence: str, index: int) -> list[ActorMention]:
    """Accusations and suspicions in one sentence."""
    found = _find(_BLAME_PATTERNS, sentence, index) if _may_blame(sentence) else []
    if _KNOWN_RX.search(sentence):
        found.extend(_find(_KNOWN_PATTERNS + [_PLANTED_BY], sentence, index))
    # "13 MILF rebels killed in Maguindanao clash": a headline's dead, not its killers
    return [
        a
        for a in found
        if not (
            re.search(r"\b(?:killed|wounded|injured)$", a.phrase)
            and _COUNTED_BEFORE.search(sentence[: max(0, sentence.find(a.phrase))])
        )
    ]


_COUNTED_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|dozens|scores|hundreds)\s+$",
    re.I,
)


def find_described(sentence: str, index: int) -> list[ActorMention]:
    """Unnamed actors the report names by kind ("suspected separatists", "suspected
    Fulani herdsmen", "bandits killed", "attacked by jihadists"): a blame to use when no
    group is named. Plain "gunmen" or "attackers" say nothing of who they were."""
    out = []
    if "uspected" in sentence:
        out = [
            ActorMention(
                re.sub(r"^(?:armed|heavily\s+armed)\s+", "", " ".join(m.group("name").split())),
                index,
                m.group(0),
            )
            for rx in (_DESCRIBED, *_DESCRIBED_ACTORS)
            for m in rx.finditer(sentence)
        ]
    if "lame" in sentence:
        # "blamed the attack on “terrorist” groups", "blamed it on Islamist militants"
        out += [
            ActorMention(
                re.sub(r"[\"“”]", "", " ".join(m.group("name").split())), index, m.group(0)
            )
            for m in _BLAMED_ON_KIND.finditer(sentence)
        ]
    if not has_any(sentence, _KIND_HINT):
        return out
    for rx in _DESCRIBED_ACTING:
        for m in rx.finditer(sentence):
            raw = " ".join(m.group("name").split())
            name = re.sub(r"^(?:(?:armed|suspected|heavily)\s+)+", "", raw.lower())
            if (
                not re.fullmatch(rf"(?i:{_KINDS}|\w+)", raw)
                or raw[0].isupper()
                and not (
                    re.fullmatch(
                        rf"(?i:{_KINDS}|maoist|naxal|jihadist|separatist|insurgent|"
                        r"bandit|militia|herdsmen|junta|government|pro-government|"
                        r"regime)",
                        raw,
                    )
                )
            ):
                name = raw  # a group's own name ("the Houthis had planted") keeps its case
            name = {
                "jihadist": "jihadists",
                "bandit": "bandits",
                "terrorist": "terrorists",
                "insurgent": "insurgents",
                "separatist": "separatists",
                "maoist": "Maoists",
                "maoists": "Maoists",
                "naxal": "Naxals",
                "naxals": "Naxals",
                "government": "government forces",
                "pro-government": "pro-government forces",
                "regime": "regime forces",
            }.get(name, name)
            out.append(ActorMention(name, index, m.group(0)))
    return out

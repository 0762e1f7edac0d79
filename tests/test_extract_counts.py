"""Casualty phrasing rules of geoinc.extract_incidents (texts written for these tests)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import geoinc


def one(text: str) -> pd.Series:
    gdf = geoinc.extract_incidents(f"{text} It happened in Tulsa, Oklahoma.")
    assert len(gdf) == 1, gdf[["place", "killed", "injured"]]
    return gdf.iloc[0]


def counts(text: str) -> tuple[int | None, int | None]:
    row = one(text)
    return (
        None if pd.isna(row["killed"]) else int(row["killed"]),
        None if pd.isna(row["injured"]) else int(row["injured"]),
    )


def evidence(row: pd.Series) -> dict:
    return json.loads(row["evidence"])


# -- the attacker's own death (GTD / ACLED count it, noted in the evidence) ----------------
@pytest.mark.parametrize(
    "text",
    [
        "A gunman wounded three diners at a cafe before turning the gun on himself.",
        "The assailant injured three shoppers and then took his own life.",
        "A student hurt three classmates; a deputy fired back, killing the attacker.",
        "The man shot and wounded three workers before he was shot dead by officers.",
    ],
)
def test_an_attacker_who_died_counts_even_when_no_victim_died(text: str) -> None:
    row = one(text)
    assert (row["killed"], row["injured"]) == (1, 3)
    assert "attacker" in evidence(row)["killed"]


# -- listed victims are summed -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man opened fire at a bakery, killing three cooks and a cashier.", 4, None),
        ("The attacker shot dead two guards and a driver and wounded a nurse.", 3, 1),
        ("A gunman murdered his wife.", 1, None),
        ("Two pupils and a janitor were killed.", 3, None),
        ("Five children and a bus driver were wounded when shots were fired.", None, 6),
        (
            "Gunmen burst into a church, killing a total of three worshippers and two ushers.",
            5,
            None,
        ),
        (
            "The suspect fatally shot two lawyers at the courthouse, a judge, and a bailiff.",
            4,
            None,
        ),
        ("He gunned down the wife of a local farmer and a young boy.", 2, None),
        ("He fired into the crowd, paralyzing a spectator and injuring two stewards.", None, 3),
        ("The shooter killed two clerks, one of whom had fired him, and wounded a guard.", 2, 1),
    ],
)
def test_listed_victims_are_summed(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


def test_a_plural_kin_noun_counts_two_and_is_flagged() -> None:
    row = one("A teenager killed his mother and his brothers at their farm.")
    assert row["killed"] == 3
    assert "least" in evidence(row)["killed"]


# -- separate clauses of one incident add up when no total is given ------------------------
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A gunman shot and killed three cashiers at a market. He then drove to a depot and "
            "fatally wounded a mechanic.",
            4,
            None,
        ),
        (
            "An attacker stabbed two nurses to death in a ward. In the car park he killed a "
            "security guard. Officers shot at him, injuring one and killing another bystander.",
            4,
            1,
        ),
        ("A man killed his two sons at home. Hours later he murdered a neighbour.", 3, None),
        # a later total wins over the parts
        (
            "He killed a clerk and wounded a customer. Later he shot two drivers, for a total of "
            "three injured people and one death.",
            1,
            3,
        ),
        # the same victims told twice are not added
        (
            "Three students were killed in the shooting. The gunman killed the three students in a "
            "science lab.",
            3,
            None,
        ),
        # a figure for everybody is not added to a figure for some of them
        ("The gunman killed five people. A teacher was killed in the hallway.", 5, None),
    ],
)
def test_separate_victims_add_up(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


# -- numbers that are not casualties ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two explosions shook the depot, killing a guard.", 1, None),
        ("He held a teacher and 22 students hostage and shot a guard dead.", 1, None),
        ("The 41-year-old gunman, a father of three, killed two people.", 2, None),
        ("He opened fire on a gym class of 29 students, wounding four.", None, 4),
        ("In 2019 a 17-year-old wounded 3 people with 12 rounds from a 9 mm pistol.", None, 3),
    ],
)
def test_numbers_that_are_not_casualties(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


# -- later steps of a rampage, "more", "another" ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A gunman opened fire at a depot, killing three and wounding one. He then drove to a "
            "motel, killing two more and wounding four others.",
            5,
            5,
        ),
        (
            "The attacker shot a cook, killing him. Afterwards he killed two other people at a "
            "petrol station.",
            3,
            None,
        ),
        ("He killed his landlord. He later stabbed two tenants to death.", 3, None),
        (
            "She wounded one pupil in a corridor and injured four more in a classroom, then hurt "
            "another teacher.",
            None,
            6,
        ),
        # a total at the end wins over the steps
        (
            "He killed two guards and then a cashier. In total, four were killed and two were "
            "wounded.",
            4,
            2,
        ),
    ],
)
def test_later_steps_add_up(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a breakdown is not added: "four of them fatally", "(one of them a child)"
        ("The man shot nine customers, four of them fatally.", 4, 5),
        (
            "He shot and killed two adults (one of them a nurse), a girl and a baby, all members "
            "of one household.",
            4,
            None,
        ),
        ("The gunman shot four co-workers at the plant, killing them all.", 4, None),
        # the attacker is not a victim
        (
            "A deputy returned fire at the gunman, wounding him, after the gunman had killed a "
            "clerk.",
            1,
            None,
        ),
        ("Officers fired at the suspect, killing him, after he had wounded two guards.", 1, 2),
    ],
)
def test_breakdowns_and_the_attacker_are_not_added(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


# -- singular victims, "with X killed", asides, lists that end in the next action ------------
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The brawl ended with a bouncer killed and two guests hurt.", 1, 2),
        ("The ambush left a ranger dead and a tourist wounded.", 1, 1),
        ("A cashier was killed.", 1, None),
        ("He fired at the queue, killing one customer.", 1, None),
        ("Seven people - four men and three women - were shot dead at a wedding.", 7, None),
        ("The man stabbed his mother and two brothers to death.", 3, None),
        ("He shot and killed his aunt and two cousins, set fire to the barn and fled.", 3, None),
        ("He shot five hikers on a trail, two fatally.", 2, 3),
    ],
)
def test_singular_victims_asides_and_list_ends(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "A gunman killed two tellers and was also killed by a guard.",
        "A gunman killed two tellers before taking his life.",
        "A gunman killed two tellers and later died in a shootout with police.",
    ],
)
def test_more_ways_the_attacker_died(text: str) -> None:
    assert counts(text)[0] == 3


def test_a_threat_to_take_ones_life_is_not_a_death() -> None:
    assert counts("A gunman killed two tellers and threatened to take his own life.")[0] == 2


# -- vague words without a number ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A sniper killed a farmer and wounded several others.", 1, None),
        ("Two people died and many others were hurt when the gunman fired.", 2, None),
        ("A gunman killed one guard; a number of shoppers were injured in the stampede.", 1, None),
    ],
)
def test_several_and_many_are_not_numbers_but_are_flagged(text: str, killed, injured) -> None:
    row = one(text)
    got = (
        None if pd.isna(row["killed"]) else int(row["killed"]),
        None if pd.isna(row["injured"]) else int(row["injured"]),
    )
    assert got == (killed, injured)
    assert "vague quantity" in evidence(row)["injured"]


# -- more phrasing: present tense, "whom he killed", dates, family totals ------------------
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Farmer kills his brother, wounds two farmhands, then shoots himself.", 2, 2),
        (
            "He shot his partner and then drove to the home of a lawyer, whom he killed, and of a "
            "judge, whom he also killed.",
            2,
            None,
        ),
        ("A nurse and her son were shot and killed Friday 03/04/2016.", 2, None),
        ("The gunman gunned down three members of a choir.", 3, None),
        (
            "Four relatives are dead. The man killed his uncle, his aunt and their two sons.",
            4,
            None,
        ),
        ("A man killed his wife and then himself.", 2, None),
        ("He killed a courier before a standoff that ended in his suicide.", 2, None),
    ],
)
def test_more_phrasing(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A father was killed and two of his five sons wounded in the raid.", 1, 2),
        ("Three people including the gunman are dead and two others were hurt.", 3, 2),
    ],
)
def test_parts_of_a_whole_and_bare_including(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least nine guests were killed when gunmen stormed a hotel. Soldiers killed all three "
            "attackers.",
            12,
        ),
        ("Eight villagers died in the raid; two of the militants were also killed.", 10),
        ("Eight villagers died in the raid, and two militants were shot dead by troops.", 10),
        ("Ten people, including the two attackers, were killed. Police killed two gunmen.", 10),
    ],
)
def test_attackers_killed_are_counted_like_gtd(text: str, killed: int) -> None:
    assert counts(text)[0] == killed


# -- news-style reports: breakdowns and restatements are not added ---------------------------
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A suicide bomber killed 31 people at a mosque on Friday, officials said. Among the dead "
            "was a police officer. A woman and her son were among those killed. Hospital officials "
            "said 56 people were wounded, 10 of them critically.",
            31,
            56,
        ),
        (
            "A car bomb killed two people. The victims, a taxi driver and a street vendor, died at "
            "the scene.",
            2,
            None,
        ),
        (
            "A gunman shot dead a teacher and wounded two pupils. The teacher, 52, died at the scene. "
            "The two pupils were taken to hospital.",
            1,
            2,
        ),
        (
            "Three people were killed and 12 injured when a truck bomb exploded. Two of the dead were "
            "police officers.",
            3,
            12,
        ),
        (
            "Six people died after a gunman opened fire at a supermarket. A police officer was among "
            "the victims.",
            6,
            None,
        ),
        (
            "Militants killed 15 farmers in a village. The militants also killed two herders in a "
            "nearby village.",
            17,
            None,
        ),
    ],
)
def test_news_breakdowns_are_not_added(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A gunman killed three nurses and a doctor at a clinic. Four medical staff died.",
            4,
            None,
        ),
        (
            "A landslide killed 23 villagers. Eleven children were among the dead, and 15 people "
            "were injured.",
            23,
            15,
        ),
        (
            "He shot dead two guards at the gate. In the hall he killed a cashier. In the car park "
            "he killed a driver.",
            4,
            None,
        ),
    ],
)
def test_summaries_and_among_the_dead(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Eight children and a police officer were injured.", None, 9),
        ("A teacher was killed and eight children and a police officer were injured.", 1, 9),
        ("He shot and injured three people.", None, 3),
        ("A student was critically wounded.", None, 1),
        ("The gunman killed one teacher; he then killed another.", 2, None),
    ],
)
def test_singular_and_passive_lists(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the dead told before the shooting in the same sentence are other people
        ("The man stabs his wife to death, shoots two lodgers, then shoots himself.", 2, 2),
        # a restatement in a later sentence is the same people
        ("Three people were found dead in a flat. Police said the three had been shot.", 3, None),
        ("The gunman shot five people, killing two.", 2, 3),
    ],
)
def test_shot_minus_killed_only_counts_the_dead_among_those_shot(text, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("He shot both clerks in the back, killing them.", 2, None),
        ("A man opened fire on a bus. One fatality. Three injuries.", 1, 3),
        ("On Monday, police officer was shot and killed at a traffic stop.", 1, None),
        # the attacker's death alone is a death
        ("He fired at officers from his porch until he was fatally shot by a SWAT team.", 1, None),
    ],
)
def test_killing_them_bare_nouns_and_a_lone_attacker(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("He killed two porters and three others wounded by gunfire.", 2, 3),
        (
            "After killing his uncle and his uncle's wife in their home, a 19-year-old student of "
            "the college went to the campus and killed two guards.",
            4,
            None,
        ),
        (
            "A gunman killed two bankers and later died from a self-inflicted gunshot wound.",
            3,
            None,
        ),
        (
            "A gunman killed two bankers and then tried to commit suicide by shooting himself.",
            2,
            None,
        ),
    ],
)
def test_reduced_clauses_new_subjects_and_suicide_attempts(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A gunman killed five workers and wounded another. The wounded man later died.", 6, 0),
        (
            "Three people were killed and ten injured in the blast. Two of the injured later died "
            "in hospital.",
            5,
            8,
        ),
        (
            "Three people were killed and ten injured. Two of the injured later died, bringing the "
            "death toll to five.",
            5,
            8,
        ),
    ],
)
def test_the_wounded_who_died_move_to_the_dead(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A father was killed in the attack. His two sons were also shot.", 1, 2),
        ("Two guards were shot dead. Three other guards are still fighting for their lives.", 2, 3),
        ("Officers found a woman dead in the kitchen after the gunfire.", 1, None),
    ],
)
def test_also_shot_critical_condition_and_found_dead(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("He opened fire on its 29 students, wounding four.", None, 4),
        ("A gunman fired at 40 worshippers, killing two.", 2, None),
        ("The bomber targeted a bus carrying 50 passengers, killing 3.", 3, None),
        ("He took 12 people hostage and killed one.", 1, None),
        ("The 23-year-old fired 60 rounds, killing four.", 4, None),
        ("Some 300 students were evacuated after a gunman killed a teacher.", 1, None),
    ],
)
def test_targets_hostages_rounds_and_evacuees_are_not_casualties(text, killed, injured) -> None:
    assert counts(text) == (killed, injured)


def test_a_bare_figure_counts_the_people_fired_at() -> None:
    # "injuring one" are officers, not the clerk injured before
    assert counts(
        "He wounded a clerk in the shop. Outside he opened fire on the deputies, injuring one."
    ) == (None, 2)
    # the same kind of victim told twice is not added
    assert counts("He opened fire on the students, killing two. Two students died.") == (2, None)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The army said it had killed 20 militants in a raid.", 20, None),
        (
            "At least 18 people were killed when a bus fell into a gorge. Later, rescuers found two "
            "more bodies.",
            20,
            None,
        ),
        (
            "Three children were among 10 people killed in an airstrike. Four women were also "
            "killed.",
            10,
            None,
        ),
    ],
)
def test_no_double_count_of_militants_more_bodies_and_also(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a participle of dying, and the clause after it is its own subject
        ("One man dying and three were hurt when a gunman fired into a bar in Leeds.", 1, 3),
        ("A gunman shot four people at a bar in Leeds, with one man dying at the scene.", 1, 3),
        ("Three dying patients were moved after the blast in Leeds killed two.", 2, None),
        # "resulted in / caused the death(s) of", "claimed the lives of" govern a listed victim
        ("The shooting in Leeds resulted in the death of a teenager.", 1, None),
        ("The blast in Leeds claimed the lives of a police officer and his wife.", 2, None),
        ("The fire in Leeds caused the deaths of two students and a teacher.", 3, None),
        # "shot N people, X of whom died": the breakdown is not another victim
        ("A gunman shot seven people in Leeds, two of whom died.", 2, 5),
    ],
)
def test_dying_participles_and_of_whom_breakdowns(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Two gunmen killed three people at a mall in Leeds before both gunmen killed "
            "themselves.",
            5,
        ),
        (
            "Three attackers stormed a school in Leeds and killed four pupils. The three attackers "
            "later committed suicide.",
            7,
        ),
        (
            "Two brothers opened fire in Leeds, killing three. Both brothers later shot "
            "themselves.",
            5,
        ),
        # the same people told twice are not added
        ("In Leeds, two men were found dead; police said the two men killed themselves.", 2),
        # an attacker already counted by "including" is not added again
        ("Six people died in Leeds, including two gunmen who killed themselves.", 6),
        # suicide bombers: a bombing's reported toll stands
        ("Two suicide bombers detonated their vests at a market in Leeds, killing 20 people.", 20),
    ],
)
def test_several_attackers_who_killed_themselves_count(text: str, killed) -> None:
    assert counts(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a victim named by proper name, governed by a killed/injured verb
        (
            "Gunfire erupted in Leeds on Sunday. Football star John Adebayo Smith was shot and killed "
            "and three other people were wounded.",
            1,
            3,
        ),
        ("The gunman opened fire in Leeds, killing Officer Mary Jones and her partner.", 2, None),
        ("In Leeds, Sgt. Mary Jones and a bystander were wounded.", None, 2),
        # a place opening the sentence is not a victim, and a name with no such verb is none
        ("In Leeds, a man and his son were killed.", 2, None),
        ("In Kabul, Ahmad Shah Massoud was wounded.", None, 1),
        ("In Kabul, Ahmad Shah Massoud said two people were killed in the blast.", 2, None),
        # "from the same family" does not cut a number from its verb
        ("A gunman shot five people in Leeds; two people from the same family were killed.", 2, 3),
    ],
)
def test_named_victims_and_family_phrases(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "N of (the) M …": N are the victims, M the whole group
        (
            "In Leeds, three of four members of a family were shot and killed and a girl was "
            "wounded.",
            3,
            1,
        ),
        ("In Leeds, three of the four members of a family were shot and killed.", 3, None),
        # "three of the four injured students died": three move from injured to killed
        (
            "He injured five students in Leeds and killed one girl. Three of the four injured "
            "students died in hospital in the following days.",
            4,
            2,
        ),
    ],
)
def test_part_of_a_whole(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


def test_the_man_suspected_of_the_attack_who_was_killed_counts() -> None:
    assert counts(
        "A shootout in Leeds left one officer dead and three others wounded. The man "
        "suspected of firing on the officers was also killed."
    ) == (2, 3)
    # arrested, not killed
    assert counts("The man suspected of the shooting in Leeds that killed two was arrested.") == (
        2,
        None,
    )


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("In Leeds, a guard and a driver were fatally shot.", 2, None),
        ("In Leeds, a guard and a driver were handcuffed and fatally shot.", 2, None),
        ("In Leeds, a guard and a driver were shot.", None, 2),
        (
            "The shooter in Leeds fired fatal shots at his ex-girlfriend, and shot and injured "
            "three other women.",
            1,
            3,
        ),
    ],
)
def test_fatally_shot_subjects_and_fatal_shots(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Nine people were shot in a salon in Leeds. Only one victim survived.", 8, 1),
        ("Nine people were shot in a salon in Leeds, and only one victim survived.", 8, 1),
        # without "only" the other victims' fate is not told
        (
            "Nine people were shot in a salon in Leeds. One victim survived with serious injuries.",
            None,
            1,
        ),
    ],
)
def test_only_one_survived_of_those_shot(text: str, killed, injured) -> None:
    assert counts(text) == (killed, injured)


def test_another_who_sustained_injuries() -> None:
    gdf = geoinc.extract_incidents(
        "Bandits hacked two farmers to death in Guma on Sunday while another sustained serious "
        "injury, police said.",
        published="2021-06-07",
    )
    assert gdf["killed"].iloc[0] == 2 and gdf["injured"].iloc[0] == 1


def test_a_breakdown_without_its_closing_comma() -> None:
    gdf = geoinc.extract_incidents(
        "Rebels attacked two villages near Beni on Friday. The attack has left seven civilians, "
        "including four women dead, officials said.",
        published="2021-06-07",
    )
    assert gdf["killed"].iloc[0] == 7


def test_a_toll_put_at_a_number_wounded() -> None:
    gdf = geoinc.extract_incidents(
        "A suicide car bomber struck the office of a Kurdish party in Kirkuk on Wednesday, "
        "killing at least two people. An initial police report put the toll at 18 wounded.",
        published="2013-05-08",
    )
    assert gdf["killed"].iloc[0] == 2 and gdf["injured"].iloc[0] == 18


def test_a_relative_among_the_civilians_already_counted() -> None:
    gdf = geoinc.extract_incidents(
        "Two children were killed and 33 other civilians injured in missile strikes on Marib "
        "on Sunday. The news agency said a missile hit their house, seriously injuring their "
        "mother.",
        published="2021-10-03",
    )
    assert gdf["injured"].iloc[0] == 33

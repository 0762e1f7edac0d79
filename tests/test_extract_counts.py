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
    return (None if pd.isna(row["killed"]) else int(row["killed"]),
            None if pd.isna(row["injured"]) else int(row["injured"]))


def evidence(row: pd.Series) -> dict:
    return json.loads(row["evidence"])


# -- the attacker's own death (GTD / ACLED count it, noted in the evidence) ----------------
@pytest.mark.parametrize("text", [
    "A gunman wounded three diners at a cafe before turning the gun on himself.",
    "The assailant injured three shoppers and then took his own life.",
    "A student hurt three classmates; a deputy fired back, killing the attacker.",
    "The man shot and wounded three workers before he was shot dead by officers.",
])
def test_an_attacker_who_died_counts_even_when_no_victim_died(text: str) -> None:
    row = one(text)
    assert (row["killed"], row["injured"]) == (1, 3)
    assert "attacker" in evidence(row)["killed"]

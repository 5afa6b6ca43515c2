"""The nouns the event rules sort people, groups and sites by, read from one data file
(``knowledge/event_nouns.tsv``): armed groups and forces, civilians, civilian and military
sites. Every event module takes its word lists from here, so that a word added once counts
everywhere."""

from __future__ import annotations

from functools import cache

from sitrep.knowledge import read_table


@cache
def nouns(kind: str) -> frozenset[str]:
    """The lower-case words of class ``kind`` in ``event_nouns.tsv``."""
    return frozenset(row["word"].lower() for row in read_table("event_nouns.tsv")
                     if row["class"] == kind)


GENERIC_ARMED = nouns("armed_group")  # "militants", "rebels": a non-state armed group
ARMED_MODIFIERS = nouns("armed_modifier")  # "rebel positions", "militant hideouts"
ARMED_NOUNS = GENERIC_ARMED | nouns("armed_person")  # fighters, soldiers, police, gunmen
NON_STATE_WORDS = nouns("non_state")  # an armed group the dictionary does not know
STATE_WORDS = nouns("state")  # state forces the dictionary does not know
CIVILIAN_NOUNS = nouns("civilian")  # people hit as civilians
CIVILIAN_SITES = nouns("civilian_site")  # places where civilians are
MILITARY_SITES = nouns("military_site")  # armed targets when a modifier says whose
MILITARY_MODIFIERS = nouns("military_modifier")  # "an army base", "a police post"
CIVILIAN_MODIFIERS = nouns("civilian_modifier")  # "a polling station", "a passenger train"
NOT_PROTEST_MODIFIERS = nouns("not_protest_modifier")  # "a training march", "a death march"

"""Places of Darfur news the bundled gazetteer does not hold: not resolved wrongly (plparts).

Illustrative: every sentence is sitrep's own writing (invented events, real places), not
taken from any corpus. The probes marked "failed before" failed on the branch's base c298841;
the controls passed there and must not change.

- A name particle that opens a longer name ("Abu", "Umm", "Bir", "Jebel", "Wadi", "Tell")
  is no place on its own: "the Abu Shouk camp" is not Ābu in India
  (``place_phrases.particle_opens``, the ``particle`` words of ``place_words.tsv``). A known
  name that opens with one stays whole ("Abu Dhabi", "Tell Abyad", "Tel Aviv"), and the
  word alone, with no name after it, is still read ("Police in Abu said").
- A hamlet abroad for a name in a story whose places and armed groups say where it happens
  ("Tawila" in a story of El Fasher and the RSF) is left unresolved, not Aţ Ţawīlah in Yemen
  (``place_strays``). A country the story names ("Tawila, Yemen") or a group at home there
  (the Houthis) keeps the reading, and so does a hamlet near a place or country the story
  names ("Sarmada, a town on the border with Turkey", within 1000 km of Turkey's point).
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import assert_resolved, events_in, toponyms_in

ABU_SHOUK = "A resident of the Abu Shouk camp said the army shelled the camp on Monday."
TAWILA = "Families fled to Tawila after the RSF attacked the Zamzam camp."
EL_FASHER = "The RSF shelled El Fasher on Sunday. " + TAWILA


def _unplaced(nlp: Any, gazetteer: Any, text: str, name: str) -> None:
    """No toponym of ``text`` inside ``name`` is resolved to a place (the name itself may be
    a toponym with no place)."""
    start = text.index(name)
    end = start + len(name)
    for t in toponyms_in(nlp, gazetteer, text).values():
        if t.span.start < end and start < t.span.end:
            assert t.place is None, f"{t.span.text!r} resolved to {t.place}"


# (sentence, name): failed before, each resolved a particle or a hamlet abroad
UNPLACED = [
    (ABU_SHOUK, "Abu Shouk"),
    ("Fighting broke out near Abu Shouk, residents said.", "Abu Shouk"),
    (TAWILA, "Tawila"),
    (EL_FASHER, "Tawila"),
]


@pytest.mark.parametrize(("text", "name"), UNPLACED)
def test_not_resolved_wrongly(nlp: Any, gazetteer: Any, text: str, name: str) -> None:
    _unplaced(nlp, gazetteer, text, name)


def test_particle_name_stays_a_toponym(nlp: Any, gazetteer: Any) -> None:
    """"the Abu Shouk camp": the whole name is the toponym, with no place (not "Abu")."""
    found = toponyms_in(nlp, gazetteer, ABU_SHOUK)
    assert "Abu" not in found
    assert "Abu Shouk" in found and found["Abu Shouk"].place is None


def test_particle_keeps_the_army_at_home(pipeline: Any) -> None:
    """The army of the Abu Shouk sentence is not India's (it was, through Ābu)."""
    events = events_in(pipeline, ABU_SHOUK)
    assert events
    for event in events:
        for mention in (event.actor1, event.actor2, *event.assoc_actors):
            assert mention is None or "India" not in mention.actor.name, mention.actor


def test_el_fasher_still_resolved(nlp: Any, gazetteer: Any) -> None:
    assert_resolved(nlp, gazetteer, EL_FASHER, "El Fasher", "SD", "El Fasher")


# controls: a known name that opens with a particle, and the particle's place said alone
CONTROLS = [
    ("Militants attacked Abu Dhabi on Friday.", "Abu Dhabi", "AE", "Abu Dhabi"),
    ("Protesters gathered in Tell Abyad on Friday.", "Tell Abyad", "SY", "Tall Abyad"),
    ("Shelling hit Tel Aviv on Friday.", "Tel Aviv", "IL", "Tel Aviv"),
    ("Displaced people fled Umm Durman camp on Friday.", "Umm Durman", "SD", "Omdurman"),
    ("Police in Abu said the road was closed.", "Abu", "IN", "Ābu"),
    ("Refugees reached the Umm Rakuba camp in eastern Sudan.", "Sudan", "SD", "Sudan"),
    # a hamlet abroad in a story that names its country, or a group at home there
    ("Fighting raged in Tawila, Yemen, as the RSF advanced.", "Tawila", "YE", "Aţ Ţawīlah"),
    ("The Houthis said they attacked Tawila.", "Tawila", "YE", "Aţ Ţawīlah"),
    # a hamlet near the country the story names, and a town across the border
    ("The RSF attacked Sarmada, a town on the border with Turkey.", "Sarmada", "SY", "Sarmada"),
    ("Thousands fled from El Geneina to Adre after the RSF attacked.", "Adre", "TD", "Adré"),
]


def test_sea_is_no_hamlet(nlp: Any, gazetteer: Any) -> None:
    """A sea has no country, and is no hamlet abroad of a story of Sudan."""
    text = "The RSF shelled El Fasher as aid ships waited in the Red Sea."
    found = toponyms_in(nlp, gazetteer, text)
    assert "Red Sea" in found and found["Red Sea"].place is not None
    assert found["Red Sea"].place.name == "Red Sea"


@pytest.mark.parametrize(("text", "name", "country", "place"), CONTROLS)
def test_controls(
    nlp: Any, gazetteer: Any, text: str, name: str, country: str, place: str
) -> None:
    assert_resolved(nlp, gazetteer, text, name, country, place)

"""The actor dictionary: lookups, mentions in parsed articles, localisation to a country."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import ResourceError
from sitrep.extract.actors import (
    INTER_TYPES,
    UNKNOWN,
    ActorDictionary,
    acled_inter,
    actor_for_country,
    normalize,
)
from sitrep.model import Article
from sitrep.nlp import load_pipeline

nlp = load_pipeline()
actors = ActorDictionary.load()

SYRIA = "Military Forces of Syria"
RUSSIA = "Military Forces of Russia"
USA = "Military Forces of the United States"
IS = "Islamic State (Syria)"
SDF = "SDF: Syrian Democratic Forces"
YPG = "YPG: People's Protection Units"

# Sentences of the reference sample (RT and The Duran on Deir ez-Zor, September 2017).
SAMPLE = (
    "Syrian Army: ISIS terrorists surrounded in Deir ez-Zor\n\nBy Mikhail Alaeddin\nSource: RT\n"
    "A furious assault on Islamic State (IS, formerly ISIS/ISIL) positions in Deir ez-Zor province "
    "and the regional capital by Syrian government forces continues.\n\n"
    "After the siege of Deir ez-Zor province was breached during the first week of September, the "
    "Syrian army supported by the Russian Air Force have encountered stubborn IS resistance.\n\n"
    "While Washington has denied the accusations, troops of the Syrian Democratic Force (SDF), a "
    "predominantly Kurdish militia backed by the US military, have recently attacked positions of "
    "the Syrian Arab Army in the Deir ez-Zor governorate.\n\n"
    "Local Kurdish language media in Syria have reported that both the Russian Aerospace Forces "
    "and the Syrian Arab Air-force have bombed positions of the Kurdish led US proxy militia SDF, "
    "as originally reported in English by Al-Masdar. On Wednesday, the army targeted ISIS fighters "
    "in the Hweijet al-Saker area, SANA reported."
)


def mentions(text: str, *, body_start: int = 0, country: str | None = None,
             localise: bool = False) -> list[tuple[str, str]]:
    article = Article(text=text, origin="test", body_start=body_start)
    found = actors.find_mentions(nlp(text), article=article, country=country, localise=localise)
    for m in found:
        assert m.span is not None and text[m.span.start:m.span.end] == m.span.text
        assert m.span.start >= body_start
    return [(m.span.text, m.actor.name) for m in found if m.span is not None]


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("IS", IS), ("ISIS", IS), ("ISIL", IS), ("Daesh", IS), ("Da’esh", IS),
        ("the Islamic State", IS), ("IS terrorists", IS),
        ("the Syrian Arab Army", SYRIA), ("SAA", SYRIA), ("Syrian troops", SYRIA),
        ("regime forces", SYRIA), ("Syrian Arab Air-force", SYRIA),
        ("SDF", SDF), ("Syrian Democratic Force", SDF), ("the Syrian Democratic Forces", SDF),
        ("Russian Aerospace Forces", RUSSIA), ("Russia's air force", RUSSIA), ("VKS", RUSSIA),
        ("US special forces", USA), ("U.S. troops", USA), ("American soldiers", USA),
        ("YPG", YPG), ("People’s Protection Units", YPG), ("Kurdish militia", YPG),
        ("Hezbollah", "Hezbollah"), ("Hizballah", "Hezbollah"),
        ("Hashd al-Shaabi", "PMF: Popular Mobilization Forces"),
        ("Jabhat al-Nusra", "HTS: Hayat Tahrir al-Sham"),
        ("US-led coalition", "Global Coalition Against Daesh"),
        ("Turkey-backed militants", "SNA: Syrian National Army"),
        ("unidentified gunmen", "Unidentified Armed Group"),
        ("gunman", "Unidentified Armed Group"),
        ("a civilian", None),
        ("civilian", "Civilians"),
        ("the army", "Government forces (unspecified)"),
    ],
)
def test_lookup_of_aliases(alias: str, name: str | None) -> None:
    actor = actors.lookup(alias)
    assert (actor.name if actor else None) == name


def test_lookup_needs_capitals_for_acronyms_and_ignores_places() -> None:
    assert actors.lookup("is") is None
    assert actors.lookup("us") is None
    assert actors.lookup("Hama") is None  # a city, not Hamas
    assert actors.lookup("") is None


def test_normalize() -> None:
    assert normalize("The People’s Protection Units") == "people protection units"
    assert normalize("U.S.-led coalition") == "us led coalition"
    assert normalize("Da'esh") == "daesh"


def test_dictionary_is_consistent() -> None:
    assert len(actors.actors) >= 70
    assert sum(len(a.aliases) for a in actors.actors) >= 500
    for actor in actors.actors:
        assert actor.inter in INTER_TYPES and INTER_TYPES[actor.inter] == actor.type
        assert actor.country is None or len(actor.country) == 2
    syria = actors.get(SYRIA)
    assert syria is not None
    assert (syria.type, syria.inter, syria.country) == ("state forces", 1, "SY")


def test_find_mentions_in_the_reference_sample() -> None:
    body = SAMPLE.index("A furious")
    found = mentions(SAMPLE, body_start=body, country="SY")
    names = [name for _, name in found]
    whole = mentions(SAMPLE)
    assert whole[:2] == [("Syrian Army", SYRIA), ("ISIS terrorists", IS)]  # the title ...
    assert whole[2:] == found  # ... is not the body, and the outlet line holds no actor
    assert found[:5] == [("Islamic State", IS), ("IS", IS), ("ISIS", IS), ("ISIL", IS),
                         ("Syrian government forces", SYRIA)]
    for expected in [("Syrian army", SYRIA), ("Russian Air Force", RUSSIA),
                     ("Syrian Democratic Force", SDF), ("SDF", SDF), ("US military", USA),
                     ("Syrian Arab Army", SYRIA), ("Russian Aerospace Forces", RUSSIA),
                     ("Syrian Arab Air-force", SYRIA), ("ISIS fighters", IS),
                     ("army", "Government forces (unspecified)")]:
        assert expected in found
    assert names.count(SDF) == 3
    assert "SANA" not in names and "Al-Masdar" not in names  # outlets are sources, not actors
    assert "Kurdish" not in names  # an adjective alone is not an actor
    by_name = {a.name: a for a in (actors.get(n) for n in names) if a}
    assert (by_name[IS].type, by_name[IS].inter) == ("rebel group", 2)
    assert (by_name[SDF].type, by_name[SDF].inter) == ("rebel group", 2)
    assert (by_name[RUSSIA].type, by_name[RUSSIA].inter) == ("state forces", 1)


def test_verb_is_never_islamic_state() -> None:
    assert mentions("The situation is tense, but it is calm, and IS is retreating.") == [
        ("IS", IS)]


def test_demonym_and_force_noun() -> None:
    text = ("Turkish troops and Iraqi police clashed with Kurdish fighters, while Russian "
            "warplanes, Israel's air force and Malian soldiers were elsewhere.")
    found = mentions(text, country="IQ")
    assert found == [
        ("Turkish troops", "Military Forces of Turkey"),
        ("Iraqi police", "Police Forces of Iraq"),
        ("Kurdish fighters", "Peshmerga (KRG)"),
        ("Russian warplanes", RUSSIA),
        ("Israel's air force", "Military Forces of Israel"),
        ("Malian soldiers", "Military Forces of Mali"),
    ]
    assert ("Kurdish fighters", YPG) in mentions(text, country="SY")
    assert ("Kurdish fighters", "PKK: Kurdistan Workers Party") in mentions(text, country="TR")


def test_a_longer_name_wins_over_a_name_inside_it() -> None:
    # Syria's "National Liberation Front" is inside El Salvador's FMLN's full name
    found = mentions("Farabundo Marti National Liberation Front guerrillas attacked a post.")
    assert [name for _, name in found] == ["FMLN: Farabundo Marti National Liberation Front"]


def test_backed_by_a_state_is_not_that_state() -> None:
    assert mentions("Iranian-backed militias shelled the town.") == []


def test_unknown_organisations_fall_back_to_ner() -> None:
    found = mentions("Fighters of the Hamza Division clashed with the Levant Front near Afrin, "
                     "and the Kurds fled, SANA reported.")
    assert found == [("Hamza Division", "Hamza Division"), ("Levant Front", "Levant Front"),
                     ("Kurds", "Kurds")]
    article = Article(text="The Sultan Murad Brigade shelled Afrin.", origin="t")
    (mention,) = actors.find_mentions(nlp(article.text), article=article)
    assert mention.actor.type == UNKNOWN and mention.actor.inter is None
    assert mention.span is not None and mention.span.text == "Sultan Murad Brigade"


def test_a_group_named_by_its_last_word_is_the_group_named_in_full() -> None:
    # failed before: "the Front" was an actor of its own, "Front" (the demo's Meridian article)
    for text in ["Government forces said they had retaken the town. The Northern Dawn Front "
                 "denied that government forces had entered it. The escalation began last "
                 "week, when the Front attacked army positions.",
                 "A spokesman for the Northern Dawn Front said the group had withdrawn. The "
                 "Front attacked army positions last week."]:
        found = dict(mentions(text))
        assert found["Northern Dawn Front"] == "Northern Dawn Front"
        assert found["Front"] == "Northern Dawn Front"
    # a last word alone, with no group named in full before it, stays what NER made of it
    assert dict(mentions("The Front attacked army positions last week.")).get("Front") in (
        None, "Front")


def test_localise_generic_actors() -> None:
    text = "Unidentified gunmen killed two civilians; protesters and the army gathered."
    assert mentions(text, country="IQ", localise=True) == [
        ("Unidentified gunmen", "Unidentified Armed Group (Iraq)"),
        ("civilians", "Civilians (Iraq)"),
        ("protesters", "Protesters (Iraq)"),
        ("army", "Military Forces of Iraq"),
    ]
    islamic_state = actors.lookup("ISIS")
    assert islamic_state is not None
    assert actors.localise(islamic_state, "IQ").name == "Islamic State (Iraq)"
    assert actors.localise(islamic_state, None) is islamic_state
    coalition = actors.lookup("US-led coalition")
    assert coalition is not None and actors.localise(coalition, "SY") is coalition


def test_state_forces_of_a_country_and_acled_inter() -> None:
    syria, russia = actor_for_country("SY"), actor_for_country("ru")
    assert syria is not None and syria.name == SYRIA
    assert russia is not None and russia.name == RUSSIA
    assert actor_for_country("ZZ") is None
    assert acled_inter(russia, "SY") == 8  # state forces abroad are external forces
    assert acled_inter(syria, "SY") == 1
    assert acled_inter(russia, None) == 1


def test_doc_must_be_the_article_text() -> None:
    article = Article(text="Syrian forces advanced.", origin="t")
    with pytest.raises(ValueError, match="not the text"):
        actors.find_mentions(nlp("Russian forces advanced."), article=article)


def test_load_a_user_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "# my actors\nname\ttype\tinter\tcountry\taliases\n"
        "Military Forces of Syria\tstate forces\t1\tSY\tSyrian army|SAA\n"
        "Local Defence Militia\tpolitical militia\t3\tSY\tLDF|Local Defense Forces\n",
        encoding="utf-8",
    )
    mine = ActorDictionary.load(path)
    assert [a.name for a in mine.actors] == ["Military Forces of Syria", "Local Defence Militia"]
    assert mentions_with(mine, "The LDF and Syrian forces attacked.") == [
        ("LDF", "Local Defence Militia"), ("Syrian forces", SYRIA)]


def mentions_with(dictionary: ActorDictionary, text: str) -> list[tuple[str, str]]:
    article = Article(text=text, origin="t")
    found = dictionary.find_mentions(nlp(text), article=article)
    return [(m.span.text, m.actor.name) for m in found if m.span is not None]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("A\tstate forces\t2\t\tx\n", "inter 2"),
        ("A\tstate forces\tone\t\tx\n", "bad actor row"),
        ("A\tstate forces\t1\t\tx|y\nB\trebel group\t2\t\tY\n", "names both"),
    ],
)
def test_bad_user_dictionaries_fail_loudly(tmp_path: Path, rows: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("name\ttype\tinter\tcountry\taliases\n" + rows, encoding="utf-8")
    with pytest.raises(ResourceError, match=message):
        ActorDictionary.load(path)
    with pytest.raises(ResourceError, match="cannot read"):
        ActorDictionary.load(tmp_path / "missing.tsv")


def test_government_of_a_country_is_named_acled_style() -> None:
    dictionary = ActorDictionary.load()
    government = dictionary.government("sy")
    assert government is not None and government.name == "Government of Syria"
    kenya = dictionary.government("KE")
    assert kenya is not None and (kenya.name, kenya.country, kenya.inter) == (
        "Government of Kenya", "KE", 1)
    assert dictionary.government("XX") is None

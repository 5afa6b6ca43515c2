"""The ACLED taxonomy table: complete, consistent, and mapped to CASE 2021, CAMEO and PLOVER."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.errors import ResourceError
from sitrep.extract.taxonomy import load_taxonomy

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVENTS = SHARED / "data" / "events"
# PLOVER 2021 event types (PLOVER manual; CAMEO 01/02 comments dropped, 08 split).
PLOVER_EVENTS = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                 "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                 "COERCE", "ASSAULT"}
NOT_ACLED_CODES = {"NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ORG_CRIME", "ATTRIB"}

taxonomy = load_taxonomy()


def _shared(path: Path) -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the development gold data is not on this machine")
    return path


def test_six_event_types_and_25_sub_types_in_codebook_order() -> None:
    assert taxonomy.event_types() == (
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
        "Riots", "Strategic developments",
    )
    subs = taxonomy.acled_sub_types()
    assert len(subs) == 25
    assert [len(taxonomy.sub_types_of(t)) for t in taxonomy.event_types()] == [3, 6, 3, 3, 2, 8]
    assert subs[0].sub_event_type == "Armed clash"


def test_every_case_2021_code_maps_to_a_row() -> None:
    path = _shared(EVENTS / "case2021-event-types.txt")
    codes = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(codes) == 25
    for code in codes:
        row = taxonomy.by_case_code(code)
        assert row.case_code == code and row.is_acled
    assert {r.case_code for r in taxonomy.acled_sub_types()} == set(codes)


def test_every_label_of_the_case_dev_set_is_known() -> None:
    path = _shared(EVENTS / "case2021-task2-dev.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    labels = {row[-1].strip() for row in rows if len(row) >= 3 and len(row[-1].strip()) > 2}
    assert labels >= NOT_ACLED_CODES
    for label in labels:
        taxonomy.by_case_code(label)


def test_acled_rows_have_definition_cameo_and_plover() -> None:
    for row in taxonomy.acled_sub_types():
        assert row.definition.endswith(".") and len(row.definition) > 30
        assert row.cameo and all(re.fullmatch(r"\d{2,4}", c) for c in row.cameo), row
        assert row.plover and all(p.split(":")[0] in PLOVER_EVENTS for p in row.plover), row
        assert row.disorder_type in {
            "Political violence", "Demonstrations", "Strategic developments",
            "Political violence; Demonstrations",
        }


@pytest.mark.parametrize(
    ("code", "cameo", "plover"),
    [
        ("AIR_STRIKE", "195", "ASSAULT:heavy-weapons"),
        ("ART_MISS_ATTACK", "194", "ASSAULT:heavy-weapons"),
        ("ARMED_CLASH", "190", "ASSAULT:firearms"),
        ("SUIC_BOMB", "1831", "ASSAULT:suicide-attack"),
        ("SEX_VIOL", "1821", "ASSAULT:sexual"),
        ("ABDUCT_DISSAP", "181", "ASSAULT:abduct"),
        ("PEACE_PROTEST", "141", "PROTEST:demo"),
        ("VIOL_DEMONSTR", "145", "PROTEST:riot"),
        ("ARREST", "173", "COERCE:arrest"),
    ],
)
def test_best_cameo_and_plover_codes(code: str, cameo: str, plover: str) -> None:
    row = taxonomy.by_case_code(code)
    assert row.cameo[0] == cameo
    assert row.plover[0] == plover


def test_disorder_types_follow_acled() -> None:
    assert taxonomy.by_case_code("FORCE_AGAINST_PROTEST").disorder_type == (
        "Political violence; Demonstrations")
    assert taxonomy.by_sub_type("Mob violence").disorder_type == "Political violence"
    assert taxonomy.by_sub_type("Violent demonstration").disorder_type == "Demonstrations"
    assert taxonomy.by_sub_type("Agreement").event_type == "Strategic developments"


def test_non_acled_classes_are_recognised_but_not_acled() -> None:
    for code in NOT_ACLED_CODES:
        row = taxonomy.by_case_code(code)
        assert not row.is_acled and row.event_type == "Not ACLED"
    assert taxonomy.by_case_code("DIPLO").plover[0] == "CONSULT"


def test_lookups_are_case_insensitive_and_unknown_names_raise() -> None:
    assert taxonomy.by_sub_type("air/drone strike").case_code == "AIR_STRIKE"
    assert taxonomy.by_case_code("gov_regains_terit").sub_event_type == (
        "Government regains territory")
    with pytest.raises(ResourceError, match="sub-event type"):
        taxonomy.by_sub_type("Drive-by shooting")
    with pytest.raises(ResourceError, match="CASE 2021"):
        taxonomy.by_case_code("BOMBING")
    with pytest.raises(ResourceError, match="event type"):
        taxonomy.sub_types_of("Not ACLED")


def test_loaded_once() -> None:
    assert load_taxonomy() is taxonomy
    assert len(taxonomy) == 30

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.errors import StoreError
from sitrep.model import MODEL_FLAG_TERM, Analysis, Article, Flag, Story
from sitrep.store import SCHEMA_VERSION, Store, _tables, open_store, postgres_search, sqlite_schema
from sitrep.store.sqlite import fts_query

from factories import deir_ez_zor
from postgres_server import needs_postgres

RT = deir_ez_zor()
SANA = deir_ez_zor(
    outlet="SANA",
    title="Army units repel terrorist attack near Raqqa",
    author=None,
    published=date(2017, 9, 20),
    origin="samples/sana.txt#1",
    extra="Army units also clashed with the terrorists near Raqqa: \"heavy losses\" were reported.",
    event_type="Battles",
    sub_event_type="Armed clash",
    event_date=date(2017, 9, 19),
    status="unconfirmed",
    fatalities=None,
    denial=True,
)
UNDATED = deir_ez_zor(outlet="Reuters", title="Shelling in Deir ez-Zor", published=None,
                      origin="samples/reuters.txt#1", event_date=None, located=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sitrep.db"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=needs_postgres)])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """A new store's location: a SQLite file, and a database of its own on a real PostgreSQL
    server (the behavioural tests run on both backends)."""
    if request.param == "sqlite":
        return tmp_path / "sitrep.db"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def store(location: str | Path) -> Iterator[Store]:
    with open_store(location) as s:
        yield s


@pytest.fixture
def filled(store: Store) -> Store:
    for analysis in (RT, SANA, UNDATED):
        assert store.save(analysis)
    return store


# --- saving and reading back ---------------------------------------------------------------


def test_saved_analyses_come_back_equal(filled: Store) -> None:
    assert list(filled.analyses()) == [RT, SANA, UNDATED]


def test_analyses_by_id_in_the_order_asked_unknown_skipped(filled: Store) -> None:
    got = list(filled.analyses([UNDATED.article.id, "no-such-id", RT.article.id]))
    assert got == [UNDATED, RT]


def test_counts_every_kind_of_finding(filled: Store) -> None:
    assert filled.counts() == {
        "articles": 3, "events": 3, "event mentions": 3, "claims": 4, "toponyms": 6, "flags": 9,
        "dates": 3, "stories": 0,
    }


def test_resaving_an_article_is_a_no_op(filled: Store) -> None:
    before = filled.counts()
    assert filled.save(RT) is False
    assert filled.save(SANA) is False
    assert filled.counts() == before
    assert list(filled.analyses()) == [RT, SANA, UNDATED]


def test_a_failure_midway_leaves_nothing_of_that_article(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    assert store.save(RT)
    before = store.counts()

    def broken(analysis: Analysis) -> list[tuple[object, ...]]:
        raise RuntimeError("disk on fire")

    # The article row and its events are already in when the claims fail.
    monkeypatch.setattr(_tables, "claim_values", broken)
    with pytest.raises(StoreError, match="samples/sana.txt#1") as info:
        store.save(SANA)
    assert "disk on fire" in str(info.value)

    assert store.counts() == before
    assert list(store.analyses()) == [RT]
    assert store.articles(search="Raqqa") == []  # nor in the full-text index
    assert [e.id for e in store.events()] == [RT.events[0].id]

    monkeypatch.undo()
    assert store.save(SANA)  # nothing half-written stands in the way
    assert list(store.analyses()) == [RT, SANA]


def test_a_clashing_event_id_is_refused_whole(store: Store) -> None:
    assert store.save(RT)
    clash = replace(SANA, events=(replace(SANA.events[0], id=RT.events[0].id),))
    with pytest.raises(StoreError, match="samples/sana.txt#1"):
        store.save(clash)
    assert list(store.analyses()) == [RT]


def test_reopening_keeps_the_data(location: str | Path) -> None:
    with open_store(location) as first:
        first.save(RT)
        first.save(SANA)
    with open_store(location) as again:
        assert list(again.analyses()) == [RT, SANA]
        assert again.save(RT) is False


def test_all_analyses_stream_back_in_saving_order_past_one_batch(store: Store) -> None:
    many = [Analysis(Article(text=f"Report {n}: shelling.", origin=f"r{n}", outlet="X"))
            for n in range(450)]  # the backends read 200 at a time
    for analysis in reversed(many[:5]):
        store.save(analysis)
    for analysis in many:
        store.save(analysis)
    assert list(store.analyses()) == [*reversed(many[:5]), *many[5:]]


def test_in_memory_store_works() -> None:
    with open_store(":memory:") as s:
        assert s.save(RT)
        assert list(s.analyses()) == [RT]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), title=st.none() | st.text(), search=st.text())
def test_any_text_round_trips_and_any_search_is_safe(
        text: str, title: str | None, search: str) -> None:
    analysis = Analysis(Article(text=text, origin="hypothesis", title=title, outlet="X"))
    with open_store(":memory:") as s:
        assert s.save(analysis)
        assert list(s.analyses()) == [analysis]
        s.articles(search=search)
        s.events(search=search)
        s.claims(search=search)


# --- schema and opening ------------------------------------------------------------------------


def test_schema_version_and_pragmas_are_recorded(db_path: Path) -> None:
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert {"articles", "events", "claims", "toponyms", "flags", "dates", "stories",
            "story_events", "articles_fts", "events_fts", "claims_fts"} <= tables


def test_a_newer_schema_is_refused(db_path: Path) -> None:
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="upgrade sitrep"):
        open_store(db_path)


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    garbage = b"this is not a database, just some notes\n" * 100
    path.write_bytes(garbage)
    with pytest.raises(StoreError, match="notes.db"):
        open_store(path)
    assert path.read_bytes() == garbage


def test_another_applications_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a sitrep store"):
        open_store(path)


def test_pending_migrations_are_applied_in_order(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(db_path) as s:
        s.save(RT)
    grown = [*sqlite_schema.MIGRATIONS, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
             "\nCREATE INDEX notes_body ON notes (body);"]
    monkeypatch.setattr(sqlite_schema, "MIGRATIONS", grown)
    monkeypatch.setattr(sqlite_schema, "SCHEMA_VERSION", len(grown))
    with open_store(db_path) as s:
        assert list(s.analyses()) == [RT]
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(grown)
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_failing_migration_changes_nothing(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(db_path).close()
    grown = [*sqlite_schema.MIGRATIONS, "CREATE TABLE notes (id INTEGER);\nNOT SQL AT ALL;"]
    monkeypatch.setattr(sqlite_schema, "MIGRATIONS", grown)
    monkeypatch.setattr(sqlite_schema, "SCHEMA_VERSION", len(grown))
    with pytest.raises(StoreError, match="sitrep.db: migrating .* nothing was changed"):
        open_store(db_path)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "notes" not in names


def test_a_version_1_store_gains_flag_confidence_and_keeps_its_rows(db_path: Path) -> None:
    with open_store(db_path) as s:
        assert s.save(SANA)
    conn = sqlite3.connect(db_path)
    try:  # turned into a store written before flags had a confidence (schema version 1)
        conn.execute("ALTER TABLE flags DROP COLUMN confidence")
        conn.execute("ALTER TABLE stories DROP COLUMN sources")  # came later still (3)
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    finally:
        conn.close()
    model_flag = Flag(RT.flags[0].span, "doubt", MODEL_FLAG_TERM, 0.71)
    scored = replace(RT, flags=(*RT.flags, model_flag))
    with open_store(db_path) as s:
        assert s.save(scored)
    with open_store(db_path) as s:
        assert sorted(s.analyses(), key=lambda a: a.article.id) == sorted(
            [SANA, scored], key=lambda a: a.article.id)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        stored = conn.execute("SELECT article_id, term, confidence FROM flags"
                              " ORDER BY article_id, seq").fetchall()
    finally:
        conn.close()
    assert [(t, c) for a, t, c in stored if c is not None] == [(MODEL_FLAG_TERM, 0.71)]
    assert sum(1 for a, _, _ in stored if a == SANA.article.id) == len(SANA.flags)


def test_an_unopenable_path_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="missing-dir"):
        open_store(tmp_path / "missing-dir" / "sitrep.db")


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(StoreError, match="not stored"):
        store.replace_stories([_story("s1", ("no-such-event",))])


# --- queries -----------------------------------------------------------------------------------


def test_articles_filter_by_outlet_case_insensitively(filled: Store) -> None:
    assert [r.outlet for r in filled.articles(outlet="sana")] == ["SANA"]


def test_articles_filter_by_publication_dates(filled: Store) -> None:
    assert [r.outlet for r in filled.articles(since=date(2017, 9, 15))] == ["SANA"]
    assert [r.outlet for r in filled.articles(until=date(2017, 9, 14))] == ["RT"]
    assert filled.articles(since=date(2017, 9, 15), until=date(2017, 9, 19)) == []


def test_article_rows_carry_counts_and_come_in_date_order(filled: Store) -> None:
    rows = filled.articles()
    assert [r.outlet for r in rows] == ["RT", "SANA", "Reuters"]  # undated last
    rt = rows[0]
    assert (rt.id, rt.title, rt.author, rt.published, rt.events, rt.claims) == (
        RT.article.id, RT.article.title, "Mikhail Alaeddin", date(2017, 9, 14), 1, 1)
    assert rows[1].claims == 2


def test_articles_full_text_search(filled: Store) -> None:
    assert [r.outlet for r in filled.articles(search="raqqa")] == ["SANA"]
    assert [r.outlet for r in filled.articles(search="Raqq*")] == ["SANA"]
    assert {r.outlet for r in filled.articles(search="ez-Zor")} == {"RT", "SANA", "Reuters"}
    assert [r.outlet for r in filled.articles(search='"heavy losses"')] == ["SANA"]


def test_articles_newest_first_with_the_undated_last(filled: Store) -> None:
    """What the web UI's window reads: the newest articles first, cut at ``limit``."""
    assert [r.outlet for r in filled.articles(newest=True)] == ["SANA", "RT", "Reuters"]
    assert [r.outlet for r in filled.articles(newest=True, limit=2)] == ["SANA", "RT"]
    assert [r.outlet for r in filled.articles(newest=True, until=date(2017, 9, 30))] == [
        "SANA", "RT"]


def test_article_count_is_what_articles_lists_without_a_limit(filled: Store) -> None:
    assert filled.article_count() == 3
    assert filled.article_count(since=date(2017, 9, 14)) == 2  # the undated one is left out
    assert filled.article_count(outlet="rt", until=date(2017, 9, 14)) == 1
    assert filled.article_count(search="raqqa") == 1
    assert filled.article_count(since=date(2017, 9, 21)) == 0


def test_outlets_are_every_outlet_once_alphabetically(filled: Store) -> None:
    assert filled.save(deir_ez_zor(outlet="RT", title="Another RT report"))
    assert filled.save(deir_ez_zor(outlet=None, title="No outlet given"))
    assert filled.outlets() == ["Reuters", "RT", "SANA"]


@pytest.mark.parametrize("query", ['"', "-", ":", "ez-Zor:", "NEAR(", "(", ")", "*", "^",
                                   "AND", "OR NOT", "title:Raqqa", "'", "\\", "Raqqa -Deir",
                                   '"unbalanced', "{}", "+", "Raqqa\"s", "0\x00"])
def test_punctuation_in_searches_never_raises(filled: Store, query: str) -> None:
    filled.articles(search=query)
    filled.events(search=query)
    filled.claims(search=query)


def test_search_with_nothing_searchable_matches_nothing(filled: Store) -> None:
    assert filled.articles(search="- : *") == []
    assert len(filled.articles(search="   ")) == 3  # blank means no filter


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('IS "terrorists" -x') == '"IS" """terrorists""" "-x"'
    assert fts_query("shell*") == '"shell"*'
    assert fts_query("- :") is None
    assert fts_query("0\x00x") == '"0" "x"'


@pytest.mark.parametrize("text", [
    "Deir ez-Zor's Sarmīn, 3.5km x_y", "Ḥalab Łódź straße ŒUVRE ﬁne İstanbul ǅ ſ ẛ",
    "café x (e + U+0301)", "مُحَمَّد الرَّقَّة حلب", "Ελλάδα ΆΈ ς ϕ µ", "Ёлка йод Київ",
    "ダ ガ テスト", "हमला किया ३", "½ ² ™ \ue000x", "x\u0597y a\u0300b"])
def test_postgres_search_splits_and_folds_words_as_sqlite_fts5_does(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5 (x,"
                     " tokenize='unicode61 remove_diacritics 2')")
        conn.execute("CREATE VIRTUAL TABLE words USING fts5vocab (t, 'instance')")
        conn.execute("INSERT INTO t (x) VALUES (?)", (text,))
        sqlite_words = [r[0] for r in conn.execute("SELECT term FROM words ORDER BY offset")]
    finally:
        conn.close()
    assert postgres_search.tokens(text) == sqlite_words


def test_events_filter_by_type_and_sub_type(filled: Store) -> None:
    assert [r.outlet for r in filled.events(event_type="Battles")] == ["SANA"]
    rows = filled.events(sub_event_type="Shelling/artillery/missile attack")
    assert [r.outlet for r in rows] == ["RT", "Reuters"]


def test_events_filter_by_event_date_status_outlet(filled: Store) -> None:
    assert [r.outlet for r in filled.events(since=date(2017, 9, 14))] == ["SANA"]
    assert [r.outlet for r in filled.events(until=date(2017, 9, 13))] == ["RT"]
    assert [r.outlet for r in filled.events(status="unconfirmed")] == ["SANA"]
    assert [r.outlet for r in filled.events(outlet="reuters")] == ["Reuters"]


def test_event_rows_carry_what_a_table_needs(filled: Store) -> None:
    rt, sana, reuters = filled.events()
    assert (rt.date, rt.event_type, rt.actor1, rt.actor2, rt.location, rt.lat, rt.lon) == (
        date(2017, 9, 13), "Explosions/Remote violence", "Islamic State", "Civilians (Syria)",
        "Deir ez-Zor", 35.33588, 40.14084)
    assert (rt.fatalities, rt.status, rt.country, rt.title) == (1, "reported", "SY",
                                                                 RT.article.title)
    assert rt.sentence.startswith("IS terrorists shelled")
    assert sana.fatalities is None
    assert reuters.date is None and reuters.location is None and reuters.lat is None


def test_events_search_the_sentence(filled: Store) -> None:
    assert len(filled.events(search="shelled residential")) == 3
    assert filled.events(search="Raqqa") == []  # only in SANA's text, not an event sentence


def test_events_limit(filled: Store) -> None:
    assert len(filled.events(limit=2)) == 2
    assert filled.events(limit=0) == []


def test_claims_filters(filled: Store) -> None:
    denial = filled.claims(stance="denies")
    assert [(c.source, c.source_type, c.cue, c.content, c.outlet) for c in denial] == [
        ("Russian Ministry of Defence", "military", "denied", "any civilians were killed",
         "SANA")]
    assert len(filled.claims(source="sana")) == 3
    assert len(filled.claims(source="Russian Defence Ministry")) == 1  # as written
    assert len(filled.claims(certainty="certain")) == 4
    assert filled.claims(certainty="hedged") == []
    assert [c.outlet for c in filled.claims(outlet="RT")] == ["RT"]
    assert [c.stance for c in filled.claims(search="civilians killed")] == ["denies"]


def test_claims_filter_by_publication_dates(filled: Store) -> None:
    assert {c.outlet for c in filled.claims(since=date(2017, 9, 15))} == {"SANA"}
    assert {c.outlet for c in filled.claims(until=date(2017, 9, 14))} == {"RT"}
    assert filled.claims(since=date(2017, 9, 15), until=date(2017, 9, 19)) == []
    assert len(filled.claims(since=date(2017, 9, 1), stance="denies")) == 1


def test_a_claim_of_two_sources_answers_to_either_name(store: Store) -> None:
    claim = RT.claims[0]
    joint = replace(claim, source=replace(
        claim.source, canonical="Government of Russia and Government of Syria"))
    assert store.save(replace(RT, claims=(joint, *RT.claims[1:])))
    both = "Government of Russia and Government of Syria"
    assert [c.source for c in store.claims(source="government of syria")] == [both]
    assert [c.source for c in store.claims(source="Government of Russia")] == [both]
    assert store.claims(source="Government") == []  # a word of a name is no name


# --- stories -----------------------------------------------------------------------------------


def _story(story_id: str, events: tuple[str, ...], **changes: object) -> Story:
    story = Story(id=story_id, events=events, articles=(RT.article.id, SANA.article.id),
                  outlets=("RT", "SANA"), event_type="Explosions/Remote violence",
                  sub_event_type="Shelling/artillery/missile attack", place="Deir ez-Zor",
                  date=date(2017, 9, 13), corroboration=1,
                  contradictions=(SANA.claims[1].id,),
                  sources=("RT / Russian Ministry of Defence", "SANA"))
    return replace(story, **changes)


def test_stories_are_replaced_whole(filled: Store) -> None:
    one = _story("s1", (RT.events[0].id, SANA.events[0].id))
    two = _story("s2", (UNDATED.events[0].id,), place=None, date=None, corroboration=0,
                 outlets=("Reuters",), articles=(UNDATED.article.id,), contradictions=())
    filled.replace_stories([one, two])
    assert filled.stories() == [one, two]
    assert filled.counts()["stories"] == 2

    three = _story("s3", (SANA.events[0].id, RT.events[0].id))
    filled.replace_stories([three])
    assert filled.stories() == [three]


def test_a_version_2_store_gains_story_sources_and_keeps_its_stories(db_path: Path) -> None:
    with open_store(db_path) as s:
        for analysis in (RT, SANA):
            assert s.save(analysis)
        s.replace_stories([_story("s1", (RT.events[0].id, SANA.events[0].id))])
    conn = sqlite3.connect(db_path)
    try:  # turned into a store written before stories named their sources (schema version 2)
        conn.execute("ALTER TABLE stories DROP COLUMN sources")
        conn.execute("PRAGMA user_version = 2")
        conn.commit()
    finally:
        conn.close()
    with open_store(db_path) as s:
        assert s.stories() == [_story("s1", (RT.events[0].id, SANA.events[0].id), sources=())]
        relinked = _story("s1", (RT.events[0].id, SANA.events[0].id))
        s.replace_stories([relinked])
        assert s.stories() == [relinked]


def test_a_failed_story_replacement_keeps_the_old_stories(filled: Store) -> None:
    one = _story("s1", (RT.events[0].id,))
    filled.replace_stories([one])
    with pytest.raises(StoreError, match="old ones are kept"):
        filled.replace_stories([_story("s2", (RT.events[0].id,)),
                                _story("s3", ("no-such-event",))])
    assert filled.stories() == [one]


def test_stories_survive_reopening(location: str | Path) -> None:
    one = _story("s1", (RT.events[0].id,))
    with open_store(location) as s:
        s.save(RT)
        s.replace_stories([one])
    with open_store(location) as s:
        assert s.stories() == [one]


def test_has_article(location: str | Path) -> None:
    with open_store(location) as store:
        assert not store.has_article(RT.article.id)
        store.save(RT)
        assert store.has_article(RT.article.id)
        assert not store.has_article(SANA.article.id)

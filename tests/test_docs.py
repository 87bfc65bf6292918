"""Every command is documented: in the README, and with an example in its --help."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main

ROOT = Path(__file__).resolve().parents[1]

COMMANDS = sorted(main.commands)


def test_there_are_commands():
    assert {"ingest", "search", "entities", "show", "eval", "analyze", "quotes", "facts", "serve"} <= set(
        COMMANDS
    )


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"newsgraph {name}" in readme or f"/ {name} " in readme, (
        f"README.md does not mention `newsgraph {name}`"
    )


@pytest.mark.parametrize("name", COMMANDS)
def test_help_has_an_example(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"`newsgraph {name} --help` shows no example"

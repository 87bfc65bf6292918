"""The project's gold files follow gold/FORMAT.md and point at text that exists."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
FILES = sorted(GOLD.glob("*/*.json"))


def _checker():
    spec = importlib.util.spec_from_file_location("gold_check", GOLD / "check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_gold_files():
    assert len(FILES) >= 16


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_is_valid(path, shared):
    assert _checker().check(path) == []

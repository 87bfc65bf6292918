"""The committed gazetteer is what its build script makes from the public data."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from scriptkit import load_script

from newsgraph.extract.gazetteer import COLUMNS

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "newsgraph" / "data" / "gazetteer.tsv"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with COMMITTED.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_rebuild_reproduces_committed_file(shared, tmp_path):
    """The script rebuilds the committed file from the data (allowing for small drift
    when a newer rigour or babel ships different country names)."""
    build = load_script("build_gazetteer")
    out = tmp_path / "gazetteer.tsv"
    nerel = build.read_nerel(shared / "data" / "nerel-1.1", build.gold_texts())
    build.write(build.merge(build.curated() + build.territories(), nerel), out)
    if out.read_bytes() == COMMITTED.read_bytes():
        return
    keys = lambda path: {line.split("\t")[7] for line in path.read_text(encoding="utf-8").splitlines()}  # noqa: E731
    committed, rebuilt = keys(COMMITTED), keys(out)
    assert len(committed & rebuilt) >= 0.95 * len(committed), (
        "run scripts/build_gazetteer.py and commit the result"
    )


def test_rows_name_their_source(rows):
    assert list(rows[0]) == list(COLUMNS)
    sources = {part for row in rows for part in row["source"].split("+")}
    assert {"rigour", "babel", "nerel", "curated"} <= sources
    assert all(row["source"] and row["ru"] and row["keys"] for row in rows)


def test_every_country_is_there(rows):
    countries = [row for row in rows if row["type"] == "country"]
    assert len(countries) >= 190
    assert sum(bool(row["wikidata"]) for row in countries) >= 190
    assert all(row["en"] for row in countries if "rigour" in row["source"])


def test_hand_written_rows_take_ids_only_from_data(rows):
    build = load_script("build_gazetteer")
    curated = [row for row in rows if row["source"].startswith("curated")]
    assert len(curated) == len(build.CURATED) + len(build.METONYMS) + len(build.REGIONS)
    for row in curated:
        assert not row["wikidata"] or "nerel" in row["source"] or "rigour" in row["source"]


def test_keys_are_unique_across_rows(rows):
    seen: set[str] = set()
    for row in rows:
        keys = set(row["keys"].split("|"))
        assert not keys & seen
        seen |= keys


@pytest.mark.parametrize(
    ("name", "forms", "expected"),
    [
        ("Минфине", {"Минфине": 2}, "Минфин"),  # a dictionary word put in the nominative
        ("Росатома", {"Росатома": 3, "Росатом": 1}, "Росатом"),  # a form the texts used
        ("Службе безопасности", {"Службе безопасности": 1, "Служба безопасности": 1}, "Служба безопасности"),
        ("Невада", {"Невада": 1}, "Невада"),  # a name the dictionary does not know stays
        ("Шарлотт", {"Шарлотт": 1}, "Шарлотт"),  # a plural reading of a city's name is a misreading
    ],
)
def test_canonical_names_are_nominative(name, forms, expected):
    from collections import Counter

    build = load_script("build_gazetteer")
    assert build.nominative_form(name, Counter(forms)) == expected

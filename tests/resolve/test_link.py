"""Keys that link entities across articles and find them by inflected names."""

from __future__ import annotations

import pytest

from newsgraph.model import Entity
from newsgraph.resolve.link import (
    Key,
    compatible_types,
    entity_keys,
    is_weak,
    link_keys,
    lookup_keys,
    normalise,
    person_parts,
    surname_lemma,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("«Великое  Небо»", "великое небо"),
        ("Ёлкин", "елкин"),
        ('"Газпром".', "газпром"),
        ("Great Sky", "great sky"),
    ],
)
def test_normalise(name, expected):
    assert normalise(name) == expected


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Дмитрий Родионов", ("родионов", "дмитрий")),
        ("Дмитрия Родионова", ("родионов", "дмитрий")),
        ("Родионов Дмитрий Сергеевич", ("родионов", "дмитрий")),
        ("Касым-Жомарт Токаев", ("токаев", "касым-жомарт")),
        ("Токаев Касым-Жомарт", ("токаев", "касым-жомарт")),
        ("Ивану Достоевскому", ("достоевский", "иван")),
        ("Marco Rubio", ("rubio", "marco")),
        ("Родионов", None),
    ],
)
def test_person_parts(name, parts):
    assert person_parts(name) == parts


@pytest.mark.parametrize("form", ["Токаев", "Токаева", "Токаеву", "Токаевым"])
def test_surname_lemma_of_an_unknown_surname(form):
    assert surname_lemma(form) == "токаев"


def test_entity_keys_of_a_person():
    person = Entity("e1", "person", {"ru": "Дмитрий Родионов", "en": "Dmitry Rodionov"}, aliases=["Родионов"])
    keys = entity_keys(person)
    assert Key("name", "дмитрий родионов") in keys
    assert Key("sf", "родионов дмитрий") in keys and Key("sf", "rodionov dmitry") in keys
    assert Key("surname", "родионов") in keys


def test_a_person_known_by_full_name_is_not_linked_by_surname():
    person = Entity("e1", "person", {"ru": "Дмитрий Родионов"}, aliases=["Родионов"])
    assert all(" " in key.key for key in link_keys(person))
    surname_only = Entity("e2", "person", {"ru": "Родионов"})
    assert [is_weak(surname_only, key) for key in link_keys(surname_only)] == [True, True]


def test_link_keys_put_wikidata_first():
    country = Entity("e1", "country", {"ru": "Казахстан", "en": "Kazakhstan"}, wikidata="q232")
    assert link_keys(country)[0] == Key("wikidata", "Q232")
    assert Key("lemma", "восточный европа") in link_keys(Entity("e2", "location", {"ru": "Восточной Европы"}))


def test_lookup_keys_of_an_inflected_surname():
    assert Key("surname", "родионов") in lookup_keys("Родионова")
    assert Key("lemma", "казахстан") in lookup_keys("Казахстане")
    assert Key("sf", "родионов дмитрий") in lookup_keys("Дмитрию Родионову")


def test_countries_and_locations_link_together():
    assert compatible_types("country") == {"country", "location"}
    assert compatible_types("person") == {"person"}

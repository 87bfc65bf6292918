"""The learned organisation attacher: candidates, features, the scorer and its thresholds.

Sentences are marked up as in test_positions.py: ``[Name|type|id]`` marks an entity mention.
"""

from __future__ import annotations

import math
import re

import pytest

from newsgraph.extract import position_orgs as po
from newsgraph.extract.fact_context import Context, build
from newsgraph.extract.facts import rule_facts
from newsgraph.model import Doc, Entity, Fact, Mention
from newsgraph.nlp.natasha_stage import analyse

MARK = re.compile(r"\[([^\]|]+)\|([\w:]+)\|([\w-]+)\]")


def marked_ctx(marked: str) -> Context:
    text, mentions, entities = "", [], {}
    last = 0
    for m in MARK.finditer(marked):
        text += marked[last : m.start()]
        name, etype, eid = m.groups()
        mentions.append(Mention(len(text), len(text) + len(name), name, etype, eid, stage="test"))
        entities.setdefault(eid, Entity(eid, etype, {"ru": name}, None))
        text += name
        last = m.end()
    text += marked[last:]
    doc = analyse(Doc(text=text, lang="ru"))
    doc.mentions, doc.entities = mentions, list(entities.values())
    return build(doc)


def role(ctx: Context, holder: str) -> tuple[Fact, int, int]:
    """The rules' position fact of `holder`, its sentence and head token."""
    for fact, si, head in rule_facts(ctx):
        if fact.predicate == "position" and fact.subject == holder and head is not None:
            return fact, si, head
    raise AssertionError(f"no position for {holder}")


def features_of(ctx: Context, holder: str, entity: str, without_rule: bool = False) -> list[str]:
    fact, si, head = role(ctx, holder)
    if without_rule:
        fact = Fact(fact.subject, fact.predicate, {"text": fact.object["text"]}, fact.start, fact.stop)
    found = po.candidates(ctx, si, head)
    (candidate,) = [c for c in found if c.entity == entity]
    return po.features(ctx, si, head, candidate, fact, found)


SHOIGU = "Министр обороны [России|country|ru] [Сергей Шойгу|person|ss] прибыл в [Сирию|country|sy]."
LAVROV = "Глава [МИД|organization|mid] [Сергей Лавров|person|sl] заявил в [Вашингтоне|location|dc], что переговоры продолжатся."


def test_the_genitive_after_the_role_is_read_as_its_tail() -> None:
    names = features_of(marked_ctx(SHOIGU), "ss", "ru")
    assert {"side=after", "genitive_chain", "nearest|after", "rule=same", "case=Gen|after"} <= set(names)
    assert not {"verb|after", "holder_between|after"} & set(names)


def test_a_place_after_the_holder_and_the_verb_is_read_as_such() -> None:
    names = set(features_of(marked_ctx(SHOIGU), "ss", "sy"))
    assert {"verb|after", "holder_between|after", "governed=в|after", "org_between|after"} <= names
    assert "genitive_chain" not in names


def test_a_country_adjective_is_a_candidate() -> None:
    ctx = marked_ctx(
        "Российский президент [Владимир Путин|person|vp] выступил. Визит в [Россию|country|ru] отложен."
    )
    fact, si, head = role(ctx, "vp")
    (candidate,) = po.candidates(ctx, si, head)
    assert (candidate.entity, candidate.adjective) == ("ru", True)
    assert {"adjective|before", "adjective|agrees"} <= set(
        po.features(ctx, si, head, candidate, fact, [candidate])
    )


def probabilities(marked: str, holder: str) -> dict[str, float]:
    ctx = marked_ctx(marked)
    fact, si, head = role(ctx, holder)
    fact = Fact(fact.subject, fact.predicate, {"text": fact.object["text"]}, fact.start, fact.stop)
    return {c.entity: p for p, c in po.scored(ctx, si, head, fact)}


def test_the_model_prefers_the_ministry_country_to_the_place_of_the_visit() -> None:
    found = probabilities(SHOIGU, "ss")
    assert found["ru"] > 0.5 > found["sy"]


def test_the_model_does_not_take_the_place_a_minister_spoke_in() -> None:
    found = probabilities(LAVROV, "sl")
    assert found["mid"] > 0.5 > found["dc"]


def test_probability_is_the_logistic_of_the_summed_weights() -> None:
    model = po.Model({"a": 1.0, "b": -0.5}, add=0.5, change=0.5, keep=0.1)
    assert model.probability(["a", "b", "unknown"]) == pytest.approx(1 / (1 + math.exp(-0.5)))


def attached(marked: str, holder: str, model: po.Model, monkeypatch: pytest.MonkeyPatch) -> Fact:
    """The holder's position after `attach` with `model`, the rules' organisation removed."""
    monkeypatch.setattr(po, "model", lambda: model)
    ctx = marked_ctx(marked)
    fact, si, head = role(ctx, holder)
    fact.object = {"text": fact.object["text"]}
    po.attach(ctx, [(fact, si, head)])
    return fact


def test_attach_sets_the_organisation_the_rules_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    model = po.Model(po.model().weights, add=0.5, change=0.5, keep=0.1)
    fact = attached(SHOIGU, "ss", model, monkeypatch)
    assert (fact.object.get("org"), fact.stage) == ("ru", po.STAGE)
    assert attached(LAVROV, "sl", model, monkeypatch).object.get("org") == "mid"


def test_attach_never_takes_the_place_a_speaker_spoke_in(monkeypatch: pytest.MonkeyPatch) -> None:
    model = po.Model(po.model().weights, add=0.5, change=0.5, keep=0.1)
    text = "Глава делегации [Сергей Лавров|person|sl] заявил в [Вашингтоне|location|dc], что переговоры продолжатся."
    fact = attached(text, "sl", model, monkeypatch)
    assert "org" not in fact.object and fact.stage != po.STAGE


def test_untrained_thresholds_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    model = po.Model(po.model().weights, add=1.0, change=1.0, keep=0.0)
    assert "org" not in attached(SHOIGU, "ss", model, monkeypatch).object

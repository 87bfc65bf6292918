"""Section scores on small hand-written gold and fake analysed Docs."""

from __future__ import annotations

from pathlib import Path

import pytest
from evalkit import GOLD, TEXT, add_entity, make_gold, make_perfect_doc, spans_of, write_gold

from newsgraph.errors import GoldError
from newsgraph.evaluate.align import align, gold_occurrences
from newsgraph.evaluate.gold import load_gold
from newsgraph.evaluate.run import evaluate_article, evaluate_files, total
from newsgraph.evaluate.score import object_equal
from newsgraph.evaluate.textmatch import role_equal, text_equal, token_f1
from newsgraph.model import Doc, Fact, Mention, Quote, Stance


@pytest.fixture
def gold(tmp_path):
    return make_gold(tmp_path)


@pytest.fixture
def perfect_doc():
    return make_perfect_doc()


def quote_at(text: str, content: str, **kw) -> Quote:
    start = text.index(content)
    return Quote(start, start + len(content), **kw)


def fact(subject, predicate, obj) -> Fact:
    return Fact(subject, predicate, obj, 0, 10)


def test_perfect_doc_scores_one(gold, perfect_doc):
    doc = perfect_doc
    doc.quotes = [
        quote_at(TEXT, "Это важный шаг", kind="direct", speaker="e4"),
        quote_at(TEXT, "ASPAN-1 заработает к 2027 году", kind="indirect", speaker="e4"),
    ]
    doc.facts = [
        fact("e3", "part_of", {"entity": "e2"}),
        fact("e2", "cost", {"money": {"amount": 1.005e9, "currency": "usd"}}),
        fact("e3", "operational_by", {"date": "2027-01-01"}),
    ]
    result = evaluate_article(gold, doc)
    assert result["entities"]["recall"] == 1.0
    assert result["entities"]["precision"] == 1.0
    assert result["entities"]["type_accuracy"] == result["entities"]["name_accuracy"] == 1.0
    assert result["mentions"]["recall"] == 1.0
    assert result["mentions"]["counts"]["occurrences"] == 1 + 2 + 2 + 3
    assert result["quotes"]["recall"] == result["quotes"]["speaker_accuracy"] == 1.0
    assert result["quotes"]["kind_accuracy"] == 1.0
    assert result["quotes"]["content_f1"] == 1.0
    assert result["facts"]["recall"] == result["facts"]["precision"] == result["facts"]["f1"] == 1.0
    # stances: holder and target found, the system has none → 0, not skipped
    assert result["stances"]["accuracy"] == 0.0


def test_nothing_found_scores_zero_recall_and_null_ratios(gold):
    result = evaluate_article(gold, Doc(text=TEXT, lang="ru", analysed=True))
    assert result["entities"]["recall"] == 0.0
    assert result["entities"]["precision"] is None
    assert result["entities"]["type_accuracy"] is None
    assert result["mentions"]["recall"] == 0.0
    assert result["quotes"]["recall"] == 0.0
    assert result["quotes"]["speaker_accuracy"] is None
    assert result["quotes"]["content_f1"] is None
    assert result["facts"]["recall"] == 0.0
    assert result["facts"]["precision"] is None
    assert result["facts"]["f1"] is None
    assert result["stances"]["accuracy"] is None  # holder and target not found
    assert len(result["details"]["entities"]["missed"]) == 4


def test_wrong_type_name_and_unaligned_entity(gold, perfect_doc):
    doc = perfect_doc
    doc.entities[1].type = "facility"
    doc.entities[0].name = {"ru": "Казахстана"}
    add_entity(doc, "e9", "organization", "Завод", spans_of(TEXT, "завод"))
    result = evaluate_article(gold, doc)
    ent = result["entities"]
    assert ent["recall"] == 1.0
    assert ent["type_accuracy"] == ent["name_accuracy"] == 0.75
    assert ent["precision"] == 4 / 5
    assert result["details"]["entities"]["wrong_type"][0]["gold"] == "aspan"
    assert result["details"]["entities"]["unaligned_system"][0]["name"] == "Завод"


def test_wikidata_accuracy_over_gold_entities_with_an_id(gold, perfect_doc):
    assert evaluate_article(gold, perfect_doc)["entities"]["wikidata_accuracy"] is None
    gold.entity("kz").wikidata = "Q232"
    gold.entity("aspan").wikidata = "Q1"
    perfect_doc.entities[0].wikidata = "Q232"
    result = evaluate_article(gold, perfect_doc)
    assert result["entities"]["wikidata_accuracy"] == 0.5
    assert result["details"]["entities"]["wrong_wikidata"] == [
        {"gold": "aspan", "expected": "Q1", "got": None}
    ]


def test_name_matches_after_case_and_yo_or_alias(gold, perfect_doc):
    perfect_doc.entities[0].name = {"ru": "Республика Казахстан"}  # an alias
    perfect_doc.entities[3].name = {"ru": "ИВАН ПЕТРОВ"}
    result = evaluate_article(gold, perfect_doc)
    assert result["entities"]["name_accuracy"] == 1.0


def test_mentions_linked_to_a_split_entity_are_not_covered(gold, perfect_doc):
    doc = perfect_doc
    last = doc.mentions.pop()  # the second "Петров" becomes an entity of its own
    add_entity(doc, "e5", "person", "Петров", [(last.start, last.stop)])
    result = evaluate_article(gold, doc)
    assert result["mentions"]["counts"]["covered"] == 7
    miss = result["details"]["mentions"]["not_covered"]
    assert miss[0]["gold"] == "petrov"
    assert "e5" in miss[0]["system"]


def test_aspan_mention_inside_aspan_1_costs_nothing(gold, perfect_doc):
    # "ASPAN" inside "ASPAN-1" is no occurrence of the project: linking it or not changes nothing
    start = TEXT.index("ASPAN-1")
    perfect_doc.mentions.append(Mention(start, start + 5, "ASPAN", "project", "e2"))
    result = evaluate_article(gold, perfect_doc)
    assert result["mentions"]["recall"] == 1.0
    assert result["mentions"]["counts"]["occurrences"] == 8


def test_quote_token_f1():
    assert token_f1("Это важный шаг!", "это  важный шаг") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 / 3)
    assert token_f1("", "a") == 0.0
    assert token_f1("ё-моё", "е моe") < 1.0


def test_quote_matching_speaker_and_kind(gold, perfect_doc):
    doc = perfect_doc
    doc.quotes = [
        quote_at(TEXT, "Это важный", kind="indirect", speaker="e1"),  # F1 0.8, wrong speaker and kind
        quote_at(TEXT, "году", kind="indirect", speaker="e4"),  # F1 < 0.5 with the second gold quote
    ]
    result = evaluate_article(gold, doc)
    q = result["quotes"]
    assert q["recall"] == 0.5
    assert q["speaker_accuracy"] == 0.0
    assert q["kind_accuracy"] == 0.0
    assert q["content_f1"] == pytest.approx(0.8)
    assert q["precision"] == 0.5
    assert result["details"]["quotes"]["missed"][0]["content"] == "ASPAN-1 заработает к 2027 году"


def test_null_speaker_rule(gold, perfect_doc):
    gold.quotes[0].speaker = None
    doc = perfect_doc
    doc.quotes = [quote_at(TEXT, "Это важный шаг", kind="direct", speaker=None, speaker_text="источник")]
    assert evaluate_article(gold, doc)["quotes"]["speaker_accuracy"] == 1.0
    doc.quotes[0].speaker = "e4"  # a required gold entity: wrong for an unnamed source
    assert evaluate_article(gold, doc)["quotes"]["speaker_accuracy"] == 0.0
    gold.entity("petrov").required = False  # not a required entity: counts as an unnamed source
    assert evaluate_article(gold, doc)["quotes"]["speaker_accuracy"] == 1.0


def alignment_for(gold, doc):
    return align(gold, gold_occurrences(gold, TEXT), doc)


@pytest.mark.parametrize(
    ("gold_obj", "system_obj", "equal"),
    [
        ({"entity": "aspan"}, {"entity": "e2"}, True),
        ({"entity": "aspan"}, {"entity": "e3"}, False),
        ({"entity": "aspan"}, {"text": "ASPAN"}, False),
        ({"value": 4}, {"value": 4.0}, True),
        ({"value": 4}, {"value": "4"}, True),
        ({"value": 4}, {"value": 5}, False),
        (
            {"money": {"amount": 1e9, "currency": "USD"}},
            {"money": {"amount": 0.991e9, "currency": "USD"}},
            True,
        ),
        (
            {"money": {"amount": 1e9, "currency": "USD"}},
            {"money": {"amount": 0.98e9, "currency": "USD"}},
            False,
        ),
        ({"money": {"amount": 1e9, "currency": "USD"}}, {"money": {"amount": 1e9, "currency": "RUB"}}, False),
        (
            {"money": {"amount": 1e9, "currency": "USD"}},
            {"money": {"amount": None, "currency": "USD"}},
            False,
        ),
        ({"date": "2027"}, {"date": "2027"}, True),
        ({"date": "2027"}, {"date": "2027-06-01"}, True),
        ({"date": "2027-06"}, {"date": "2027"}, False),
        ({"date": "2027-06-01"}, {"date": "2027-06-02"}, False),
        ({"text": "артиллерийский снаряд"}, {"text": "артиллерийские снаряды"}, True),
        ({"text": "мина"}, {"text": "мины"}, True),
        ({"text": "152-мм снаряд"}, {"text": "122-мм снаряд"}, False),
        (
            {"text": "максимальная локализация военного производства"},
            {"text": "локализация производства"},
            True,
        ),
        ({"text": "президент"}, {"text": "министр"}, False),
        ({"status": "under_construction"}, {"status": "under_construction"}, True),
        ({"status": "under_construction"}, {"status": "planned"}, False),
        ({"text": "президент", "org": "kz"}, {"text": "президент", "org": "e1"}, True),
        ({"text": "президент", "org": "kz"}, {"text": "президент"}, False),
        ({"text": "президент"}, {"text": "президент", "org": "e1"}, True),
        ({"value": 4}, "4", False),
    ],
)
def test_fact_object_equality(gold, perfect_doc, gold_obj, system_obj, equal):
    assert object_equal(gold_obj, system_obj, alignment_for(gold, perfect_doc)) is equal


def test_text_equal_needs_the_same_numbers():
    assert text_equal("снаряды 155 мм", "155-мм снаряды")
    assert not text_equal("снаряды 155 мм", "снаряды")


def test_fact_matching_is_one_to_one_and_precision_scope(gold, perfect_doc):
    doc = perfect_doc
    doc.facts = [
        fact("e3", "part_of", {"entity": "e2"}),
        fact("e3", "part_of", {"entity": "e2"}),  # the same triple again: one triple
        fact("e3", "operational_by", {"date": "2027"}),
        fact("e3", "operational_by", {"date": "2027-05"}),  # equal too, but the gold triple is taken
        fact("e2", "invented_predicate", {"value": 1}),  # not in the closed list: not scored
        fact("zz", "cost", {"money": {"amount": 1e9, "currency": "USD"}}),  # subject unaligned: not scored
        fact("e3", "country", {"entity": "e1"}),  # matches an optional gold triple: correct
    ]
    result = evaluate_article(gold, doc)
    f = result["facts"]
    assert f["counts"]["system"] == 4
    assert f["counts"]["system_correct"] == 3
    assert f["recall"] == pytest.approx(2 / 3)
    assert f["precision"] == pytest.approx(3 / 4)
    assert f["f1"] == pytest.approx(2 * (2 / 3) * (3 / 4) / (2 / 3 + 3 / 4))
    assert [m["fact"] for m in result["details"]["facts"]["missed"]] == [
        'aspan cost {"money": {"amount": 1000000000.0, "currency": "USD"}}'
    ]
    assert len(result["details"]["facts"]["false"]) == 1


def test_stances_by_majority_of_the_system_stances(gold, perfect_doc):
    doc = perfect_doc
    doc.stances = [Stance("e4", "e2", "positive", 0, 5)]
    assert evaluate_article(gold, doc)["stances"]["accuracy"] == 1.0
    doc.stances = [Stance("e4", "e2", "negative", 0, 5), Stance("e4", "e2", "positive", 9, 15)]
    result = evaluate_article(gold, doc)  # a tie is no answer
    assert result["stances"]["accuracy"] == 0.0
    assert result["details"]["stances"]["wrong"][0]["got"] == {"negative": 1, "positive": 1}
    doc.stances.append(Stance("e4", "e2", "positive", 20, 25))
    assert evaluate_article(gold, doc)["stances"]["accuracy"] == 1.0
    doc.stances = [Stance("e1", "e2", "positive", 0, 5)]  # another holder
    assert evaluate_article(gold, doc)["stances"]["accuracy"] == 0.0


def test_sections_absent_from_the_gold_file_are_not_annotated(tmp_path, perfect_doc):
    data = {key: value for key, value in GOLD.items() if key not in ("quotes", "facts")}
    gold = load_gold(write_gold(tmp_path, data))
    perfect_doc.facts = [fact("e3", "part_of", {"entity": "e2"})]
    perfect_doc.quotes = [quote_at(TEXT, "Это важный шаг", kind="direct", speaker="e4")]
    result = evaluate_article(gold, perfect_doc)
    assert result["facts"]["annotated"] is False
    assert result["facts"]["precision"] is None
    assert result["facts"]["counts"]["system"] == 0
    assert result["quotes"]["annotated"] is False
    assert result["quotes"]["recall"] is None
    assert result["entities"]["annotated"] is True
    assert result["entities"]["recall"] == 1.0
    # an empty list is annotated: "there are none", so every system fact is false
    gold = load_gold(write_gold(tmp_path, {**data, "facts": []}))
    assert evaluate_article(gold, perfect_doc)["facts"]["precision"] == 0.0


def test_totals_are_micro_averaged(gold, perfect_doc):
    one = evaluate_article(gold, perfect_doc)
    empty = evaluate_article(gold, Doc(text=TEXT, lang="ru"))
    tot = total([one, empty])
    assert tot["entities"]["recall"] == 0.5
    assert tot["entities"]["counts"]["required"] == 8
    assert tot["mentions"]["recall"] == 0.5
    assert "stories" not in tot


def test_a_failing_pipeline_scores_nothing_and_warns(tmp_path):
    def broken(doc):
        doc.mentions.append(Mention(0, 9, "Казахстан", "country", "e1"))  # half-done work is dropped
        raise RuntimeError("boom")

    result = evaluate_files([write_gold(tmp_path, GOLD)], pipeline=broken)
    (file,) = result["files"]
    assert "failed (RuntimeError: boom)" in file["warnings"][0]
    assert file["entities"]["recall"] == 0.0
    assert file["mentions"]["counts"]["covered"] == 0


def test_an_empty_text_file_is_a_gold_error(tmp_path):
    path = write_gold(tmp_path, GOLD, text=" \n")
    with pytest.raises(GoldError, match="expected article text"):
        evaluate_files([path], pipeline=lambda doc: doc)


def test_a_folder_stands_for_its_gold_files(tmp_path):
    write_gold(tmp_path, GOLD, name="a")
    (tmp_path / "sub").mkdir()
    write_gold(tmp_path / "sub", GOLD, name="b")
    result = evaluate_files([tmp_path], pipeline=lambda doc: doc)
    assert [Path(f["file"]).name for f in result["files"]] == ["a.json", "b.json"]
    assert result["total"]["entities"]["counts"]["required"] == 8
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(GoldError, match="found none"):
        evaluate_files([empty], pipeline=lambda doc: doc)


def test_denied_facts_are_not_triples(gold, perfect_doc):
    doc = perfect_doc
    denied = fact("e3", "status", {"status": "cancelled"})
    denied.modality = "denied"  # "министерство опровергло сообщения о закрытии завода"
    doc.facts = [fact("e3", "part_of", {"entity": "e2"}), denied]
    f = evaluate_article(gold, doc)["facts"]
    assert f["counts"]["system"] == 1
    assert f["precision"] == 1.0


ORG_WORDS = {"приморский", "край", "приморье", "мвд", "министерство", "внутренний", "дело"}


@pytest.mark.parametrize(
    ("gold_text", "system_text", "equal"),
    [
        # The organisation's words in one text and not in the other: the role decides.
        ("губернатор Приморского края", "губернатор", True),
        ("губернатор", "губернатор Приморского края", True),
        ("начальник Главного управления МВД по Приморскому краю", "начальник", True),
        ("заместитель начальника управления МВД", "заместитель начальника", True),
        # A different role stays different once the organisation's words are gone.
        ("губернатор Приморского края", "прокурор", False),
        ("начальник Главного управления МВД", "пресс-секретарь", False),
        # Numbers must still agree, and a role of the organisation's words alone is compared whole.
        ("начальник 75-го отдела МВД", "начальник 76-го отдела", False),
        ("МВД", "начальник", False),
    ],
)
def test_position_text_without_its_organisation(gold_text, system_text, equal):
    assert role_equal(gold_text, system_text, ORG_WORDS) is equal

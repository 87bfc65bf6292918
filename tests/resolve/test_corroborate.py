from newsgraph.resolve.corroborate import FactRecord, consolidate, find_conflicts, value_key


def fact(article, predicate, obj, group=None, published="2025-12-16", modality=None, subject="aspan"):
    return FactRecord(
        article, subject, predicate, obj, 0, 5, modality, published, group, f"sentence of {article}"
    )


def test_copies_count_as_one_source_and_earliest_is_kept():
    money = {"money": {"amount": 1e9, "currency": "USD"}}
    facts = [
        fact("a2", "cost", money, group="wire", published="2025-12-17"),
        fact("a1", "cost", money, group="wire", published="2025-12-16"),
        fact(
            "a3",
            "cost",
            {"money": {"amount": 1.0004e9, "currency": "USD"}},
            group="own",
            published="2025-12-18",
        ),
        fact("a4", "cost", {"money": {"amount": 5e8, "currency": "USD"}}, group="other"),
    ]
    (item,) = consolidate(facts)
    assert item.value.sources == ["wire", "own"]
    assert item.value.articles == ["a1", "a2", "a3"]
    assert item.value.earliest.article == "a1"
    assert [v.object for v in item.others] == [{"money": {"amount": 5e8, "currency": "USD"}}]


def test_different_numbers_for_one_valued_fact_conflict():
    facts = [
        fact("a1", "planned_facilities", {"value": 4}, group="g1"),
        fact("a2", "planned_facilities", {"value": 4}, group="g1"),
        fact("a3", "planned_facilities", {"value": 3}, group="g2"),
    ]
    (conflict,) = find_conflicts(facts)
    assert conflict.kind == "value"
    assert [side["value"] for side in conflict.sides] == [["value:3"], ["value:4"]]
    assert conflict.sides[1]["evidence"][0]["sentence"] == "sentence of a1"


def test_copies_never_contradict_each_other():
    facts = [fact("a1", "cost", {"value": 4}, group="g1"), fact("a2", "cost", {"value": 5}, group="g1")]
    assert find_conflicts(facts) == []


def test_calibre_lists_that_differ_conflict():
    facts = [
        fact("a1", "product", {"text": "155-мм снаряды"}, group="g1"),
        fact("a1", "product", {"text": "120-мм мины"}, group="g1"),
        fact("a2", "product", {"text": "152-мм снаряды"}, group="g2"),
        fact("a2", "product", {"text": "120-мм мины"}, group="g2"),
        fact("a3", "product", {"text": "мины калибра 120 мм"}, group="g3"),
        fact("a3", "product", {"text": "снаряды 155 мм"}, group="g3"),
    ]
    (conflict,) = find_conflicts(facts)
    assert conflict.kind == "list"
    assert [side["value"] for side in conflict.sides] == [["120", "152"], ["120", "155"]]
    assert conflict.sides[1]["sources"] == ["g1", "g3"]


def test_denial_against_claim_conflicts():
    partner = {"entity": "turkey"}
    facts = [
        fact("a1", "cooperates_with", partner, group="g1"),
        fact("a2", "cooperates_with", partner, group="g2", modality="denied"),
    ]
    (conflict,) = find_conflicts(facts)
    assert conflict.kind == "denial"
    assert conflict.sides[0]["sources"] == ["g1"] and conflict.sides[1]["sources"] == ["g2"]
    assert consolidate(facts)[0].value.sources == ["g1"]


def test_conflict_ids_are_stable():
    facts = [
        fact("a1", "status", {"status": "planned"}, "g1"),
        fact("a2", "status", {"status": "operating"}, "g2"),
    ]
    assert find_conflicts(facts)[0].id == find_conflicts(list(reversed(facts)))[0].id


def test_value_keys():
    assert value_key({"text": "Снаряды, 155 мм"}) == value_key({"text": "155 мм снаряды"})
    assert value_key({"value": 4}) == value_key({"value": 4.0})
    assert value_key({"date": "2027"}) != value_key({"date": "2028"})


def test_entity_facts_from_a_store(tmp_path):
    from newsgraph.model import Doc, Entity, Fact
    from newsgraph.resolve import stories
    from newsgraph.resolve.corroborate import entity_facts
    from newsgraph.store import open_store

    def doc(text, value, modality=None):
        d = Doc(text=text, published="2025-12-18", lang="ru")
        d.entities = [Entity("e1", "project", {"ru": "ASPAN"})]
        d.facts = [Fact("e1", "planned_facilities", {"value": value}, 0, 5, modality=modality)]
        return d

    store = open_store(str(tmp_path / "e.db"))
    docs = [doc("ASPAN: четыре завода в Казахстане.", 4), doc("ASPAN: три завода, пишет газета.", 3)]
    stories.update(store, store.add(docs)["added"])
    (entity,) = store.find_entities("ASPAN")
    with store.engine.connect() as conn:
        result = entity_facts(conn, entity["id"])
    store.close()
    (fact,) = result["facts"]
    assert fact["predicate"] == "planned_facilities" and fact["sources"] == 1 and len(fact["others"]) == 1
    (conflict,) = result["conflicts"]
    assert conflict["kind"] == "value"
    assert {ev["sentence"] for side in conflict["sides"] for ev in side["evidence"]} == {
        "ASPAN: четыре завода в Казахстане.",
        "ASPAN: три завода, пишет газета.",
    }


def test_dates_at_other_precision_and_other_currencies_agree():
    facts = [
        fact("a1", "operational_by", {"date": "2027"}, group="g1"),
        fact("a2", "operational_by", {"date": "2027-06"}, group="g2"),
        fact("a3", "cost", {"money": {"amount": 1e9, "currency": "USD"}}, group="g1"),
        fact("a4", "cost", {"money": {"amount": 5e11, "currency": "KZT"}}, group="g2"),
    ]
    assert find_conflicts(facts) == []
    facts.append(fact("a5", "operational_by", {"date": "2028"}, group="g3"))
    (conflict,) = find_conflicts(facts)
    assert conflict.predicate == "operational_by" and len(conflict.sides) == 3

from newsgraph.model import Doc, Entity, Fact, Mention, Quote, doc_id, normalise_text


def test_doc_json_round_trip():
    doc = Doc("Казахстан строит завод.", lang="ru", published="2025-12-18")
    doc.entities.append(Entity("e1", "country", {"ru": "Казахстан", "en": "Kazakhstan"}, wikidata="Q232"))
    doc.mentions.append(Mention(0, 9, "Казахстан", "country", "e1"))
    doc.quotes.append(Quote(0, 5, "direct", cue="сказал"))
    doc.facts.append(Fact("e1", "status", {"status": "planned"}, 0, 23))
    assert Doc.from_json(doc.to_json()) == doc


def test_id_ignores_whitespace_layout():
    assert doc_id("Казахстан  строит\nзавод") == doc_id("Казахстан строит завод")
    assert doc_id("a") != doc_id("b")


def test_normalise_text_unifies_newlines():
    assert normalise_text("\ufeffa \r\nb\r\n") == "a\nb"

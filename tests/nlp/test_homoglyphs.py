"""Latin look-alikes inside Russian words are read as their Cyrillic twins, offsets kept."""

from newsgraph.model import Doc
from newsgraph.nlp.homoglyphs import cyrillic_lookalikes
from newsgraph.nlp.natasha_stage import analyse


def test_latin_lookalikes_in_a_russian_word_become_cyrillic_letter_for_letter() -> None:
    text = "Симоньян раcсказала, что Cолист cкончался."
    fixed = cyrillic_lookalikes(text)
    assert fixed == "Симоньян рассказала, что Солист скончался."
    assert len(fixed) == len(text)


def test_latin_words_and_words_with_letters_of_no_twin_stay_as_written() -> None:
    text = "YouTube и Samsungом, сайт Lenta.ru"
    assert cyrillic_lookalikes(text) == text


def test_the_tagger_reads_the_fixed_word_and_the_article_keeps_its_letters() -> None:
    text = "Симоньян раcсказала о переговорах."
    doc = analyse(Doc(text=text))
    verb = next(t for t in doc.tokens if t.start == text.index("раcсказала"))
    assert verb.lemma == "рассказать" and verb.pos == "VERB"
    assert doc.text == text  # the article is never changed
    assert text[verb.start : verb.stop] == "раcсказала"

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.text import parse_text, read_text, split_header


def test_seed_header_gives_date_and_title_and_is_not_stored(seed_text):
    doc = parse_text(seed_text, file="seed.txt")
    assert doc.published == "2025-12-18"
    assert doc.title == "Техническая независимость"
    assert doc.text.startswith("Казахстан приступает")
    assert "date 2025" not in doc.text
    assert doc.lang == "ru"
    assert doc.file == "seed.txt"


def test_gold_substrings_occur_in_stored_text(seed_text, shared):
    import json

    gold = json.loads((shared / "gold" / "seed.json").read_text(encoding="utf-8"))
    text = parse_text(seed_text).text
    for entity in gold["entities"]:
        for mention in entity["mentions"]:
            assert mention in text, mention


def test_header_without_title():
    assert split_header(" date 2024-02-29\nТекст.") == ("2024-02-29", None, "Текст.")


@pytest.mark.parametrize(
    "line", ["date 2024-13-01 Заголовок", "Дата 2024-01-01 Заголовок", "update 2024-01-01 x"]
)
def test_lines_that_are_not_headers_stay_in_the_text(line):
    assert split_header(line + "\nТекст.") == (None, None, line + "\nТекст.")


def test_metadata_wins_over_header():
    doc = parse_text(" date 2025-12-18 Из заголовка\nТекст статьи о заводе.", title="Из метаданных")
    assert doc.title == "Из метаданных"
    assert doc.published == "2025-12-18"


def test_same_text_same_id_whatever_the_line_endings():
    assert (
        parse_text("Первая строка.\r\nВторая строка.\r\n").id
        == parse_text("Первая строка.\nВторая строка.").id
    )


def test_english_text_is_marked_english():
    doc = parse_text(
        "Kazakhstan has launched a national project to build four plants producing artillery shells "
        "and mines to NATO standards, at a cost of about one billion dollars."
    )
    assert doc.lang == "en"


def test_header_only_is_empty():
    with pytest.raises(InputError, match="empty"):
        parse_text(" date 2025-12-18 Заголовок\n\n")


def test_read_text_decodes_cp1251(russian_texts):
    doc = read_text(russian_texts[0].encode("cp1251"), file="a.txt")
    assert doc.text == parse_text(russian_texts[0]).text
    assert doc.lang == "ru"


def test_unknown_metadata_is_a_programming_error():
    with pytest.raises(TypeError, match="unknown metadata"):
        parse_text("Текст.", author="Иванов")

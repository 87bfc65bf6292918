from pathlib import Path

from conftest import article_page

from newsgraph.ingest.feed import read_feed
from newsgraph.model import Doc, Failure

PAGE_BODY = "Завод ASPAN-1 в Казахстане планируют запустить в 2027 году, сообщил министр обороны страны."


def rss(items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Вестник</title><link>https://vestnik.example</link>{items}</channel></rss>"
    ).encode()


def item(title: str, *, link: str = "", content: str = "", summary: str = "") -> str:
    parts = [f"<title>{title}</title>", "<pubDate>Tue, 16 Dec 2025 10:00:00 +0300</pubDate>"]
    if link:
        parts.append(f"<link>{link}</link>")
    if summary:
        parts.append(f"<description><![CDATA[{summary}]]></description>")
    if content:
        parts.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    return "<item>" + "".join(parts) + "</item>"


def test_rss_entry_content_is_the_article():
    raw = rss(
        item(
            "Заводы",
            link="https://vestnik.example/a",
            content="<p>Полный текст о заводах ASPAN.</p>",
            summary="Кратко.",
        )
    )
    (doc,) = read_feed(raw, "feed.xml", max_bytes=10**6)
    assert doc.text == "Полный текст о заводах ASPAN."
    assert (doc.title, doc.published, doc.source, doc.url) == (
        "Заводы",
        "2025-12-16",
        "Вестник",
        "https://vestnik.example/a",
    )


def test_entry_linking_a_local_page_reads_the_page(tmp_path: Path):
    (tmp_path / "pages").mkdir()
    page = tmp_path / "pages" / "a.html"
    page.write_text(article_page("Заводы", PAGE_BODY), encoding="utf-8")
    raw = rss(
        item("Относительная", link="pages/a.html", summary="Кратко.")
        + item("Абсолютная", link=page.as_uri(), summary="Кратко.")
    )
    docs = list(read_feed(raw, "feed.xml", base=tmp_path, max_bytes=10**6))
    assert [type(d) for d in docs] == [Doc, Doc]
    assert all("ASPAN-1" in doc.text for doc in docs)
    assert docs[0].file == str(page)
    assert docs[0].title == "Относительная"


def test_summary_when_nothing_else():
    raw = rss(
        item("Заводы", link="https://vestnik.example/a", summary="<p>Краткое описание проекта ASPAN.</p>")
    )
    (doc,) = read_feed(raw, "feed.xml", max_bytes=10**6)
    assert doc.text == "Краткое описание проекта ASPAN."


def test_atom_feed():
    raw = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Лента</title>'
        "<entry><title>Заводы</title><updated>2025-12-17T08:00:00Z</updated>"
        '<content type="html">&lt;p&gt;Казахстан построит четыре завода.&lt;/p&gt;</content></entry></feed>'
    ).encode()
    (doc,) = read_feed(raw, "feed.atom", max_bytes=10**6)
    assert (doc.text, doc.published, doc.source) == (
        "Казахстан построит четыре завода.",
        "2025-12-17",
        "Лента",
    )


def test_empty_entry_fails_and_others_are_read():
    raw = rss(
        item("Пустая", link="https://vestnik.example/x") + item("Полная", content="<p>Текст о заводе.</p>")
    )
    out = list(read_feed(raw, "feed.xml", max_bytes=10**6))
    assert isinstance(out[0], Failure) and out[0].source == "feed.xml entry 1"
    assert "not fetched from the network" in out[0].reason
    assert isinstance(out[1], Doc)


def test_not_a_feed():
    (failure,) = read_feed(b"<?xml version='1.0'?><root><x>1</x></root>", "data.xml", max_bytes=10**6)
    assert isinstance(failure, Failure) and "no entries found" in failure.reason

import io

import pytest
from conftest import article_page

from newsgraph.ingest.warc import read_warc
from newsgraph.model import Doc, Failure

BODY = "Казахстан приступает к реализации проекта ASPAN: четыре завода по выпуску снарядов номер {}."


def pages(n: int):
    return [
        (
            f"https://example.com/{i}",
            "text/html; charset=utf-8",
            article_page(f"Статья {i}", BODY.format(i)).encode(),
            "200 OK",
        )
        for i in range(n)
    ]


def read(raw: bytes):
    return list(read_warc(io.BytesIO(raw), "a.warc", max_bytes=10**6))


@pytest.mark.parametrize("gzip", [False, True])
def test_html_responses_become_articles(make_warc, gzip):
    records = [
        *pages(2),
        ("https://example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n", "200 OK"),
        ("https://example.com/missing", "text/html", b"<html><body>Not found</body></html>", "404 Not Found"),
    ]
    docs = read(make_warc(records, gzip=gzip))
    assert [type(d) for d in docs] == [Doc, Doc]
    assert [d.url for d in docs] == ["https://example.com/0", "https://example.com/1"]
    assert "номер 1" in docs[1].text and docs[1].title == "Статья 1" and docs[1].file == "a.warc"


@pytest.mark.parametrize("gzip", [False, True])
@pytest.mark.parametrize("keep", [0.8, 0.55])
def test_truncated_archive_gives_the_good_records_then_a_failure(make_warc, gzip, keep):
    raw = make_warc(pages(3), gzip=gzip)
    out = read(raw[: int(len(raw) * keep)])
    assert isinstance(out[-1], Failure)
    assert "truncated or damaged" in out[-1].reason
    docs = out[:-1]
    assert docs and all(isinstance(d, Doc) for d in docs)
    assert [d.url for d in docs] == [f"https://example.com/{i}" for i in range(len(docs))]


def test_archive_cut_inside_the_first_record(make_warc):
    (failure,) = read(make_warc(pages(1))[:40])
    assert isinstance(failure, Failure)


def test_not_an_archive():
    (failure,) = read(b"WARC/1.0\r\nthis is not a record\r\n\r\n")
    assert isinstance(failure, Failure) and failure.reason.startswith("WARC:")

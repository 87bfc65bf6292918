import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from conftest import article_page

from newsgraph.ingest import parse_text, read_sources
from newsgraph.ingest.sources import detect_format
from newsgraph.model import Doc, Failure

PAGE_BODY = (
    "Казахстан приступает к реализации национального проекта ASPAN: четыре завода по выпуску снарядов."
)


@pytest.fixture
def bad_folder(tmp_path: Path, russian_texts, make_warc) -> Path:
    """The folder of the issue's "Bad input" section, with good articles beside the bad ones."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(russian_texts[0], encoding="utf-8")
    (folder / "sub" / "cp1251.txt").write_bytes(russian_texts[1].encode("cp1251", errors="replace"))
    (folder / "blob.bin").write_bytes(b"\x00\x01\x02\x03" * 256)
    (folder / "empty.txt").write_bytes(b"")
    with (folder / "huge.txt").open("w", encoding="utf-8") as huge:
        paragraph = russian_texts[2] + "\n"
        for _ in range(50_000_000 // len(paragraph.encode()) + 1):
            huge.write(paragraph)
    raw = russian_texts[3].encode("utf-8")
    (folder / "damaged.txt").write_bytes(raw[:100] + b"\xc3\x28\xff" + raw[100:])
    page = article_page("Заводы", PAGE_BODY)
    (folder / "broken.html").write_text(page[: page.index("</p>")], encoding="utf-8")
    (folder / "nothing.html").write_text("<html><body><div", encoding="utf-8")
    records = [
        (
            f"https://example.com/{i}",
            "text/html",
            article_page(f"Статья {i}", f"{PAGE_BODY} Номер {i}.").encode(),
            "200 OK",
        )
        for i in range(3)
    ]
    warc = make_warc(records)
    (folder / "cut.warc").write_bytes(warc[: int(len(warc) * 0.8)])
    lines = [json.dumps({"text": russian_texts[4], "title": "JSON"}, ensure_ascii=False), "{oops", ""]
    (folder / "articles.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (folder / ".hidden.txt").write_text("скрытый файл", encoding="utf-8")
    return folder


def test_bad_input_folder(bad_folder: Path, russian_texts):
    out = list(read_sources([str(bad_folder)]))
    docs = {Path(d.file.split(":")[0]).name: d for d in out if isinstance(d, Doc)}
    reasons = {Path(f.source).name.split(":")[0]: f.reason for f in out if isinstance(f, Failure)}
    assert sorted(docs) == ["articles.jsonl", "broken.html", "cp1251.txt", "cut.warc", "good.txt"]
    assert sum(isinstance(d, Doc) and d.file.endswith("cut.warc") for d in out) == 2
    expected = russian_texts[1].encode("cp1251", errors="replace").decode("cp1251")
    assert docs["cp1251.txt"].text == parse_text(expected).text
    assert (
        reasons["blob.bin"] == "not text: looks like binary (NUL bytes); expected a UTF-8 or cp1251 text file"
    )
    assert reasons["empty.txt"].startswith("empty")
    assert reasons["huge.txt"].startswith("too large: 50.0 MB, over the 20 MB limit")
    assert reasons["damaged.txt"].startswith("invalid UTF-8: byte 0xc3 at offset 100")
    assert reasons["nothing.html"].startswith("HTML: no article text found")
    assert "truncated or damaged after record 2" in reasons["cut.warc"]
    assert reasons["articles.jsonl"].startswith("line 2: not JSON")
    assert len(reasons) == 7
    assert all(isinstance(d, Doc) and d.lang == "ru" for d in docs.values())


def test_missing_path_and_limit(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Казахстан строит четыре завода по выпуску снарядов.", encoding="utf-8")
    out = list(read_sources([str(tmp_path / "nope.txt"), str(tmp_path / "a.txt")], max_bytes=10))
    assert [type(o) for o in out] == [Failure, Failure]
    assert out[0].reason.startswith("no such file or folder")
    assert out[1].reason.startswith("too large")


def test_stdin(monkeypatch):
    text = " date 2025-12-18 Заголовок\nКазахстан строит четыре завода."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("cp1251")), encoding="cp1251"))
    (doc,) = read_sources(["-"])
    assert (doc.text, doc.title, doc.published, doc.file) == (
        "Казахстан строит четыре завода.",
        "Заголовок",
        "2025-12-18",
        "<stdin>",
    )


def test_stdin_jsonl(monkeypatch):
    data = b'{"text": "\xd0\x9f\xd0\xb5\xd1\x80\xd0\xb2\xd1\x8b\xd0\xb9 \xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82."}\n{"text": "Second text."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [d.text for d in read_sources(["-"])] == ["Первый текст.", "Second text."]


@pytest.mark.parametrize(
    ("name", "head", "fmt"),
    [
        ("a.txt", b"Just text", "text"),
        ("a", b"<!DOCTYPE html><html>", "html"),
        ("a.txt", b"\n  <html lang=ru>", "html"),
        ("a.xml", b"<?xml version='1.0'?><rss version='2.0'>", "feed"),
        ("feed", b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("a.dat", b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
        ("a.jsonl", b'{"text": "x"}', "jsonl"),
        ("a.json", b'{"text": "x"}', "json"),
        ("a.htm", b"<p>fragment", "html"),
        ("-", b'{"text": "x"}\n{"text": "y"}', "jsonl"),
        ("a.txt", b"{curly} text", "text"),
    ],
)
def test_detect_format(name, head, fmt):
    assert detect_format(name, head) == fmt


def test_gzipped_warc_is_detected_by_content(make_warc):
    raw = make_warc([("https://e.com/", "text/html", b"<html></html>", "200 OK")], gzip=True)
    assert detect_format("crawl.bin", raw[:4096]) == "warc"


def test_gzipped_jsonl_and_text(tmp_path: Path, russian_texts):
    lines = "\n".join(json.dumps({"text": text}, ensure_ascii=False) for text in russian_texts[:3])
    (tmp_path / "news.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    (tmp_path / "one.txt.gz").write_bytes(gzip.compress(russian_texts[3].encode("cp1251", errors="replace")))
    out = list(read_sources([str(tmp_path)]))
    assert [type(o) for o in out] == [Doc, Doc, Doc, Doc]
    assert [o.file for o in out[:3]] == [f"{tmp_path / 'news.jsonl.gz'}:{n}" for n in (1, 2, 3)]
    assert out[3].lang == "ru"


def test_damaged_gzip_keeps_what_came_before(tmp_path: Path, russian_texts):
    lines = "\n".join(json.dumps({"text": text}, ensure_ascii=False) for text in russian_texts)
    packed = gzip.compress(lines.encode())
    (tmp_path / "news.jsonl.gz").write_bytes(packed[: len(packed) * 2 // 3])
    out = list(read_sources([str(tmp_path / "news.jsonl.gz")]))
    assert isinstance(out[-1], Failure) and "damaged gzip file" in out[-1].reason
    assert all(isinstance(o, Doc) for o in out[:-1])


def test_compressed_article_over_the_limit(tmp_path: Path):
    (tmp_path / "big.txt.gz").write_bytes(gzip.compress("слово ".encode() * 10_000))
    (failure,) = read_sources([str(tmp_path / "big.txt.gz")], max_bytes=1000)
    assert failure.reason.startswith("too large: once decompressed, over the 0.001 MB limit")


def test_web_addresses_are_not_fetched():
    (failure,) = read_sources(["https://example.com/news/1.html"])
    assert "fetches nothing" in failure.reason

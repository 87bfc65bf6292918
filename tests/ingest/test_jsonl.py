import json

from newsgraph.ingest.jsonl import read_json, read_jsonl
from newsgraph.model import Doc, Failure

ARTICLE = {
    "text": "Казахстан строит четыре завода по производству снарядов.",
    "title": "Заводы",
    "url": "https://example.com/a",
    "published": "2025-12-16T09:30:00Z",
    "source": "Вестник",
}


def lines(*items: object) -> list[bytes]:
    return [
        (item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)).encode() + b"\n"
        for item in items
    ]


def test_one_article_per_line():
    docs = list(
        read_jsonl(lines(ARTICLE, {"text": "Второй текст о заводах и снарядах."}), "a.jsonl", max_bytes=10**6)
    )
    assert [type(d) for d in docs] == [Doc, Doc]
    first = docs[0]
    assert (first.title, first.url, first.published, first.source) == (
        "Заводы",
        "https://example.com/a",
        "2025-12-16",
        "Вестник",
    )
    assert first.file == "a.jsonl:1"


def test_bad_lines_fail_with_their_line_number_and_the_rest_is_read():
    items = lines(
        ARTICLE,
        "{not json",
        "",
        '["a list"]',
        {"title": "без текста"},
        {"text": "Последняя строка о снарядах."},
    )
    out = list(read_jsonl(items, "a.jsonl", max_bytes=10**6))
    failures = [o for o in out if isinstance(o, Failure)]
    assert [f.source for f in failures] == ["a.jsonl:2", "a.jsonl:4", "a.jsonl:5"]
    assert failures[0].reason.startswith("line 2: not JSON")
    assert "expected a JSON object" in failures[1].reason
    assert "no article text" in failures[2].reason
    assert sum(isinstance(o, Doc) for o in out) == 2


def test_line_over_the_limit():
    out = list(read_jsonl(lines({"text": "слово " * 100}), "a.jsonl", max_bytes=100))
    assert isinstance(out[0], Failure) and "too large" in out[0].reason


def test_html_field():
    record = {
        "html": "<html><body><article><p>Завод ASPAN-1 заработает в 2027 году, сообщили в министерстве.</p>"
        "</article></body></html>"
    }
    (doc,) = read_jsonl(lines(record), "a.jsonl", max_bytes=10**6)
    assert "ASPAN-1" in doc.text


def test_json_file_with_an_array():
    raw = json.dumps([ARTICLE, {"text": ""}], ensure_ascii=False).encode()
    out = list(read_json(raw, "a.json"))
    assert isinstance(out[0], Doc) and isinstance(out[1], Failure)
    assert out[1].source == "a.json[2]"

"""`newsgraph ingest` and `newsgraph analyze` end to end, into SQLite files in tmp_path."""

from __future__ import annotations

import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.cli import main

ENGLISH = (
    "Kazakhstan has launched a national project to build four plants producing artillery shells "
    "and mines to NATO standards, at a cost of about one billion dollars."
)


def nerel_texts(shared: Path, n: int) -> list[str]:
    files = sorted((shared / "data" / "nerel-1.1" / "dev").glob("*.txt"))[:n]
    assert len(files) == n, f"expected {n} NEREL dev texts under {shared}"
    return [file.read_text(encoding="utf-8") for file in files]


@pytest.fixture
def folder(tmp_path: Path, shared: Path) -> Path:
    """The issue's "Bad input" folder: good Russian, English, cp1251, JSONL and WARC articles beside bad files."""
    texts = nerel_texts(shared, 4)
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(" date 2025-12-18 Первая\n" + texts[0], encoding="utf-8")
    (root / "sub" / "b.txt").write_bytes(texts[1].encode("cp1251", errors="replace"))
    (root / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (root / "blob.bin").write_bytes(b"\x00\xff" * 100)
    (root / "empty.txt").write_bytes(b"")
    lines = [json.dumps({"text": texts[2], "url": "https://example.com/c"}, ensure_ascii=False), "not json"]
    (root / "c.jsonl").write_text("\n".join(lines), encoding="utf-8")
    with (root / "huge.txt").open("w", encoding="utf-8") as huge:
        for _ in range(50_000_000 // len(texts[0].encode()) + 1):
            huge.write(texts[0])
    (root / "damaged.txt").write_bytes(texts[1].encode()[:99] + b"\xff" + texts[1].encode()[99:])
    (root / "broken.html").write_text("<html><body><div><p", encoding="utf-8")
    page = f"<html><body><article><p>{texts[3]}</p></article></body></html>".encode()
    warc = make_warc([("https://example.com/d", "text/html; charset=utf-8", page, "200 OK")] * 2)
    (root / "cut.warc").write_bytes(warc[: len(warc) * 3 // 4])
    return root


def make_warc(records: list[tuple[str, str, bytes, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for url, content_type, body, status in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        )
    return buffer.getvalue()


def ingest(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["ingest", *args], input=input, catch_exceptions=False)


def articles(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT id, lang, analysed, title, published FROM articles ORDER BY id"
        ).fetchall()


def test_ingest_folder_stores_good_articles_and_lists_bad_ones(folder: Path, tmp_path: Path, pipeline):
    db = tmp_path / "n.db"
    result = ingest(str(folder), "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["ingested"], summary["present"], summary["not_analysed"]) == (5, 0, 1)
    reasons = {Path(f["source"]).name: f["reason"] for f in summary["failures"]}
    assert set(reasons) == {
        "blob.bin",
        "empty.txt",
        "c.jsonl:2",
        "huge.txt",
        "damaged.txt",
        "broken.html",
        "cut.warc",
    }
    assert reasons["blob.bin"].startswith("not text")
    assert reasons["c.jsonl:2"].startswith("line 2: not JSON")
    assert reasons["huge.txt"].startswith("too large")
    assert reasons["damaged.txt"].startswith("invalid UTF-8")
    assert reasons["broken.html"].startswith("HTML: no article text")
    assert "truncated" in reasons["cut.warc"]
    stored = articles(db)
    assert len(stored) == 5
    assert sorted(lang for _, lang, _, _, _ in stored) == ["en", "ru", "ru", "ru", "ru"]
    assert all(analysed == (lang == "ru") for _, lang, analysed, _, _ in stored)
    assert ("Первая", "2025-12-18") in [(title, published) for *_, title, published in stored]

    again = ingest(str(folder), "--db", str(db), "--json")
    assert json.loads(again.stdout)["ingested"] == 0
    assert json.loads(again.stdout)["present"] == 5
    assert articles(db) == stored


def test_text_summary_and_exit_code_when_nothing_could_be_ingested(tmp_path: Path, pipeline):
    (tmp_path / "blob.bin").write_bytes(b"\x00" * 10)
    result = ingest(str(tmp_path / "blob.bin"), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "n.db"))
    assert result.exit_code == 1
    assert "Ingested 0 articles, 0 already present, 2 failed" in result.stdout
    assert "missing.txt: no such file or folder" in result.stdout


def test_stdin(tmp_path: Path, pipeline):
    result = ingest(
        "-",
        "--db",
        str(tmp_path / "n.db"),
        "--json",
        input=" date 2025-01-02 Заголовок\nМинистр обороны России посетил завод.",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ingested"] == 1
    assert articles(tmp_path / "n.db")[0][3:] == ("Заголовок", "2025-01-02")


def test_analyze_json_lines(folder: Path, pipeline):
    result = CliRunner().invoke(main, ["analyze", str(folder / "a.txt"), str(folder / "en.txt"), "--json"])
    assert result.exit_code == 0, result.output
    ru, en = (json.loads(line) for line in result.stdout.splitlines())
    for key in ("id", "file", "lang", "text", "mentions", "entities", "quotes", "facts"):
        assert key in ru
    assert ru["file"] == str(folder / "a.txt") and ru["lang"] == "ru" and ru["analysed"]
    assert ru["mentions"] and all(ru["text"][m["start"] : m["stop"]] == m["text"] for m in ru["mentions"])
    assert (en["lang"], en["analysed"], en["mentions"]) == ("en", False, [])


def test_analyze_reports_failures_on_stderr(tmp_path: Path, pipeline):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
    assert "empty.txt: empty" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("command", ["ingest", "analyze"])
def test_help_has_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_db_and_a_rerun_completes_it(tmp_path: Path, shared: Path):
    texts = nerel_texts(shared, 24)
    folder = tmp_path / "in"
    folder.mkdir()
    for number, text in enumerate(texts):
        (folder / f"{number:03}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "kill.db"
    command = [
        sys.executable,
        "-c",
        "from newsgraph.cli import main; main()",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--batch-size",
        "2",
        "--json",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        stored = _wait_for_articles(db, process, minimum=2)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        process.stdout.close()
        process.stderr.close()
    assert 0 < stored < len(texts), "the ingest finished before it could be killed; use more texts"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert count % 2 == 0, "a batch was stored in part"
        indexed = conn.execute("SELECT count(*) FROM article_fts").fetchone()[0]
        assert indexed == count
        orphans = conn.execute(
            "SELECT count(*) FROM mentions WHERE article NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert (summary["present"], summary["ingested"]) == (count, len(texts) - count)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(texts)
        assert conn.execute("SELECT count(*) FROM resolved").fetchone()[0] == len(texts), (
            "every article has a story"
        )


def _wait_for_articles(db: Path, process: subprocess.Popen, *, minimum: int) -> int:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(
                f"ingest ended before it was killed: {process.stderr.read().decode()[-2000:]}"
            )
        count = _count(db)
        if count >= minimum:
            return count
        time.sleep(0.05)
    raise AssertionError("no articles were stored within 300 s")


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def test_rerun_resolves_articles_a_killed_run_stored_but_did_not_resolve(
    tmp_path: Path, shared: Path, pipeline
):
    from newsgraph.cli.ingest import run_ingest
    from newsgraph.ingest import read_sources
    from newsgraph.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    for number, text in enumerate(nerel_texts(shared, 3)):
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    with open_store(str(tmp_path / "n.db")) as store:
        store.add([pipeline(doc) for doc in read_sources([str(folder)])])  # killed before resolving
        summary = run_ingest([str(folder)], store, pipeline)
    assert (summary.added, summary.present) == (0, 3)
    with sqlite3.connect(tmp_path / "n.db") as conn:
        assert conn.execute("SELECT count(*) FROM resolved").fetchone()[0] == 3


def test_store_failure_exits_1_with_the_reason(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Министр обороны посетил завод.", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "no" / "n.db")]
    )
    assert result.exit_code == 1
    assert "Error:" in result.stderr and "folder does not exist" in result.stderr


def test_ingest_collects_garbage_less_often_and_restores_the_collector(tmp_path: Path, pipeline, seed_text):
    import gc

    from newsgraph.cli.ingest import GC_THRESHOLDS, run_ingest
    from newsgraph.store import open_store

    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    before = gc.get_threshold()
    during: list[tuple[int, ...]] = []
    store = open_store(str(tmp_path / "x.db"))
    try:
        summary = run_ingest([str(tmp_path / "a.txt")], store, pipeline,
                             progress=lambda _summary, _done: during.append(gc.get_threshold()))  # fmt: skip
    finally:
        store.close()
    assert summary.added == 1
    assert during and all(t == GC_THRESHOLDS for t in during)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0

"""Builders for ingest tests: real Russian paragraphs (NEREL) and WARC archives made with warcio."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@pytest.fixture(scope="session")
def russian_texts(shared) -> list[str]:
    """A few real Russian news texts (NEREL dev), as UTF-8 strings."""
    folder = shared / "data" / "nerel-1.1" / "dev"
    files = sorted(folder.glob("*.txt"))[:6]
    assert files, f"no NEREL texts under {folder}"
    return [file.read_text(encoding="utf-8") for file in files]


def article_page(title: str, body: str, *, charset: str = "utf-8", date: str = "2025-12-16") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\n") if line.strip())
    return (
        f'<!DOCTYPE html><html lang="ru"><head><meta charset="{charset}"><title>{title}</title>'
        '<meta property="og:site_name" content="Вестник">'
        f'<meta property="article:published_time" content="{date}T10:00:00+03:00"></head>'
        '<body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>'
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>© 2025 Вестник</footer></body></html>"
    )


WarcRecord = tuple[str, str, bytes, str]  # url, content type, body, HTTP status line


@pytest.fixture
def make_warc() -> Callable[..., bytes]:
    def build(records: Sequence[WarcRecord], *, gzip: bool = False) -> bytes:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=gzip)
        for url, content_type, body, status in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
        return buffer.getvalue()

    return build

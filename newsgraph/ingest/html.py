"""HTML pages: main text, title, site name and date with trafilatura (which dates with htmldate).

trafilatura guesses the encoding of bytes without reading the page's own
``<meta charset>``, which mangles short cp1251 pages; so pages are decoded
here first: the charset the server or the page declares, else the same
detection as plain text files.
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from newsgraph.errors import InputError
from newsgraph.ingest.encoding import check_binary, decode
from newsgraph.ingest.text import parse_text
from newsgraph.model import Doc

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# htmldate: prefer the original publication date to the last modification.
BLOCK_TAGS = tuple("p div br li h1 h2 h3 h4 h5 h6 blockquote tr pre section article figcaption dd dt".split())
DATE_PARAMS = {"original_date": True, "extensive_search": False}


def read_html(
    raw: bytes | str,
    *,
    file: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
    **meta: Any,
) -> Doc:
    """A `Doc` from an HTML page; raises `InputError` when the page holds no article text."""
    html = raw if isinstance(raw, str) else decode_html(raw, content_type)
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, date_extraction_params=DATE_PARAMS
    )
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(
            "HTML: no article text found (the page is empty, broken, or only navigation); "
            "check that the file is a complete article page"
        )
    return parse_text(
        extracted.text,
        file=file,
        url=url or extracted.url,
        title=meta.pop("title", None) or extracted.title,
        source=meta.pop("source", None) or extracted.sitename or extracted.hostname,
        published=meta.pop("published", None) or extracted.date,
        **meta,
    )


def decode_html(raw: bytes, content_type: str | None = None) -> str:
    """Decode with the declared charset (HTTP header, then ``<meta>``), else detect it."""
    check_binary(raw)
    for declared in (_header_charset(content_type), _meta_charset(raw)):
        if declared:
            try:
                # A page that declares its charset is decoded leniently: crawls often
                # hold a stray bad byte in an otherwise good page.
                return raw.decode(declared, errors="replace")
            except LookupError:
                continue
    return decode(raw)[0]


def _header_charset(content_type: str | None) -> str | None:
    match = CHARSET_PARAM.search(content_type or "")
    return match.group(1) if match else None


def _meta_charset(raw: bytes) -> str | None:
    match = META_CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii") if match else None


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one line per block."""
    if "<" not in fragment:
        return html_lib.unescape(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in root.xpath("//script|//style"):
        element.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)

import codecs

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.encoding import decode


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
@pytest.mark.parametrize("length", [60, 300, None])
def test_legacy_cyrillic_is_detected(russian_texts, encoding, length):
    for text in russian_texts:
        # koi8-r has no dashes or typographic quotes: such files hold "?" instead
        raw = text[:length].encode(encoding, errors="replace")
        decoded, used = decode(raw)
        assert decoded == raw.decode(encoding), (encoding, used, text[:40])


def test_utf8_passes_through(russian_texts):
    assert decode(russian_texts[0].encode("utf-8")) == (russian_texts[0], "utf-8")


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_byte_order_marks(bom, encoding):
    text, _ = decode(bom + "Казахстан строит завод.".encode(encoding))
    assert text.lstrip("\ufeff") == "Казахстан строит завод."


def test_western_code_page():
    text = "Les négociations à Genève ont échoué, a déclaré le ministre."
    assert decode(text.encode("cp1252"))[0] == text


def test_damaged_utf8_names_the_bad_byte(russian_texts):
    raw = russian_texts[0].encode("utf-8")
    damaged = raw[:200] + b"\xff" + raw[200:]
    with pytest.raises(InputError, match=r"invalid UTF-8: byte 0xff at offset 200 \(line \d+\)"):
        decode(damaged)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x00\x01\x02binary\x00data", r"not text: looks like binary \(NUL bytes\)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not text: looks like a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not text: looks like a PNG image"),
    ],
)
def test_not_text(raw, reason):
    with pytest.raises(InputError, match=reason):
        decode(raw)

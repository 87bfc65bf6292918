"""Bytes to text: byte-order marks, UTF-8, and legacy Cyrillic code pages.

Order of checks (the first that applies decides):

1. empty input, or a known binary signature / NUL bytes → `InputError`;
2. a byte-order mark (UTF-8, UTF-16, UTF-32) → that encoding;
3. valid UTF-8 → UTF-8;
4. mostly valid UTF-8 with a few bad bytes (a damaged UTF-8 file) → `InputError`
   naming the first bad byte, since guessing would corrupt the valid part;
5. otherwise a single-byte code page: charset-normalizer proposes candidates,
   and a Russian plausibility score picks among them, because on short texts
   charset-normalizer alone confuses cp1251 with mac-cyrillic and koi8-r with
   Japanese.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from newsgraph.errors import InputError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# File signatures of formats that are often dropped into a folder of articles.
BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Single-byte code pages a Russian or English news text may come in, in order of preference.
LEGACY_ENCODINGS = ("cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5", "cp1252")

# Unicode categories that do not occur in news text decoded with the right code page.
IMPLAUSIBLE_CATEGORIES = frozenset({"Cc", "Co", "Cn", "So", "Sk"})

SNIFF_BYTES = 8192
PLAUSIBILITY_SAMPLE = 20_000

RUSSIAN_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
RUSSIAN_UPPER = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
WORD = re.compile(r"[^\W\d_]+")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def check_binary(raw: bytes) -> None:
    """Raise `InputError` when the bytes are not text at all."""
    if not raw.strip():
        raise InputError("empty: the file holds no text; remove it or add the article text")
    for signature, what in BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise InputError(f"not text: looks like {what}; convert it to text or HTML first")
    if not _bom_encoding(raw) and b"\x00" in raw[:SNIFF_BYTES]:
        raise InputError("not text: looks like binary (NUL bytes); expected a UTF-8 or cp1251 text file")


def decode(raw: bytes) -> tuple[str, str]:
    """Decode article bytes; returns ``(text, encoding)`` or raises `InputError`."""
    check_binary(raw)
    bom = _bom_encoding(raw)
    if bom:
        try:
            return raw.decode(bom), bom
        except UnicodeDecodeError as exc:
            raise InputError(
                f"invalid {bom}: the file starts with a {bom} byte-order mark, "
                f"but byte {exc.start} is not valid {bom}; re-save it as UTF-8"
            ) from exc
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8(raw):
            raise InputError(_bad_utf8_message(raw, exc.start)) from exc
    return _decode_legacy(raw)


def _bom_encoding(raw: bytes) -> str | None:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return encoding
    return None


def _mostly_utf8(raw: bytes) -> bool:
    """True when the non-ASCII bytes mostly form valid UTF-8 characters.

    A cp1251 or koi8-r text almost never forms valid UTF-8 sequences, while a
    damaged UTF-8 file has a few bad bytes among many good sequences.
    """
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    ascii_chars = len(text.encode("ascii", errors="ignore"))
    good = len(text) - ascii_chars - bad
    return good > 4 * bad


def _bad_utf8_message(raw: bytes, offset: int) -> str:
    line = raw.count(b"\n", 0, offset) + 1
    return (
        f"invalid UTF-8: byte 0x{raw[offset]:02x} at offset {offset} (line {line}) is not valid UTF-8, "
        "while the rest of the file is; the file is damaged, repair or re-save it as UTF-8"
    )


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    proposed = [
        match.encoding for match in charset_normalizer.from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS))
    ]
    candidates = [enc for enc in LEGACY_ENCODINGS if enc in proposed] or list(LEGACY_ENCODINGS)
    scored = []
    for encoding in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text), -LEGACY_ENCODINGS.index(encoding), text, encoding))
    if not scored:
        raise InputError(
            "unknown encoding: the file is neither UTF-8 nor cp1251/koi8-r text; re-save it as UTF-8"
        )
    _, _, text, encoding = max(scored)
    return text, encoding


def plausibility(text: str) -> float:
    """How much a decoded text looks like Russian or Western prose (higher is better).

    Prose is mostly lower-case letters of one script per word. A wrong Cyrillic
    code page turns letters into capitals (koi8-r read as cp1251), into letters
    of other Cyrillic alphabets (cp1251 read as mac-cyrillic: ў, џ), into
    symbols, or mixes scripts within a word (cp1252 accents read as cp1251).
    """
    score = 0.0
    for word in WORD.findall(text[:PLAUSIBILITY_SAMPLE]):
        if word.isascii():
            continue
        if LATIN.search(word) and CYRILLIC.search(word):
            score -= 2.0
            continue
        for char in word:
            if char in RUSSIAN_LOWER:
                score += 1.0
            elif char in RUSSIAN_UPPER:
                score += 0.5
            elif char.isalpha() and not char.isascii() and not CYRILLIC.match(char):
                score += 0.5 if char.islower() else 0.2
    for char in text[:PLAUSIBILITY_SAMPLE]:
        if not char.isascii() and unicodedata.category(char) in IMPLAUSIBLE_CATEGORIES:
            score -= 3.0
    return score

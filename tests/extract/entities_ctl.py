"""Golden entity cases: one case a line, mentions marked inline.

Syntax of a line in `entities_golden.txt`:

    [Родионов|person] заявил, что …
    Власти [Казахстана|country=Казахстан] …
    [ОДКБ|organization/alliance=Организация Договора о коллективной безопасности] …

- `[text|type]` a mention; `/kind` follows an organisation's type.
- `=Name` the entity's canonical Russian name, when it differs from the text.
  Mentions on one line with the same type and name are one entity.
- ` ¶ ` separates paragraphs; lines starting with `#` are comments; a line
  with no markers must give no mention.

Usage:

    python tests/extract/entities_ctl.py check          # list the cases that differ
    python tests/extract/entities_ctl.py regen          # rewrite the file from the extractor
    python tests/extract/entities_ctl.py show "ТЕКСТ"   # mark up a text
"""

from __future__ import annotations

import sys
from pathlib import Path

GOLDEN = Path(__file__).with_name("entities_golden.txt")
PARAGRAPH = " ¶ "


def strip(line: str) -> str:
    """The plain text of a golden line."""
    out: list[str] = []
    in_label = False
    depth = 0
    for char in line:
        if char == "[":
            depth += 1
        elif char == "|" and depth:
            in_label = True
        elif char == "]" and depth:
            depth -= 1
            in_label = False
        elif not in_label:
            out.append(char)
    return "".join(out).replace(PARAGRAPH, "\n")


def render(doc) -> str:
    """The golden line of an analysed doc; a mention inside another nests its marker."""
    entities = {e.id: e for e in doc.entities}

    def label(mention) -> str:
        entity = entities[mention.entity]
        out = entity.type + (f"/{entity.kind}" if entity.kind else "")
        name = entity.name.get("ru") or ""
        return out + (f"={name}" if name != mention.text else "")

    def emit(lo: int, hi: int, items: list) -> str:
        out, at, i = [], lo, 0
        while i < len(items):
            mention, j = items[i], i + 1
            while j < len(items) and items[j].start < mention.stop:
                j += 1
            inner = emit(mention.start, mention.stop, items[i + 1 : j])
            out += [doc.text[at : mention.start], f"[{inner}|{label(mention)}]"]
            at, i = mention.stop, j
        out.append(doc.text[at:hi])
        return "".join(out)

    mentions = sorted(doc.mentions, key=lambda m: (m.start, -m.stop))
    return emit(0, len(doc.text), mentions).replace("\n", PARAGRAPH)


def marks(line: str) -> list[tuple[str, str, str]]:
    """(text, label, name) of every marker on a golden line, nested ones too."""
    found, stack = [], []
    text = strip(line).replace("\n", PARAGRAPH)
    plain = 0
    i = 0
    while i < len(line):
        char = line[i]
        if char == "[":
            stack.append(plain)
        elif char == "|" and stack:
            close = line.index("]", i)
            label, _, name = line[i + 1 : close].partition("=")
            start = stack.pop()
            found.append((text[start:plain], label, name or text[start:plain]))
            i = close
        else:
            plain += 1
        i += 1
    return found


def links(doc) -> list[set[str]]:
    """Mention texts grouped by entity (for the same-entity check)."""
    groups: dict[str, set[str]] = {}
    for mention in doc.mentions:
        groups.setdefault(mention.entity, set()).add(mention.text)
    return list(groups.values())


def entity_pipeline():
    from newsgraph.extract import entities
    from newsgraph.nlp import natasha_stage
    from newsgraph.pipeline import Pipeline

    return Pipeline([natasha_stage.analyse, entities.extract])


def cases() -> list[str]:
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def analyse(pipeline, line: str):
    from newsgraph.model import Doc

    return pipeline(Doc(text=strip(line), lang="ru"))


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    pipeline = entity_pipeline()
    if command == "show":
        print(render(analyse(pipeline, argv[2])))
        return 0
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    new, differ = [], 0
    for line in lines:
        if not line.strip() or line.startswith("#"):
            new.append(line)
            continue
        got = render(analyse(pipeline, line))
        if got != line:
            differ += 1
            print(f"- {line}\n+ {got}\n")
        new.append(got)
    if command == "regen":
        GOLDEN.write_text("\n".join(new) + "\n", encoding="utf-8")
        print(f"rewrote {GOLDEN} ({differ} cases changed)")
        return 0
    print(f"{differ} of {len(cases())} cases differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""The FtM export: valid FollowTheMoney entities whose references all resolve."""

from __future__ import annotations

import copy
import json

from click.testing import CliRunner
from followthemoney import model

from newsgraph.cli import main
from newsgraph.export import ftm
from newsgraph.store import open_store


def test_export_is_valid_ftm_with_resolving_references(tmp_path, seed_doc):
    with open_store(str(tmp_path / "s.db")) as store:
        store.add([copy.deepcopy(seed_doc)])
        proxies = [model.get_proxy(p.to_dict()) for p in ftm.export(store)]
    ids = {p.id for p in proxies}
    schemata = {p.schema.name for p in proxies}
    assert {"Article", "Mention", "Territory", "Person", "Project"} <= schemata
    for proxy in proxies:
        for prop in (
            "document",
            "resolved",
            "entity",
            "member",
            "organization",
            "subject",
            "object",
            "project",
        ):
            if prop in proxy.schema.properties:
                for ref in proxy.get(prop):
                    assert ref in ids, f"{proxy.schema.name}.{prop} points at {ref}, which is not exported"
    names = {n for p in proxies if p.schema.name == "Territory" for n in p.get("name")}
    assert "Kazakhstan" in names


def test_export_command_writes_json_lines(tmp_path, seed_doc):
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.add([copy.deepcopy(seed_doc)])
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1 and lines[0]["id"] == seed_doc.id
    assert lines[0]["mentions"] and lines[0]["quotes"]

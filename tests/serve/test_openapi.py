"""docs/openapi.json is the served schema, and every operation documents the error shape."""

from __future__ import annotations

import json

from newsgraph.serve import openapi


def test_checked_in_schema_is_current():
    assert openapi.DOC.exists(), "docs/openapi.json is missing: run `python -m newsgraph.serve.openapi`"
    assert openapi.DOC.read_text(encoding="utf-8") == openapi.render(), (
        "docs/openapi.json is stale: run `python -m newsgraph.serve.openapi` and commit it"
    )


def test_served_schema_equals_the_file(client):
    served = client.get("/openapi.json").json()
    assert served == json.loads(openapi.DOC.read_text(encoding="utf-8"))


def test_every_operation_documents_the_error_shape():
    spec = openapi.schema()
    assert {"/api/articles", "/api/entities/{entity_id}", "/api/search", "/api/status"} <= set(spec["paths"])
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert path.startswith("/api/"), path
            errors = {code: r for code, r in operation["responses"].items() if code >= "400"}
            assert errors, (method, path)
            for response in errors.values():
                ref = response["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorBody"), (method, path)
    post = spec["paths"]["/api/articles"]["post"]
    assert {"application/json", "multipart/form-data"} <= set(post["requestBody"]["content"])
    assert post["security"] == [{"HTTPBearer": []}]

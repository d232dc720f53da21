"""The JSON Schema files: well-formed, strict, documented, and the fast check agrees with jsonschema."""

from __future__ import annotations

import json
import shutil
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from journeys_app.domain.journeys.graph import load_schema, schema_dir, validate_graph
from journeys_app.domain.journeys.graph.compiled import compile_schema
from journeys_app.domain.journeys.graph.schema import clear_caches, fast_accept
from journeys_app.domain.journeys.templates import templates_dir

from .support import invalid_cases, load_json

SCHEMAS = ["journey.schema.json", "template.schema.json"]
FREE_FORM = {"payload", "variables", "layout"}  # objects whose keys are data, not fields


def _walk(schema: Any, path: str = "#"):
    if isinstance(schema, dict):
        yield path, schema
        for key, value in schema.items():
            if key in {"properties", "$defs"}:
                for name, sub in value.items():
                    yield from _walk(sub, f"{path}/{key}/{name}")
            elif isinstance(value, dict | list):
                yield from _walk(value, f"{path}/{key}")
    elif isinstance(schema, list):
        for k, sub in enumerate(schema):
            yield from _walk(sub, f"{path}/{k}")


@pytest.mark.parametrize("name", SCHEMAS)
def test_schema_is_valid_draft_2020_12(name):
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_property_and_definition_is_described(name):
    schema = load_schema(name)
    for path, sub in _walk(schema):
        for prop, spec in sub.get("properties", {}).items():
            assert spec.get("description", "").strip(), f"{path}/properties/{prop} has no description"
    for def_name, spec in schema.get("$defs", {}).items():
        assert spec.get("title") == def_name and spec.get("description"), f"$defs/{def_name}"


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_object_with_fields_is_strict(name):
    for path, sub in _walk(load_schema(name)):
        if sub.get("type") == "object" and "properties" in sub:
            assert sub.get("additionalProperties") is False, f"{path} accepts unknown fields"
        if sub.get("type") == "object" and "properties" not in sub and "oneOf" not in sub:
            assert path.rsplit("/", 1)[-1] in FREE_FORM, f"{path} is a free-form object"


def test_every_node_type_has_a_definition_and_a_discriminator_entry():
    schema = load_schema()
    mapping = schema["$defs"]["Node"]["discriminator"]["mapping"]
    assert set(mapping) == {"trigger", "stage", "wait", "branch", "split", "action", "goal", "exit"}
    for node_type, ref in mapping.items():
        definition = schema["$defs"][ref.rsplit("/", 1)[-1]]
        assert definition["properties"]["type"]["const"] == node_type


def test_fast_check_refuses_to_compile_keywords_it_does_not_know():
    with pytest.raises(ValueError, match="patternProperties"):
        compile_schema({"type": "object", "patternProperties": {"^x": {"type": "string"}}})
    with pytest.raises(ValueError, match="does not require kind"):
        compile_schema(
            {
                "oneOf": [{"$ref": "#/$defs/A"}],
                "type": "object",
                "discriminator": {"propertyName": "kind", "mapping": {"a": "#/$defs/A"}},
                "$defs": {"A": {"type": "object", "properties": {"kind": {"type": "string"}}}},
            }
        )


def _documents():
    docs = [(p.name, load_json(p)["graph"]) for p in invalid_cases() if p.stem != "graph_too_deep"]
    docs += [(p.name, load_json(p)["graph"]) for p in sorted(templates_dir().glob("*.json"))]
    return docs


@pytest.mark.parametrize(("name", "doc"), _documents(), ids=[n for n, _ in _documents()])
def test_plain_jsonschema_and_our_validator_agree(name, doc):
    """The discriminator dispatch and the compiled check are optimisations, not a dialect: a
    stock Draft 2020-12 validator accepts exactly the documents without schema.* errors."""
    plain = Draft202012Validator(load_schema()).is_valid(doc)
    ours = not any(e.code.startswith("schema.") for e in validate_graph(doc))
    assert plain == ours
    if fast_accept(doc):
        assert plain


def test_schema_folder_can_be_moved_with_an_environment_variable(monkeypatch, tmp_path):
    for name in SCHEMAS:
        shutil.copy(schema_dir() / name, tmp_path / name)
    schema = json.loads((tmp_path / "journey.schema.json").read_text())
    schema["properties"]["schema_version"]["const"] = 7
    (tmp_path / "journey.schema.json").write_text(json.dumps(schema))
    monkeypatch.setenv("JOURNEYS_SCHEMA_DIR", str(tmp_path))
    clear_caches()
    try:
        errors = validate_graph({"schema_version": 1, "settings": {}, "nodes": [], "edges": []})
        assert ("schema.const", "/schema_version") in [(e.code, e.pointer) for e in errors]
    finally:
        monkeypatch.delenv("JOURNEYS_SCHEMA_DIR")
        clear_caches()

"""The JSON Schema of the format: loading, validating, and its errors as GraphErrors.

The schemas live in `journeys/schema/` at the repository root (`JOURNEYS_SCHEMA_DIR` overrides
the folder). They are plain draft 2020-12, and jsonschema's Draft202012Validator is the
authority, with three refinements that change no verdict:

- a `oneOf` carrying an OpenAPI-style `discriminator` (`{"propertyName": "type", "mapping":
  {...}}`) dispatches on that property to the one branch it names (the branches are told apart
  by a `const`, so this accepts exactly what the plain `oneOf` accepts), and reports that
  branch's errors instead of "valid under none of the schemas";
- `required` and `additionalProperties` report one error per field, pointing at the field;
- documents go through the compiled check of `compiled.py` first, and jsonschema only lists
  the errors of what that check rejects (see `schema_errors`).

jsonschema picks the validator class from a resource's `$schema`, so a `$ref` into another
schema file (the template schema's `graph`) is checked by the stock class: `validate_template`
therefore checks the graph with `validate_graph` instead.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError, validators
from referencing import Registry, Resource

from journeys_app.settings import REPO_ROOT

from .compiled import Check, compile_part, compile_schema
from .errors import GraphError, make_error
from .pointers import join

JOURNEY_SCHEMA = "journey.schema.json"
TEMPLATE_SCHEMA = "template.schema.json"
MAX_SCHEMA_ERRORS = 200

_BASE = Draft202012Validator.VALIDATORS


def schema_dir() -> Path:
    """`$JOURNEYS_SCHEMA_DIR`, or `journeys/schema` of this checkout."""
    configured = os.environ.get("JOURNEYS_SCHEMA_DIR", "").strip()
    return Path(configured).expanduser().resolve() if configured else REPO_ROOT / "journeys" / "schema"


@lru_cache(maxsize=8)
def _load(directory: Path, name: str) -> dict[str, Any]:
    with (directory / name).open(encoding="utf-8") as fh:
        return json.load(fh)


def load_schema(name: str = JOURNEY_SCHEMA) -> dict[str, Any]:
    """A schema of the format as a dict (cached; do not mutate)."""
    return _load(schema_dir(), name)


# -- the validator class -------------------------------------------------------------------


def _one_of(
    validator: Any, one_of: list[Any], instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    discriminator = schema.get("discriminator")
    if not discriminator:
        yield from _BASE["oneOf"](validator, one_of, instance, schema)
        return
    if not validator.is_type(instance, "object"):
        return  # the sibling `type: object` reports it
    prop = discriminator["propertyName"]
    mapping: dict[str, str] = discriminator["mapping"]
    if prop not in instance:
        yield ValidationError(f"{prop!r} is a required property", validator="required", path=[prop])
        return
    value = instance[prop]
    target = mapping.get(value) if isinstance(value, str) else None
    if target is None:
        yield ValidationError(
            f"{value!r} is not a known {prop}",
            validator="discriminator",
            validator_value=sorted(mapping),
            instance=value,
            path=[prop],
        )
        return
    for index, branch in enumerate(one_of):
        if branch.get("$ref") == target:
            yield from validator.descend(instance, branch, schema_path=index)
            return
    raise LookupError(f"discriminator mapping {value!r} -> {target} names no branch of the oneOf")


def _required(
    validator: Any, required: list[str], instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "object"):
        for prop in required:
            if prop not in instance:
                yield ValidationError(f"{prop!r} is a required property", path=[prop])


def _additional_properties(
    validator: Any, additional: Any, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    if additional is False and "patternProperties" not in schema and validator.is_type(instance, "object"):
        known = schema.get("properties", {})
        for prop in instance:
            if prop not in known:
                yield ValidationError(f"Additional property {prop!r} is not allowed", path=[prop])
        return
    yield from _BASE["additionalProperties"](validator, additional, instance, schema)


JourneysValidator = validators.extend(
    Draft202012Validator,
    {"oneOf": _one_of, "required": _required, "additionalProperties": _additional_properties},
)


@lru_cache(maxsize=8)
def _validator(directory: Path, name: str) -> Any:
    resources = []
    for path in sorted(directory.glob("*.schema.json")):
        contents = _load(directory, path.name)
        resources.append((contents["$id"], Resource.from_contents(contents)))
    registry: Registry = Registry().with_resources(resources)
    schema = _load(directory, name)
    Draft202012Validator.check_schema(schema)
    return JourneysValidator(schema, registry=registry)


@lru_cache(maxsize=8)
def _fast_check(directory: Path, name: str) -> Check:
    return compile_schema(_load(directory, name))


@lru_cache(maxsize=8)
def _fast_part_check(directory: Path, part: str) -> Check:
    """`Node`, `Edge` (a `$defs` entry) or `layout` (the top-level property)."""
    schema = _load(directory, JOURNEY_SCHEMA)
    return compile_part(schema, schema["properties"][part] if part == "layout" else schema["$defs"][part])


def fast_accept(doc: Any) -> bool:
    """True only if `doc` is valid against the journey schema (compiled check; see compiled.py)."""
    return _fast_check(schema_dir(), JOURNEY_SCHEMA)(doc)


def get_validator(name: str = JOURNEY_SCHEMA) -> Any:
    """The cached validator of a schema in the schema folder (its siblings resolve by `$id`)."""
    return _validator(schema_dir(), name)


def clear_caches() -> None:
    """Forget loaded schemas (tests that point JOURNEYS_SCHEMA_DIR elsewhere)."""
    _load.cache_clear()
    _validator.cache_clear()
    _fast_check.cache_clear()
    _fast_part_check.cache_clear()


# -- errors -----------------------------------------------------------------------------------

_LIMIT_CODES = {
    "minLength": "schema.min_length",
    "maxLength": "schema.max_length",
    "minimum": "schema.minimum",
    "maximum": "schema.maximum",
    "minItems": "schema.min_items",
    "maxItems": "schema.max_items",
    "minProperties": "schema.min_properties",
    "maxProperties": "schema.max_properties",
}


def _short(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def convert_error(error: ValidationError, base: str = "") -> GraphError:
    """One jsonschema error as a GraphError; `base` prefixes the pointer (a document inside a file)."""
    path = list(error.absolute_path)
    kind = error.validator
    if "propertyNames" in error.relative_schema_path:
        return make_error(
            "schema.invalid_key", join(base, *path, str(error.instance)), key=str(error.instance)
        )
    pointer = join(base, *path)
    if kind in {"required", "additionalProperties"}:
        code = "schema.required" if kind == "required" else "schema.additional_property"
        return make_error(code, pointer, property=str(path[-1]) if path else "")
    if kind == "discriminator":
        return make_error(
            "schema.unknown_variant",
            pointer,
            property=str(path[-1]) if path else "",
            value=_short(error.instance),
            allowed=list(error.validator_value),
        )
    if kind == "type":
        return make_error("schema.type", pointer, expected=error.validator_value)
    if kind == "enum":
        return make_error("schema.enum", pointer, allowed=list(error.validator_value))
    if kind == "const":
        return make_error("schema.const", pointer, expected=error.validator_value)
    if kind == "pattern":
        examples = error.schema.get("examples", []) if isinstance(error.schema, dict) else []
        return make_error("schema.pattern", pointer, value=_short(error.instance), examples=list(examples))
    if kind in _LIMIT_CODES:
        return make_error(_LIMIT_CODES[kind], pointer, limit=error.validator_value)
    if kind == "uniqueItems":
        return make_error("schema.unique_items", pointer)
    if kind in {"anyOf", "oneOf"}:
        return make_error("schema.no_match", pointer)
    return make_error("schema.invalid", pointer, detail=_short(error.message, 200))


def schema_errors(doc: Any, name: str = JOURNEY_SCHEMA, base: str = "") -> list[GraphError]:
    """Every schema error of `doc` (at most MAX_SCHEMA_ERRORS).

    For a journey, the compiled check runs node by node and edge by edge; a document it accepts
    is valid. Otherwise jsonschema lists the errors, but only over what needs it: the document
    without its nodes, edges (and layout, if that passed), then each rejected node and edge
    (against `$defs/Node` / `$defs/Edge`). One bad node in a 1,000-node draft so costs one
    node's worth of jsonschema, not the whole graph's.
    """
    if name != JOURNEY_SCHEMA:
        return _report(get_validator(name), doc, base)
    validator = get_validator(JOURNEY_SCHEMA)
    if not isinstance(doc, dict):
        return [] if fast_accept(doc) else _report(validator, doc, base)
    directory = schema_dir()
    skeleton = dict(doc)
    rejected: list[tuple[str, str, int, Any]] = []
    for key, definition in (("nodes", "Node"), ("edges", "Edge")):
        if isinstance(doc.get(key), list):
            skeleton[key] = []
            check = _fast_part_check(directory, definition)
            rejected += [(key, definition, i, item) for i, item in enumerate(doc[key]) if not check(item)]
    if isinstance(doc.get("layout"), dict) and _fast_part_check(directory, "layout")(doc["layout"]):
        skeleton["layout"] = {}
    if not rejected and fast_accept(skeleton):
        return []
    parts = {
        definition: validator.evolve(schema={"$ref": f"{validator.schema['$id']}#/$defs/{definition}"})
        for definition in ("Node", "Edge")
    }
    items: list[GraphError] = []
    for key, definition, index, item in rejected:
        items += _report(parts[definition], item, join(base, key, index))
        if len(items) >= MAX_SCHEMA_ERRORS:
            break
    rest = _report(validator, skeleton, base)
    layout = join(base, "layout")

    def in_layout(error: GraphError) -> bool:
        return error.pointer == layout or error.pointer.startswith(layout + "/")

    ordered = [e for e in rest if not in_layout(e)] + items + [e for e in rest if in_layout(e)]
    return ordered[:MAX_SCHEMA_ERRORS]


def _report(validator: Any, doc: Any, base: str) -> list[GraphError]:
    found: list[GraphError] = []
    for error in validator.iter_errors(doc):
        found.append(convert_error(error, base))
        if len(found) >= MAX_SCHEMA_ERRORS:
            break
    return found

"""Property-based tests: random and mutated journeys never crash the validator, and whatever it
accepts satisfies the engine's invariants (checked by an independent implementation)."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from journeys_app.domain.journeys.graph import (
    GraphError,
    diff_graphs,
    graph_checksum,
    load_schema,
    validate_graph,
)
from journeys_app.domain.journeys.graph.pointers import resolve, split
from journeys_app.domain.journeys.graph.schema import convert_error, fast_accept, get_validator, schema_errors
from journeys_app.domain.journeys.templates import templates_dir

from .support import JSON_VALUES, every_node_type, invariant_violations, journeys

FAST = settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])
TEMPLATES = [
    json.loads(p.read_text(encoding="utf-8"))["graph"] for p in sorted(templates_dir().glob("*.json"))
]
SEEDS = [every_node_type(), *TEMPLATES]


def _parent_resolves(doc: Any, error: GraphError) -> None:
    """A pointer designates the offending value, or (for something missing) a place in an
    existing object: its parent always exists."""
    tokens = split(error.pointer)
    parent = "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens[:-1])
    resolve(doc, parent)


@FAST
@given(JSON_VALUES)
def test_any_json_value_is_answered_with_errors(doc):
    errors = validate_graph(doc)
    assert errors
    for error in errors:
        _parent_resolves(doc, error)


def _paths(value: Any, path: tuple = ()) -> list[tuple]:
    out = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*path, key))
    elif isinstance(value, list):
        for k, child in enumerate(value):
            out += _paths(child, (*path, k))
    return out


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A real journey with one to three values replaced by random JSON or deleted."""
    doc = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    rng = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(draw(st.integers(1, 3))):
        path = rng.choice(_paths(doc)[1:])
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JSON_VALUES)
    return doc


@FAST
@given(mutated_documents())
def test_mutated_journeys_never_crash_and_errors_point_into_the_document(doc):
    errors = validate_graph(doc)
    for error in errors:
        _parent_resolves(doc, error)
        assert error.message_en and error.message_zh
    # The compiled check may only accept what jsonschema accepts, and reporting part by part
    # finds exactly the errors jsonschema finds on the whole document.
    if fast_accept(doc):
        assert Draft202012Validator(load_schema()).is_valid(doc)
    whole = sorted((e.code, e.pointer) for e in map(convert_error, get_validator().iter_errors(doc)))
    assert sorted((e.code, e.pointer) for e in schema_errors(doc)) == whole


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(journeys(), journeys(mutations=1), journeys(mutations=2)))
def test_accepted_journeys_satisfy_the_engine_invariants(graph):
    errors = validate_graph(graph)
    violations = invariant_violations(graph)
    if not errors:
        assert violations == []
    if violations:
        assert errors, f"accepted although {violations}"


def test_the_generator_produces_valid_non_trivial_journeys():
    graph = find(
        journeys(),
        lambda g: (
            len(g["nodes"]) >= 8
            and {n["type"] for n in g["nodes"]} >= {"stage", "wait", "branch"}
            and not validate_graph(g)
        ),
        settings=settings(deadline=None, max_examples=2000, database=None, phases=[Phase.generate]),
    )
    assert invariant_violations(graph) == []


def _unique_ids(doc: Any) -> bool:
    for key in ("nodes", "edges"):
        items = doc.get(key)
        if not isinstance(items, list) or not all(
            isinstance(x, dict) and isinstance(x.get("id"), str) for x in items
        ):
            return False
        if len({x["id"] for x in items}) != len(items):
            return False
    return True


@FAST
@given(journeys(), st.randoms(use_true_random=False))
def test_layout_and_array_order_never_change_the_checksum_or_the_semantic_diff(graph, rng):
    moved = copy.deepcopy(graph)
    rng.shuffle(moved["nodes"])
    rng.shuffle(moved["edges"])
    moved["layout"] = {
        k: {"x": v["x"] + rng.randint(-50, 50), "y": v["y"] + 10} for k, v in graph["layout"].items()
    }
    assert graph_checksum(moved) == graph_checksum(graph)
    if _unique_ids(graph):  # a draft reusing an id cannot be matched node for node
        diff = diff_graphs(graph, moved)
        assert not diff.semantic_changed
        assert diff.layout_changed == bool(graph["layout"])


@FAST
@given(journeys(), mutated_documents())
def test_diff_sees_a_change_exactly_when_the_checksum_does(graph, other):
    """With unique ids (every stored version has them) the two agree on "did the semantics change"."""
    for before, after in ((graph, other), (other, graph), (graph, copy.deepcopy(graph))):
        if _unique_ids(before) and _unique_ids(after):
            changed = graph_checksum(before) != graph_checksum(after)
            assert diff_graphs(before, after).semantic_changed == changed

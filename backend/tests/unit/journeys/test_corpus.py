"""The invalid-graph corpus: one file per rule, each yielding exactly its expected error."""

from __future__ import annotations

import re

import pytest

from journeys_app.domain.journeys.graph import MESSAGES, Limits, ReferenceCatalog, validate_graph
from journeys_app.domain.journeys.graph.pointers import resolve, split

from .support import every_node_type, invalid_cases, load_json

# Codes exercised by other tests (template files, the fallback for unexpected schema keywords).
CODES_TESTED_ELSEWHERE = {
    "template.changelog_mismatch",
    "template.changelog_order",
    "template.file_name_mismatch",
    "schema.invalid",
}


def _catalog(raw):
    return None if raw is None else ReferenceCatalog(**{k: frozenset(v) for k, v in raw.items()})


def _run(case):
    limits = Limits(**case.get("limits", {}))
    return validate_graph(case["graph"], _catalog(case.get("catalog")), limits=limits)


def test_the_corpus_has_at_least_forty_cases():
    assert len(invalid_cases()) >= 40


def test_the_reference_graph_of_the_corpus_is_valid():
    catalog = load_json(invalid_cases()[0]).get("catalog")
    assert validate_graph(every_node_type(), _catalog(catalog)) == []


@pytest.mark.parametrize("path", invalid_cases(), ids=lambda p: p.stem)
def test_each_invalid_graph_yields_its_expected_error(path):
    case = load_json(path)
    errors = _run(case)
    assert [(e.code, e.pointer) for e in errors] == [(case["expect"]["code"], case["expect"]["pointer"])]
    error = errors[0]
    for message in (error.message_en, error.message_zh):
        assert message.strip()
        leftovers = [f for f in re.findall(r"(?<!\{)\{([a-z_]+)\}(?!\})", message)]
        assert not leftovers, f"unfilled fields {leftovers} in {message!r}"
    assert re.search(r"[\u4e00-\u9fff]", error.message_zh), "the Chinese message has no Chinese"
    if error.pointer:
        parent = "/" + "/".join(t.replace("~", "~0").replace("/", "~1") for t in split(error.pointer)[:-1])
        resolve(case["graph"], parent if parent != "/" else "")


def test_the_corpus_covers_every_error_code():
    covered = {load_json(p)["expect"]["code"] for p in invalid_cases()}
    assert covered | CODES_TESTED_ELSEWHERE == set(MESSAGES)

"""docs/journey-format.md documents every node type, kind and error code."""

from __future__ import annotations

from journeys_app.domain.journeys.graph import MESSAGES, load_schema
from journeys_app.settings import REPO_ROOT

DOC = (REPO_ROOT / "docs" / "journey-format.md").read_text(encoding="utf-8")


def test_every_error_code_is_documented():
    missing = [code for code in MESSAGES if f"`{code}`" not in DOC]
    assert not missing, f"undocumented error codes: {missing}"


def test_the_documented_messages_are_the_real_ones():
    for code, (en, zh) in MESSAGES.items():
        for message in (en, zh):
            shown = message.replace("{{{{", "{{").replace("}}}}", "}}").replace("|", "\\|")
            assert shown in DOC, f"docs/journey-format.md shows an outdated message for {code}"


def test_every_node_type_and_kind_is_documented():
    defs = load_schema()["$defs"]
    names = list(defs["Node"]["discriminator"]["mapping"])
    for union in ("TriggerData", "WaitData", "ActionData", "Condition", "Transition"):
        names += list(defs[union]["discriminator"]["mapping"])
    missing = [name for name in names if f"`{name}`" not in DOC]
    assert not missing, f"undocumented types or kinds: {missing}"

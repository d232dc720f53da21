import json
import logging

from journeys_app.logging_setup import configure_logging, get_logger


def test_json_log_format_emits_one_json_object_per_line_with_fields(capsys):
    configure_logging("json", "INFO")
    try:
        get_logger("journeys.test").info("customer moved", customer_id=42)
        logging.getLogger("uvicorn.error").warning("from the standard library")
        lines = [json.loads(line) for line in capsys.readouterr().err.strip().splitlines()]
    finally:
        configure_logging("console", "INFO")
    assert lines[0]["event"] == "customer moved"
    assert lines[0]["customer_id"] == 42
    assert lines[0]["level"] == "info"
    assert "timestamp" in lines[0]
    assert lines[1]["event"] == "from the standard library"
    assert lines[1]["logger"] == "uvicorn.error"

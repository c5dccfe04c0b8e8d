"""The suite-wide guard (tests/pii_guard.py) really sees a leak, and logs are redacted."""

import logging

from recruit.privacy import RedactResidentIds, redact_resident_ids
from tests import pii_guard
from tests.factories import resident_id


def test_leaks_finds_known_numbers_only():
    number = resident_id()
    lower = number.lower()
    masked = "*" * 14 + number[-4:]
    assert pii_guard.leaks(f'{{"id": "{number}"}}', {number}) == {number}
    assert pii_guard.leaks(f"ID {lower} logged", {number}) == {number}
    assert pii_guard.leaks(f'{{"id": "{masked}"}}', {number}) == set()
    assert pii_guard.leaks(f"other {resident_id('110101')}", {number}) == set()


def test_the_guard_collects_submitted_numbers_and_captures_logs(make_jobseeker):
    seeker = make_jobseeker()
    number = seeker.extra["resident_id"]
    assert number in pii_guard.KNOWN_IDS
    # the responses were captured (with the masked number in them)
    assert any(seeker.extra["profile"]["resident_id"] in text for text in pii_guard._responses)
    logging.getLogger("recruit.somewhere").warning("oops %s", number)
    assert pii_guard.leaks("\n".join(pii_guard._capture.lines), pii_guard.KNOWN_IDS) == {number}
    pii_guard._capture.lines.clear()  # the planted leak must not fail this test's teardown


def test_log_records_are_redacted_by_the_app_filter():
    number = resident_id()
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "id=%s ok", (number,), None)
    assert RedactResidentIds().filter(record) is True
    assert record.getMessage() == f"id={'*' * 14}{number[-4:]} ok"
    # 18 digits that are not a valid number (a bank reference, say) are left alone
    assert redact_resident_ids("ref 123456789012345678") == "ref 123456789012345678"


def test_tracebacks_are_redacted_too():
    number = resident_id()
    try:
        raise ValueError(f"bad row {number}")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    RedactResidentIds().filter(record)
    assert number not in record.exc_text and "*" * 14 + number[-4:] in record.exc_text
    # a record whose arguments do not fit its format is let through untouched
    broken = logging.LogRecord("x", logging.INFO, __file__, 1, "%s %s", ("one",), None)
    assert RedactResidentIds().filter(broken) is True

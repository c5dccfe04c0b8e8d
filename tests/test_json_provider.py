"""Answers are written by orjson: Chinese as UTF-8, ISO dates, the keys in the order given."""

import datetime as dt
import decimal
import json


def test_answers_are_utf8_iso_dates_and_keep_key_order(app):
    with app.test_request_context():
        body = app.json.response({"名称": "武汉", "day": dt.date(2020, 6, 30), 7: "seven",
                                  "at": dt.datetime(2020, 6, 30, 8, 0, tzinfo=dt.UTC),
                                  "amount": decimal.Decimal("2.5"), "a": 1}).get_data()
    assert "武汉".encode() in body and b"\\u" not in body
    assert json.loads(body) == {"名称": "武汉", "day": "2020-06-30", "7": "seven",
                                "at": "2020-06-30T08:00:00+00:00", "amount": "2.5", "a": 1}
    assert list(json.loads(body)) == ["名称", "day", "7", "at", "amount", "a"]


def test_a_malformed_body_is_still_a_clear_400(client):
    r = client.post("/api/v1/auth/login", data=b"{not json", content_type="application/json")
    assert r.status_code == 400 and r.get_json()["status"] == 400

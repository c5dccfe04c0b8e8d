"""The partner change feed (issue 16, item 4): keys with scopes and their own limits, the stream
replayed by a partner into its own store equals what search returns, with writes between pages,
threads committing while it reads, a transaction that commits late, and the daily snapshot."""

from __future__ import annotations

import io
import json
import threading
import time

from sqlalchemy import select, text, update

from recruit.audit.models import AuditEntry
from recruit.extensions import db
from recruit.partners import feed
from recruit.partners.models import PartnerKey
from tests.factories import sync_search, vacancy_payload

PUBLIC_FIELDS = {"id", "employer_id", "employer_name", "is_key_enterprise", "title",
                 "description", "occupation_code", "industry_code", "region_code", "address", "lat",
                 "lon", "headcount", "open_headcount", "salary_min", "salary_max", "education_min",
                 "experience_min_years", "employment_type", "benefits", "welcomed_groups", "expires_at",
                 "published_at"}


def _key(admin, **body) -> dict:
    r = admin.post("/api/v1/admin/partner-keys", json={"name": "某招聘平台", **body})
    assert r.status_code == 201, r.get_json()
    return r.get_json()


class Partner:
    """A partner platform's client: replays the stream into its own store, page by page,
    resuming from the cursor it keeps."""

    def __init__(self, client, key: str, cursor: str = "0.0"):
        self.client, self.key, self.cursor = client, key, cursor
        self.store: dict[int, dict] = {}
        self.pages = 0

    def read(self, limit: int = 3) -> bool:
        """One page; True when there was more to read."""
        r = self.client.get("/api/v1/stream", query_string={"since": self.cursor, "limit": limit},
                            headers={"X-Partner-Key": self.key})
        assert r.status_code == 200, r.get_json()
        body = r.get_json()
        for item in body["items"]:
            assert item["op"] in ("published", "changed", "removed")
            if item["op"] == "removed":
                assert item["vacancy"] is None
                self.store.pop(item["vacancy_id"], None)
            else:
                assert set(item["vacancy"]) == PUBLIC_FIELDS, set(item["vacancy"]) ^ PUBLIC_FIELDS
                self.store[item["vacancy_id"]] = item["vacancy"]
            self.cursor = item["cursor"]
        self.cursor = body["next_cursor"]
        self.pages += 1
        return body["has_more"]

    def catch_up(self, limit: int = 3) -> None:
        while self.read(limit):
            pass


def _searched(client) -> dict[int, dict]:
    """Every vacancy search returns (no query: everything live), page by page."""
    found: dict[int, dict] = {}
    page = 1
    while True:
        r = client.get("/api/v1/search/vacancies", query_string={"page": page, "per_page": 100})
        assert r.status_code == 200, r.get_json()
        hits = r.get_json()["hits"]
        found.update({h["id"]: h for h in hits})
        if len(hits) < 100:
            return found
        page += 1


def _agree(partner: Partner, searched: dict[int, dict]) -> None:
    assert set(partner.store) == set(searched)
    for vid, hit in searched.items():
        mine = partner.store[vid]
        assert (mine["title"], mine["salary_min"], mine["open_headcount"]) == \
            (hit["title"], hit["salary_min"], hit["open_headcount"]), vid


def _import(employer, rows: list[str]) -> None:
    head = "岗位编号,岗位名称,岗位描述,工作地点区划代码,职业代码,招聘人数,月薪下限,月薪上限\n"
    r = employer.client.post("/api/v1/employers/me/vacancy-imports", headers=employer.headers,
                             query_string={"submit": "true"},
                             data={"file": (io.BytesIO((head + "\n".join(rows)).encode()), "v.csv")},
                             content_type="multipart/form-data")
    assert r.status_code == 201 and r.get_json()["failed"] == 0, r.get_json()


def test_keys_are_hashed_scoped_revocable_audited_and_limited(app, client, make_staff, make_jobseeker):
    admin = make_staff("admin")
    made = _key(admin, rate_limit="3/minute")
    key = made["key"]
    assert key.startswith(f"rpk_{made['prefix']}_") and made["scopes"] == ["feed:read"]
    listed = admin.get("/api/v1/admin/partner-keys").get_json()
    assert [k["prefix"] for k in listed] == [made["prefix"]] and "key" not in listed[0]
    with app.app_context():
        row = db.session.get(PartnerKey, made["id"])
        assert row.key_hash != key and len(row.key_hash) == 64
        secret = key.removeprefix(f"rpk_{made['prefix']}_")  # the secret may hold "_" itself
        assert len(secret) >= 20
        for table in db.metadata.sorted_tables:  # the key itself is nowhere
            assert not db.session.scalar(text(f"select count(*) from {table.name} t where t::text like :k"),
                                         {"k": f"%{secret}%"}), table.name
    # a person's token is not a partner key; a wrong or missing key is 401
    seeker = make_jobseeker()
    assert seeker.get("/api/v1/stream").get_json()["code"] == "missing_partner_key"
    bad = client.get("/api/v1/stream", headers={"X-Partner-Key": key[:-2] + "xx"})
    assert bad.status_code == 401 and bad.get_json()["code"] == "invalid_partner_key"
    # the key's own limit, counted per key
    other = _key(admin, name="另一平台")["key"]
    answers = [client.get("/api/v1/stream", headers={"X-Partner-Key": key}).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    assert client.get("/api/v1/stream", headers={"X-Partner-Key": other}).status_code == 200
    # a key without the scope is 403
    with app.app_context():
        db.session.execute(update(PartnerKey).where(PartnerKey.key_hash != row.key_hash).values(scopes=[]))
        db.session.commit()
    r = client.get("/api/v1/stream", headers={"X-Partner-Key": other})
    assert r.status_code == 403 and r.get_json()["code"] == "missing_scope"
    # revoked: 401 at once; revoking again changes nothing
    assert admin.post(f"/api/v1/admin/partner-keys/{made['id']}/revoke").status_code == 200
    assert admin.post(f"/api/v1/admin/partner-keys/{made['id']}/revoke").status_code == 200
    r = client.get("/api/v1/stream", headers={"X-Partner-Key": key})
    assert r.status_code == 401 and r.get_json()["code"] == "invalid_partner_key"
    with app.app_context():
        actions = db.session.scalars(select(AuditEntry.action).where(AuditEntry.target_type == "partner_key")
                                     .order_by(AuditEntry.id)).all()
    assert actions == ["partner_key.create", "partner_key.create", "partner_key.revoke"]
    bad_limit = admin.post("/api/v1/admin/partner-keys", json={"name": "平台", "rate_limit": "lots"})
    assert bad_limit.status_code == 422


def test_a_partner_replaying_the_stream_in_pages_has_what_search_returns(
        app, client, search, make_staff, make_employer, make_vacancy, make_jobseeker):
    partner = Partner(client, _key(make_staff("admin"))["key"])
    employer = make_employer()
    first = [make_vacancy(employer, title=f"维修电工{i}", headcount=2)["id"] for i in range(5)]
    partner.read()  # a first page, then writes between pages
    r = employer.client.patch(f"/api/v1/employers/me/vacancies/{first[0]}", headers=employer.headers,
                              json={"salary_min": 6500})
    assert r.status_code == 200, r.get_json()
    r = employer.post(f"/api/v1/employers/me/vacancies/{first[1]}/close", json={})
    assert r.status_code == 200, r.get_json()
    seeker = make_jobseeker()
    application = seeker.post(f"/api/v1/vacancies/{first[2]}/applications").get_json()["id"]
    assert employer.post(f"/api/v1/applications/{application}/hire").status_code == 200
    partner.read()
    _import(employer, [f"B{i},电焊工{i},负责钢结构焊接，持证上岗，包吃住。,420102,6-31,{i + 1},5000,8000"
                       for i in range(7)])
    # a flagged edit takes a live vacancy out while it waits for review
    r = employer.client.patch(f"/api/v1/employers/me/vacancies/{first[3]}", headers=employer.headers,
                              json={"description": "负责厂区设备的日常维修与保养，限男性。"})
    assert r.status_code == 200 and r.get_json()["status"] == "pending_review", r.get_json()
    partner.catch_up()
    sync_search(app)
    searched = _searched(client)
    assert len(searched) == 5 + 7 - 2
    _agree(partner, searched)
    assert partner.store[first[0]]["salary_min"] == 6500
    assert partner.store[first[2]]["open_headcount"] == 1
    assert partner.pages > 4
    # an operator approves the held one: it is back for partners too
    operator = make_staff("operator", "4201")
    assert operator.post(f"/api/v1/review/vacancies/{first[3]}/approve", json={}).status_code == 200
    partner.catch_up()
    sync_search(app)
    _agree(partner, _searched(client))
    # caught up: nothing more, the cursor stays
    cursor = partner.cursor
    assert partner.read() is False and partner.cursor == cursor


def test_a_transaction_that_commits_late_is_not_skipped(app, client, make_staff, make_employer, make_vacancy):
    """Ids come in INSERT order: a reader must not pass a row whose transaction is still open."""
    partner = Partner(client, _key(make_staff("admin"))["key"])
    employer = make_employer()
    early, late = (make_vacancy(employer, title=t)["id"] for t in ("钳工", "车工"))
    partner.catch_up()
    assert set(partner.store) == {early, late}
    with app.app_context():
        slow = db.engine.connect()
        transaction = slow.begin()
        # the slow transaction changes `early` first (its row gets the smaller id) ...
        slow.execute(text("update vacancies set title = '高级钳工', version = version + 1 where id = :v"),
                     {"v": early})
        slow.execute(text("insert into vacancy_changes (vacancy_id) values (:v)"), {"v": early})
        # ... a quick one changes `late` and commits
        r = employer.client.patch(f"/api/v1/employers/me/vacancies/{late}", headers=employer.headers,
                                  json={"salary_max": 9900})
        assert r.status_code == 200, r.get_json()
        partner.catch_up()
        # neither is handed out while the slow one is open: the quick one's row lies beyond it
        assert partner.store[late]["salary_max"] == 9000 and partner.store[early]["title"] == "钳工"
        transaction.commit()
        slow.close()
    partner.catch_up()
    assert partner.store[early]["title"] == "高级钳工" and partner.store[late]["salary_max"] == 9900


def test_no_gaps_while_threads_commit_during_the_reads(
        app, client, search, make_staff, make_employer, make_vacancy):
    partner = Partner(client, _key(make_staff("admin"), rate_limit="100000/minute")["key"])
    employers = [make_employer(f"公司{i}") for i in range(3)]
    seeded = {e.account["id"]: [make_vacancy(e, title=f"普工{j}")["id"] for j in range(3)] for e in employers}
    done = threading.Event()
    errors: list[str] = []

    def write(employer, ids: list[int]) -> None:
        web = app.test_client()
        headers = employer.headers
        try:
            for step in range(12):
                if step % 3 == 0:
                    r = web.post("/api/v1/vacancies", headers=headers,
                                 json=vacancy_payload(title=f"装配工{step}", headcount=step + 1))
                    ids.append(r.get_json()["id"])
                elif step % 3 == 1:
                    r = web.patch(f"/api/v1/employers/me/vacancies/{ids[-1]}", headers=headers,
                                  json={"salary_min": 5000 + step})
                else:
                    r = web.post(f"/api/v1/employers/me/vacancies/{ids.pop(0)}/close", headers=headers,
                                 json={})
                if r.status_code >= 300:
                    errors.append(f"{r.status_code} {r.get_json()}")
        except Exception as exc:  # noqa: BLE001 - reported by the test
            errors.append(repr(exc))

    threads = [threading.Thread(target=write, args=(e, seeded[e.account["id"]])) for e in employers]

    def read() -> None:
        while not done.is_set():
            partner.read(limit=4)
            time.sleep(0.005)

    reader = threading.Thread(target=read)
    reader.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    reader.join()
    assert errors == []
    partner.catch_up(limit=4)
    sync_search(app)
    searched = _searched(client)
    assert len(searched) == 3 * (3 + 4 - 4)
    _agree(partner, searched)
    assert partner.pages > 10


def test_the_snapshot_and_the_stream_after_it_equal_search(
        app, client, search, make_staff, make_employer, make_vacancy, tmp_path):
    partner = Partner(client, _key(make_staff("admin"))["key"])
    employer = make_employer()
    ids = [make_vacancy(employer, title=f"仓管员{i}")["id"] for i in range(4)]
    employer.post(f"/api/v1/employers/me/vacancies/{ids[0]}/close", json={})
    configured = app.config["FEED_SNAPSHOT_DIR"]
    app.config["FEED_SNAPSHOT_DIR"] = str(tmp_path)
    try:
        none_yet = client.get("/api/v1/stream/snapshot", headers={"X-Partner-Key": partner.key})
        assert none_yet.status_code == 404
        result = app.test_cli_runner().invoke(args=["recruit", "feed-snapshot"])
        assert result.exit_code == 0, result.output
        written = json.loads(result.output)
        assert written["vacancies"] == 3
        # changes after the snapshot
        employer.post(f"/api/v1/employers/me/vacancies/{ids[1]}/close", json={})
        fresh = make_vacancy(employer, title="理货员")["id"]
        r = client.get("/api/v1/stream/snapshot", headers={"X-Partner-Key": partner.key})
        assert r.status_code == 200 and r.headers["X-Feed-Cursor"] == written["cursor"]
        lines = [json.loads(line) for line in r.get_data(as_text=True).splitlines()]
        r.close()
    finally:
        app.config["FEED_SNAPSHOT_DIR"] = configured
    assert lines[0]["snapshot"]["cursor"] == written["cursor"] and lines[-1] == {"end": {"vacancies": 3}}
    snapshot = {v["id"]: v for v in lines[1:-1]}
    assert set(snapshot) == set(ids[1:]) and all(set(v) == PUBLIC_FIELDS for v in snapshot.values())
    partner.store, partner.cursor = snapshot, lines[0]["snapshot"]["cursor"]
    partner.catch_up()
    sync_search(app)
    searched = _searched(client)
    assert set(searched) == {ids[2], ids[3], fresh}
    _agree(partner, searched)


def test_the_cursor_is_checked(app, client, make_staff):
    key = _key(make_staff("admin"))["key"]
    for since in ("abc", "1", "-1.0", "1.2.3"):
        r = client.get("/api/v1/stream", query_string={"since": since}, headers={"X-Partner-Key": key})
        assert r.status_code == 400, since
    with app.app_context():
        assert feed.parse_cursor("12.34") == (12, 34)

"""Bulk import: per-row errors with row/column/reason, idempotent re-uploads, CSV and XLSX, CLI."""

import csv
import io

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from recruit.vacancies import import_writer, importer
from tests.factories import vacancy_payload

HEADER = [h for _, h, _, _ in importer.COLUMNS]


def _row(ref, title="维修电工", **overrides):
    values = {
        "岗位编号": ref,
        "岗位名称": title,
        "岗位描述": "负责厂区配电设备巡检与维修，持证上岗，缴纳五险一金。",
        "职业代码": "6-31",
        "行业代码": "",
        "工作地点区划代码": "420102",
        "工作地址": "",
        "纬度": "",
        "经度": "",
        "招聘人数": "3",
        "月薪下限": "6000",
        "月薪上限": "9000",
        "最低学历": "大专",
        "最低工作年限": "1",
        "用工形式": "全职",
        "福利": "五险一金|包吃住",
        "欢迎群体": "高校毕业生",
        "截止日期": "2099-06-30",
    }
    values.update(overrides)
    return [values[h] for h in HEADER]


def _csv(rows) -> bytes:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(HEADER)
    w.writerows(rows)
    return out.getvalue().encode("utf-8")


def _hits(actor, vacancy: dict) -> list:
    """The screen's hits, which only staff see."""
    from recruit.extensions import db
    from recruit.vacancies.models import Vacancy

    assert "screen_hits" not in vacancy
    with actor.client.application.app_context():
        return db.session.get(Vacancy, vacancy["id"]).screen_hits


def _upload(actor, data: bytes, name="jobs.csv", submit=True):
    return actor.client.post(
        "/api/v1/employers/me/vacancy-imports",
        headers=actor.headers,
        query_string={"submit": "true" if submit else "false"},
        data={"file": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


def test_good_rows_are_created_and_bad_rows_reported_with_row_column_reason(make_employer):
    employer = make_employer()
    data = _csv(
        [
            _row("A1"),
            _row("A2", **{"月薪下限": "9000", "月薪上限": "6000"}),
            _row("A3", **{"职业代码": "6-77", "招聘人数": "三"}),
            _row("A4", title="包装工", **{"岗位描述": "负责产品包装，限男性，包吃住，缴纳五险一金。"}),
            _row("A1", title="重复"),
            _row("", title="没有编号"),
        ]
    )
    r = _upload(employer, data)
    assert r.status_code == 201, r.get_json()
    body = r.get_json()
    assert (body["rows"], body["created"], body["failed"]) == (6, 2, 4)
    assert {(e["row"], e["column"]) for e in body["errors"]} == {
        (3, "月薪下限"),
        (4, "职业代码"),
        (4, "招聘人数"),
        (6, "岗位编号"),
        (7, "岗位编号"),
    }
    assert all(e["reason"] for e in body["errors"])
    mine = {v["external_ref"]: v for v in employer.get("/api/v1/employers/me/vacancies").get_json()}
    assert mine["A1"]["status"] == "published" and mine["A4"]["status"] == "pending_review"
    assert mine["A1"]["education_min"] == "associate"
    assert mine["A1"]["benefits"] == ["social_insurance_housing_fund", "room_and_board"]
    assert mine["A1"]["industry_code"] == "C38"
    # the error file: same rows, columns and reasons
    r = employer.get(f"/api/v1/employers/me/vacancy-imports/{body['id']}/errors.csv")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    lines = list(csv.reader(io.StringIO(r.data.decode("utf-8-sig"))))
    assert lines[0] == ["行号", "列", "原因"] and len(lines) == 1 + len(body["errors"])


def test_imported_rows_record_every_step_as_a_form_post_would(make_employer):
    employer = make_employer()
    flagged = "负责产品包装，限男性，包吃住，缴纳五险一金。"
    rows = [_row("S1"), _row("S2", title="包装工", **{"岗位描述": flagged}), _row("S3")]
    assert _upload(employer, _csv(rows), name="steps.csv").status_code == 201
    drafts = _upload(employer, _csv([_row("D1")]), name="drafts.csv", submit=False)
    assert drafts.status_code == 201
    mine = {v["external_ref"]: v for v in employer.get("/api/v1/employers/me/vacancies").get_json()}

    def steps(ref):
        r = employer.get(f"/api/v1/employers/me/vacancies/{mine[ref]['id']}/transitions")
        return [(s["from_status"], s["to_status"], s["actor"], s["reason"]) for s in r.get_json()]

    assert steps("S1") == steps("S3") == [
        (None, "draft", "employer", "批量导入（steps.csv）"),
        ("draft", "pending_review", "employer", "提交审核"),
        ("pending_review", "published", "system", "自动筛查通过"),
    ]
    assert steps("S2") == [
        (None, "draft", "employer", "批量导入（steps.csv）"),
        ("draft", "pending_review", "employer",
         "提交审核；自动筛查发现：含性别限制或性别偏好（限男性），等待人工审核"),
    ]
    assert steps("D1") == [(None, "draft", "employer", "批量导入（drafts.csv）")]


def test_an_imported_row_stores_every_column_as_the_form_would(make_employer):
    """Binary COPY takes each column's own type (int2, float8, varchar[], timestamptz, jsonb)."""
    employer = make_employer()
    filled = {"工作地址": "武汉市江岸区解放大道1000号", "纬度": "30.58", "经度": "114", "最低工作年限": "2",
              "行业代码": "C38", "用工形式": "兼职", "福利": "五险一金|包吃住",
              "欢迎群体": "高校毕业生|农民工", "截止日期": "2099-06-30"}
    flagged = {"岗位描述": "负责配电巡检，限男性，缴纳五险一金。"}
    rows = [_row("F1", **filled), _row("F2", **{"福利": "", "欢迎群体": ""}), _row("F3", **filled, **flagged)]
    assert _upload(employer, _csv(rows)).get_json()["created"] == 3
    form = employer.post("/api/v1/vacancies", json=vacancy_payload(
        address="武汉市江岸区解放大道1000号", lat=30.58, lon=114, experience_min_years=2, industry_code="C38",
        employment_type="part_time", benefits=["social_insurance_housing_fund", "room_and_board"],
        welcomed_groups=["graduate", "migrant_worker"], expires_at="2099-07-01T00:00:00+08:00",
        education_min="associate", description=_row("x")[2]))
    assert form.status_code == 201, form.get_json()
    mine = {v["external_ref"]: v for v in employer.get("/api/v1/employers/me/vacancies").get_json()}
    compared = ("title", "description", "region_code", "address", "lat", "lon", "occupation_code",
                "industry_code", "education_min", "experience_min_years", "employment_type", "benefits",
                "welcomed_groups", "expires_at", "headcount", "salary_min", "salary_max", "status")
    expected = {k: form.get_json()[k] for k in compared}
    assert {k: mine["F1"][k] for k in compared} == expected
    assert (mine["F1"]["lat"], mine["F1"]["lon"]) == (30.58, 114.0)
    assert (mine["F2"]["benefits"], mine["F2"]["welcomed_groups"], mine["F2"]["lat"]) == ([], [], None)
    assert mine["F3"]["status"] == "pending_review" and _hits(employer, mine["F3"])[0]["match"] == "限男性"
    with employer.client.application.app_context():  # stored as the form stores them, not as NULL
        from sqlalchemy import text

        from recruit.extensions import db

        stored = db.session.execute(text("select benefits, welcomed_groups from vacancies where id = :id"),
                                    {"id": mine["F2"]["id"]}).one()
    assert tuple(stored) == ([], [])


def test_an_imported_row_with_a_long_flagged_match_is_created_for_review(make_employer):
    employer = make_employer()
    email = "hr" * 240 + "@example.com"
    description = f"负责配电巡检，简历请发至{email}，缴纳五险一金。"
    body = _upload(employer, _csv([_row("L1", **{"岗位描述": description})]))
    assert body.status_code == 201 and body.get_json()["created"] == 1, body.get_json()
    mine = employer.get("/api/v1/employers/me/vacancies").get_json()
    assert mine[0]["status"] == "pending_review" and _hits(employer, mine[0])[0]["match"] == email
    steps = employer.get(f"/api/v1/employers/me/vacancies/{mine[0]['id']}/transitions").get_json()
    assert steps[-1]["to_status"] == "pending_review" and len(steps[-1]["reason"]) <= 500


def test_imports_run_without_the_cyclic_collector_and_restore_it(app, make_employer):
    import gc

    collections = []

    def seen(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    employer = make_employer()
    data = _csv([_row(f"G{i}") for i in range(300)])
    gc.callbacks.append(seen)
    try:
        _ = [{"row": i} for i in range(20_000)]  # the same allocations outside an import do collect
        assert collections
        collections.clear()
        with app.app_context():
            batch = importer.import_file(employer_id=employer.extra["employer"]["id"], account_id=None,
                                         filename="gc.csv", data=data, submit=True, chunk_size=100)
            assert batch.created == 300
        # the garbage of the whole import is collected once, when the collector is back
        assert len(collections) <= 1, collections
        with app.app_context(), pytest.raises(importer.FileError):
            importer.import_file(employer_id=employer.extra["employer"]["id"], account_id=None,
                                 filename="broken.xlsx", data=b"\xff\xfe not a table", submit=True)
    finally:
        gc.callbacks.remove(seen)
    assert gc.isenabled()


def test_reupload_skips_equal_rows_and_updates_changed_ones(app, make_employer):
    from sqlalchemy import func, select

    from recruit import clock
    from recruit.extensions import db
    from recruit.reporting import report
    from recruit.search.models import SearchOutbox

    employer = make_employer()
    rows = [_row("B1"), _row("B2", **{"工作地点区划代码": "420106"})]
    assert _upload(employer, _csv(rows)).get_json()["created"] == 2
    with app.app_context():
        day = clock.today()
        counted = {region: report.headline(
                       report.ReportCut(start=day, end=day, region_prefix=region))["positions_posted"]
                   for region in ("420102", "420106")}
        assert counted == {"420102": 3, "420106": 3}
        assert db.session.scalar(select(func.count()).select_from(SearchOutbox)) == 2
    again = _upload(employer, _csv(rows)).get_json()
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 2)
    changed = _upload(
        employer, _csv([_row("B1", **{"招聘人数": "7"}), _row("B2", title="高级电工")])
    ).get_json()
    assert (changed["created"], changed["updated"], changed["unchanged"]) == (0, 2, 0)
    mine = {v["external_ref"]: v for v in employer.get("/api/v1/employers/me/vacancies").get_json()}
    assert len(mine) == 2 and mine["B1"]["headcount"] == 7 and mine["B2"]["title"] == "高级电工"
    steps = employer.get(f"/api/v1/employers/me/vacancies/{mine['B2']['id']}/transitions").get_json()
    assert [s["to_status"] for s in steps][-2:] == ["pending_review", "published"]  # re-reviewed


def test_drafts_when_not_submitted_and_xlsx_works(make_employer):
    employer = make_employer()
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append([int(v) if v.isdigit() else v for v in _row("X1")])
    buf = io.BytesIO()
    wb.save(buf)
    body = _upload(employer, buf.getvalue(), name="jobs.xlsx", submit=False).get_json()
    assert body["created"] == 1 and body["errors"] == []
    assert employer.get("/api/v1/employers/me/vacancies").get_json()[0]["status"] == "draft"


def test_whole_file_problems_are_422_naming_the_file(make_employer):
    employer = make_employer()
    r = _upload(employer, b"title,description\nx,y\n")
    assert r.status_code == 422 and "岗位编号" in r.get_json()["errors"]["files"]["file"][0]
    r = _upload(employer, b"%PDF-1.4", name="jobs.pdf")
    assert r.status_code == 422 and "file" in r.get_json()["errors"]["files"]
    r = _upload(employer, b"not a zip", name="jobs.xlsx")
    assert r.status_code == 422
    assert employer.get("/api/v1/employers/me/vacancies").get_json() == []


def test_row_limit(app, make_employer):
    employer = make_employer()
    with app.app_context():
        try:
            importer.import_file(
                employer_id=employer.extra["employer"]["id"],
                account_id=None,
                filename="big.csv",
                data=_csv([_row(f"L{i}") for i in range(3)]),
                submit=False,
                max_rows=2,
                chunk_size=1,  # with chunks of one, rows before the limit would already be written
            )
        except importer.FileError as exc:
            assert "最多 2 行" in exc.message
        else:
            raise AssertionError("row limit not enforced")
        from sqlalchemy import func, select

        from recruit.extensions import db
        from recruit.vacancies.models import Vacancy

        assert db.session.scalar(select(func.count()).select_from(Vacancy)) == 0  # nothing half-written


def test_template_imports_cleanly_and_others_cannot_see_a_batch(client, make_employer):
    employer, rival = make_employer(), make_employer("别家")
    template = client.get("/api/v1/employers/me/vacancy-imports/template.csv")
    assert template.status_code == 200
    body = _upload(employer, template.data).get_json()
    assert (body["created"], body["failed"]) == (1, 0)
    assert rival.get(f"/api/v1/employers/me/vacancy-imports/{body['id']}").status_code == 404
    assert rival.get(f"/api/v1/employers/me/vacancy-imports/{body['id']}/errors.csv").status_code == 404
    assert [b["id"] for b in employer.get("/api/v1/employers/me/vacancy-imports").get_json()] == [body["id"]]


def test_cli_import_is_idempotent(app, make_employer, tmp_path):
    employer = make_employer()
    path = tmp_path / "jobs.csv"
    path.write_bytes(_csv([_row("C1"), _row("C2", **{"招聘人数": "0"})]))
    from recruit.cli import cli

    runner = CliRunner()
    with app.app_context():
        code = employer.extra["employer"]["credit_code"]
        first = runner.invoke(cli, ["import-vacancies", str(path), "--credit-code", code, "--submit"])
        second = runner.invoke(cli, ["import-vacancies", str(path), "--credit-code", code])
    assert "created 1" in first.output and "failed 1" in first.output and "row 3 招聘人数" in first.output
    assert "created 0" in second.output and "unchanged 1" in second.output


def test_malformed_csv_is_a_file_error_not_a_crash(make_employer):
    employer = make_employer()
    huge = _csv([]) + b'"' + b"x" * 200_000 + b'"\n'
    r = _upload(employer, huge)
    assert r.status_code == 422 and "file" in r.get_json()["errors"]["files"]
    r = _upload(employer, _csv([_row("N1", title="电工\x00")]))
    assert r.status_code == 201 and r.get_json()["created"] == 1


def test_parallel_uploads_of_one_file_never_duplicate(app, make_employer):
    import threading

    employer = make_employer()
    data = _csv([_row(f"P{i}") for i in range(5)])
    barrier, statuses = threading.Barrier(3), []

    def upload():
        client = app.test_client()
        barrier.wait()
        r = client.post(
            "/api/v1/employers/me/vacancy-imports",
            headers=employer.headers,
            query_string={"submit": "true"},
            data={"file": (io.BytesIO(data), "jobs.csv")},
            content_type="multipart/form-data",
        )
        statuses.append(r.status_code)

    threads = [threading.Thread(target=upload) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [201, 201, 201]  # the later ones wait for the first and find its rows
    refs = [v["external_ref"] for v in employer.get("/api/v1/employers/me/vacancies").get_json()]
    assert sorted(refs) == [f"P{i}" for i in range(5)]


def _schema_or_error(load, data):
    import marshmallow as ma

    try:
        return "ok", load(data)
    except ma.ValidationError as exc:
        return "error", exc.normalized_messages()


def test_cached_loader_agrees_with_the_schema_on_good_and_bad_rows():
    import random

    from recruit.vacancies.schemas import CachedFieldsLoader, VacancyFieldsSchema

    good = {"title": "维修电工", "description": "负责配电设备巡检与维修，持证上岗。",
            "occupation_code": "6-31", "region_code": "420102", "headcount": 3, "salary_min": 6000,
            "salary_max": 9000,
            "education_min": "associate", "benefits": ["room_and_board", "room_and_board"],
            "welcomed_groups": ["graduate"], "expires_at": "2099-07-01T00:00:00+08:00"}
    bad_values = {"title": ["", "x", None, 5], "occupation_code": ["6-77", "", None],
                  "region_code": ["420100", "999999", 420102], "headcount": [0, "3", 3.5, True, None, 10_001],
                  "salary_min": [9500, -1, "6000"], "salary_max": [5000, 2_000_000],
                  "education_min": ["大专", None],
                  "benefits": [["free_lunch"], "room_and_board", [1], [None]],
                  "welcomed_groups": [["nobody", "graduate"], {}], "lat": [30.5, 99.0, "x"],
                  "lon": [114.3, None],
                  "expires_at": ["2099-07-01", "tomorrow", None], "industry_code": ["C38", "Z99", None],
                  "experience_min_years": [41, -1, 2], "employment_type": ["part_time", "gig"],
                  "unknown_column": ["x"]}
    rng = random.Random(7)
    rows = [dict(good)]
    for _ in range(400):
        row = dict(good)
        for field in rng.sample(sorted(bad_values), rng.choice([1, 1, 2, 3])):
            row[field] = rng.choice(bad_values[field])
        if rng.random() < 0.2:
            row.pop(rng.choice(sorted(row)))
        rows.append(row)
    schema, loader = VacancyFieldsSchema(), CachedFieldsLoader()
    outcomes = set()
    for row in rows + rows:  # the second pass answers from the memo
        expected = _schema_or_error(schema.load, dict(row))
        assert _schema_or_error(loader.load, dict(row)) == expected, row
        outcomes.add(expected[0])
    assert outcomes == {"ok", "error"}
    # the loader calls these two hooks itself: a new hook on the schema must be added there too
    import inspect

    assert {name for name, f in inspect.getmembers(VacancyFieldsSchema)
            if hasattr(f, "__marshmallow_hook__")} == {"_cross_fields", "_dedupe"}
    # answers are fresh objects: changing one never changes the next
    first = loader.load(dict(good))
    first["benefits"].append("transport")
    assert loader.load(dict(good))["benefits"] == ["room_and_board"]


def test_imported_counts_agree_with_a_recount(app, make_employer):
    from recruit.reporting.reconcile import reconcile

    employer = make_employer()
    regions = ["420102", "420106", "440103", "110101"]
    occupations = ["6-31", "4-02", "2-02"]
    rows = [_row(f"R{i}", **{"工作地点区划代码": regions[i % 4], "职业代码": occupations[i % 3],
                             "行业代码": ["", "C38", "F52"][i % 3], "招聘人数": str(i % 5 + 1)})
            for i in range(30)]
    rows.append(_row("R-held", title="包装工", **{"岗位描述": "负责产品包装，限男性，包吃住。"}))
    body = _upload(employer, _csv(rows)).get_json()
    assert body["created"] == 31
    with app.app_context():
        from recruit import clock
        from recruit.reporting import report

        day = clock.today()
        hubei = report.ReportCut(start=day, end=day, region_prefix="42")
        assert report.headline(hubei)["positions_posted"] == sum(
            i % 5 + 1 for i in range(30) if regions[i % 4].startswith("42"))
        assert reconcile() == []


def test_the_binary_copy_types_are_the_tables_own(app):
    from sqlalchemy import text

    from recruit.extensions import db

    with app.app_context():
        table = dict(db.session.execute(text(
            "select attname::text, atttypid::regtype::text from pg_attribute "
            "where attrelid = 'vacancies'::regclass and attnum > 0 and not attisdropped")).all())
        ours = {column: db.session.scalar(text("select cast(:t as regtype)::text"), {"t": name})
                for column, name in import_writer._VACANCY_COPY}
    assert ours == {column: table[column] for column in ours}


def test_array_literals_round_trip_through_postgresql(app):
    from sqlalchemy import text

    from recruit.extensions import db
    from recruit.models_base import text_array

    awkward = ["五险一金", 'say "hi"', "back\\slash", "a,b", "{braces}", " spaced ", "NULL", ""]
    with app.app_context():
        assert db.session.scalar(text("select cast(:a as text[])"), {"a": text_array(awkward)}) == awkward
        assert db.session.scalar(text("select cast(:a as text[])"), {"a": text_array([])}) == []


def _field_row(ref, **overrides):
    values = dict(zip(HEADER, _row(ref), strict=True))
    raw = {importer.HEADER_TO_FIELD[h]: (v or None) for h, v in values.items()}
    raw.update(overrides)
    return raw


def test_chunks_written_beside_validation_keep_order_counts_and_errors(app, make_employer):
    from sqlalchemy import select

    from recruit.extensions import db
    from recruit.reporting.reconcile import reconcile
    from recruit.vacancies.models import Vacancy

    employer = make_employer()
    _upload(employer, _csv([_row("C2"), _row("C5")]))
    rows = [(n, _field_row(f"C{n}")) for n in range(2, 12)]
    rows[3] = (5, _field_row("C5", headcount="9"))          # exists: an update
    rows[6] = (8, _field_row("C8", salary_min="abc"))       # bad row
    written = []
    with app.app_context():
        batch = importer.import_rows(employer_id=employer.extra["employer"]["id"], account_id=None,
                                     filename="chunks.csv", submit=True, rows=rows, chunk_size=3,
                                     progress=written.append)
        assert (batch.rows, batch.created, batch.updated, batch.unchanged, batch.failed) == (10, 7, 1, 1, 1)
        assert [e["row"] for e in batch.errors] == [8] and batch.errors[0]["column"] == "月薪下限"
        assert written == [3, 3, 3]  # every good row, chunk by chunk, in order
        refs = db.session.scalars(select(Vacancy.external_ref).where(
            Vacancy.employer_id == employer.extra["employer"]["id"])).all()
        assert sorted(refs) == sorted(f"C{n}" for n in range(2, 12) if n != 8)
        assert db.session.scalar(select(Vacancy.headcount).where(Vacancy.external_ref == "C5")) == 9
        assert reconcile() == []


def test_a_failing_chunk_stops_the_import_and_leaves_earlier_chunks_whole(app, make_employer):
    import psycopg
    import pytest
    from sqlalchemy import func, select, text

    from recruit.extensions import db
    from recruit.reporting.reconcile import reconcile
    from recruit.vacancies.models import ImportBatch, Vacancy

    employer = make_employer()
    rows = [(n, _field_row(f"F{n}")) for n in range(2, 9)]
    with app.app_context():
        # a real failure inside PostgreSQL while the second chunk (F5..F7) is copied
        db.session.execute(text("""
            create function refuse_f6() returns trigger language plpgsql as $$
            begin
              if new.external_ref = 'F6' then raise exception 'disk full'; end if;
              return new;
            end $$;
            create trigger refuse_f6 before insert on vacancies for each row execute function refuse_f6();
        """))
        db.session.commit()
        try:
            # the writer thread's error, raised in the caller
            with pytest.raises(psycopg.errors.RaiseException, match="disk full"):
                importer.import_rows(employer_id=employer.extra["employer"]["id"], account_id=None,
                                     filename="fails.csv", submit=True, rows=rows, chunk_size=3)
        finally:
            db.session.rollback()
            db.session.execute(text("drop trigger refuse_f6 on vacancies; drop function refuse_f6()"))
            db.session.commit()
        refs = db.session.scalars(select(Vacancy.external_ref).where(
            Vacancy.employer_id == employer.extra["employer"]["id"])).all()
        assert sorted(refs) == ["F2", "F3", "F4"]  # the first chunk; nothing of the second
        assert db.session.scalar(select(func.count()).select_from(ImportBatch)) == 0
        assert reconcile() == []


def _agency(client, make_employer, authorised_by=()):
    from tests.factories import employer_payload, register_and_login, verify_employer

    agency = register_and_login(client, "employer", "机构招聘专员")
    r = agency.post("/api/v1/employers", json=employer_payload(
        name="江城人力资源服务有限公司", is_agency=True, industry_code="L72"))
    assert r.status_code == 201
    agency.extra["employer"] = r.get_json()
    verify_employer(client.application, r.get_json()["id"])
    for employer in authorised_by:
        r = employer.post("/api/v1/employers/me/agencies", json={"credit_code": r.get_json()["credit_code"]})
        assert r.status_code == 201
    return agency


def _upload_for(actor, data: bytes, employer_id):
    return actor.client.post(
        "/api/v1/employers/me/vacancy-imports", headers=actor.headers,
        query_string={"submit": "true", "employer_id": employer_id},
        data={"file": (io.BytesIO(data), "clients.csv")}, content_type="multipart/form-data")


def test_an_agency_imports_for_a_client_that_authorised_it_and_only_then(app, client, make_employer):
    from sqlalchemy import func, select

    from recruit.extensions import db
    from recruit.vacancies.models import Vacancy
    from tests.factories import vacancy_payload

    authorising, other = make_employer("武汉某食品有限公司"), make_employer("未授权的公司")
    agency = _agency(client, make_employer, authorised_by=[authorising])
    client_id, agency_id = authorising.extra["employer"]["id"], agency.extra["employer"]["id"]

    r = _upload_for(agency, _csv([_row("AG1")]), other.extra["employer"]["id"])
    assert r.status_code == 422 and "employer_id" in r.get_json()["errors"]["query"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Vacancy)) == 0  # nothing written

    r = _upload_for(agency, _csv([_row("AG1"), _row("AG2", title="包装工")]), client_id)
    assert r.status_code == 201, r.get_json()
    body = r.get_json()
    assert (body["created"], body["employer_id"], body["agency_id"]) == (2, client_id, agency_id)
    # both sides see the vacancies, named for the client and the agency, and the batch
    for side in (authorising, agency):
        mine = {v["external_ref"]: v for v in side.get("/api/v1/employers/me/vacancies").get_json()}
        assert sorted(mine) == ["AG1", "AG2"]
        assert {(v["employer_name"], v["agency_name"]) for v in mine.values()} == {
            ("武汉某食品有限公司", "江城人力资源服务有限公司")}
        assert [b["id"] for b in side.get("/api/v1/employers/me/vacancy-imports").get_json()] == [body["id"]]
        assert side.get(f"/api/v1/employers/me/vacancy-imports/{body['id']}").status_code == 200
    assert other.get(f"/api/v1/employers/me/vacancy-imports/{body['id']}").status_code == 404

    # the client's own posting under a reference: the agency's file may not change it
    r = authorising.post("/api/v1/vacancies", json=vacancy_payload(external_ref="OWN-1"))
    assert r.status_code == 201
    r = _upload_for(agency, _csv([_row("OWN-1", title="改名"), _row("AG1", **{"招聘人数": "5"})]), client_id)
    body = r.get_json()
    assert (body["updated"], body["failed"]) == (1, 1) and body["errors"][0]["row"] == 2
    own = {v["external_ref"]: v for v in authorising.get("/api/v1/employers/me/vacancies").get_json()}
    assert own["OWN-1"]["title"] != "改名" and own["AG1"]["headcount"] == 5

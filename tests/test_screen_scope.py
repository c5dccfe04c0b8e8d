"""The ad screen's reach (issue 13, item 12): hits for staff only, the employer's name screened
like an ad, and XLSX uploads bounded before anything inflates them."""

import io
import zipfile

import pytest

from tests.factories import sync_search
from tests.test_vacancy_lifecycle import FLAGGED


def test_screen_hits_reach_staff_only(client, make_employer, make_vacancy, make_staff):
    employer = make_employer()
    held = make_vacancy(employer, description=FLAGGED)
    clean = make_vacancy(employer)
    for body in (held, clean, client.get(f"/api/v1/vacancies/{clean['id']}").get_json(),
                 employer.get(f"/api/v1/employers/me/vacancies/{held['id']}").get_json(),
                 *employer.get("/api/v1/employers/me/vacancies").get_json()):
        assert "screen_hits" not in body, body
    operator = make_staff("operator", "4201")
    detail = operator.get(f"/api/v1/review/vacancies/{held['id']}").get_json()
    assert detail["screen_hits"][0]["match"] == "限男性"
    assert operator.get("/api/v1/review/vacancies").get_json()[0]["screen_hits"]


def test_a_flagged_employer_name_is_refused_and_live_vacancies_keep_the_screened_one(
        app, search, client, make_employer, make_vacancy):
    from recruit.search import mappings
    from recruit.search.client import es

    employer = make_employer("武汉江城机电设备有限公司")
    vacancy = make_vacancy(employer)
    sync_search(app)
    r = employer.client.patch("/api/v1/employers/me", headers=employer.headers,
                              json={"name": "江城机电（有意者联系13912345678）"})
    assert r.status_code == 422 and list(r.get_json()["errors"]["json"]) == ["name"]
    assert "联系方式" in r.get_json()["message"] or "筛查" in r.get_json()["message"]
    assert employer.get("/api/v1/employers/me").get_json()["name"] == "武汉江城机电设备有限公司"
    public = client.get(f"/api/v1/vacancies/{vacancy['id']}").get_json()
    assert public["employer_name"] == "武汉江城机电设备有限公司"
    sync_search(app)
    with app.app_context():
        doc = es().get(index=mappings.alias("vacancies"), id=str(vacancy["id"]))["_source"]
    assert doc["employer_name"] == "武汉江城机电设备有限公司"
    # a clean name goes live at once, and the index follows
    r = employer.client.patch("/api/v1/employers/me", headers=employer.headers, json={"name": "江城机电集团"})
    assert r.status_code == 200
    sync_search(app)
    with app.app_context():
        doc = es().get(index=mappings.alias("vacancies"), id=str(vacancy["id"]))["_source"]
    assert doc["employer_name"] == "江城机电集团"


def test_registration_screens_the_name_too(client):
    from tests.factories import employer_payload, register_and_login

    actor = register_and_login(client, "employer")
    r = actor.post("/api/v1/employers", json=employer_payload(name="某公司（限男性）"))
    assert r.status_code == 422 and list(r.get_json()["errors"]["json"]) == ["name"]
    assert actor.get("/api/v1/me").get_json()["employer_id"] is None


def _zip(entries: list[tuple[str, bytes]], declared: dict | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return out.getvalue()


def _upload(actor, data: bytes):
    return actor.client.post("/api/v1/employers/me/vacancy-imports", headers=actor.headers,
                             data={"file": (io.BytesIO(data), "bomb.xlsx")},
                             content_type="multipart/form-data")


def test_a_zip_bomb_is_refused_before_openpyxl_reads_it(app, make_employer):
    employer = make_employer()
    # 200 MB of one byte deflates to about 200 KB: under the upload limit, far over the inflate bound
    bomb = _zip([("[Content_Types].xml", b"<Types/>"), ("xl/worksheets/sheet1.xml", b"\0" * (200 << 20))])
    assert len(bomb) < app.config["IMPORT_MAX_BYTES"]
    r = _upload(employer, bomb)
    assert r.status_code == 422 and r.get_json()["code"] == "xlsx_refused"
    assert list(r.get_json()["errors"]["files"]) == ["file"] and "解压后过大" in r.get_json()["message"]
    many = _zip([(f"xl/media/{i}.bin", b"x") for i in range(app.config["IMPORT_XLSX_MAX_ENTRIES"] + 1)])
    r = _upload(employer, many)
    assert r.status_code == 422 and "条目过多" in r.get_json()["message"]
    r = _upload(employer, b"PK\x03\x04 not really a zip")
    assert r.status_code == 422 and list(r.get_json()["errors"]["files"]) == ["file"]
    assert employer.get("/api/v1/employers/me/vacancy-imports").get_json() == []


def test_an_entry_that_lies_about_its_size_inflates_no_further(app):
    """The central directory's sizes are the bound even when an entry lies: zipfile stops reading
    an entry at its declared size, so openpyxl never sees more than was checked."""
    from recruit.vacancies import xlsx_guard

    data = bytearray(_zip([("xl/worksheets/sheet1.xml", b"\0" * (1 << 20))]))
    central = data.rindex(b"PK\x01\x02")
    data[central + 24:central + 28] = (1024).to_bytes(4, "little")  # declare 1 KB uncompressed
    local = data.index(b"PK\x03\x04")
    data[local + 22:local + 26] = (1024).to_bytes(4, "little")
    xlsx_guard.check(bytes(data), max_uncompressed=4096)  # passes the check as declared ...
    got = 0
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive, archive.open("xl/worksheets/sheet1.xml") as f, \
            pytest.raises(zipfile.BadZipFile):
        while chunk := f.read(256):
            got += len(chunk)
    assert got <= 1024  # ... and yields no more than declared before failing its CRC

"""Test data through the real API: actors with tokens, and valid national codes made on the fly."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass, field

import pytest
from stdnum.cn import ric, uscc

_seq = itertools.count(1)
_rng = random.Random(11643)
PASSWORD = "correct-horse-42"
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def phone() -> str:
    return f"139{next(_seq):08d}"


def credit_code(region: str = "420102") -> str:
    body = "91" + region + "".join(_rng.choices(_USCC_ALPHABET, k=9))
    return body + uscc.calc_check_digit(body)


def resident_id(region: str = "420102", birth: str = "19950307") -> str:
    body = f"{region}{birth}{_rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")


@dataclass
class Actor:
    client: object
    token: str
    account: dict
    extra: dict = field(default_factory=dict)

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, url, **kw):
        return self.client.get(url, headers=self.headers, **kw)

    def post(self, url, json=None, **kw):
        return self.client.post(url, json=json if json is not None else {}, headers=self.headers, **kw)


def sms_code(app, number: str) -> str | None:
    """The newest code the development SMS sink holds for a phone: tests read codes only here."""
    from recruit.notify import sms

    with app.app_context():
        return sms.latest_code(number)


def clear_code_throttle(app, number: str) -> None:
    """Let a test ask for another code at once (as if the 60 s had passed)."""
    from sqlalchemy import update

    from recruit.accounts.models import PhoneCode
    from recruit.accounts.otp import phone_hash_of
    from recruit.extensions import db
    from recruit.models_base import utcnow

    with app.app_context():
        db.session.execute(update(PhoneCode).where(PhoneCode.phone_hash == phone_hash_of(number))
                           .values(created_at=utcnow() - dt.timedelta(minutes=2)))
        db.session.commit()


def request_code(client, number: str, purpose: str) -> str | None:
    r = client.post("/api/v1/auth/codes", json={"phone": number, "purpose": purpose})
    assert r.status_code == 202, r.get_json()
    return sms_code(client.application, number)


def register(client, role: str, name: str = "测试用户", number: str | None = None,
             password: str = PASSWORD):
    """Registration the way a person does it: a code to the phone, then the form with it."""
    number = number or phone()
    code = request_code(client, number, "register")
    return client.post("/api/v1/auth/register", json={
        "role": role, "phone": number, "password": password, "display_name": name, "code": code}), number


def login(client, number: str, password: str = PASSWORD) -> dict:
    """API sign-in; an admin's second factor read from the SMS sink."""
    r = client.post("/api/v1/auth/login", json={"phone": number, "password": password})
    if r.status_code == 401 and r.get_json()["code"] == "second_factor_required":
        code = sms_code(client.application, number)
        r = client.post("/api/v1/auth/login", json={"phone": number, "password": password, "code": code})
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def register_and_login(client, role: str, name: str = "测试用户") -> Actor:
    r, number = register(client, role, name)
    assert r.status_code == 201, r.get_json()
    body = login(client, number)
    actor = Actor(client, body["access_token"], body["account"])
    actor.extra.update(phone=number, refresh_token=body["refresh_token"])
    return actor


def invitation_code(client, actor: Actor) -> str | None:
    """The invited member's phone code for accepting (the 60 s since its registration waived)."""
    clear_code_throttle(client.application, actor.extra["phone"])
    return request_code(client, actor.extra["phone"], "invitation")


def verify_employer(app, employer_id: int, status: str = "verified", reason: str | None = None) -> None:
    """Mark an organisation checked (as an operator of its region would)."""
    from recruit.employers.models import Employer
    from recruit.extensions import db
    from recruit.models_base import utcnow

    with app.app_context():
        employer = db.session.get(Employer, employer_id)
        employer.verification_status, employer.verification_reason = status, reason
        employer.verified_at = utcnow()
        db.session.commit()


def vacancy_payload(**overrides) -> dict:
    data = {
        "title": "维修电工",
        "description": "负责厂区高低压配电设备的日常巡检与维修，持电工证上岗，缴纳五险一金，包吃住。",
        "region_code": "420102",
        "occupation_code": "6-31",
        "headcount": 3,
        "salary_min": 6000,
        "salary_max": 9000,
    }
    data.update(overrides)
    return data


def employer_payload(**overrides) -> dict:
    data = {
        "name": "武汉江城机电设备有限公司",
        "credit_code": credit_code(overrides.get("region_code", "420102")),
        "region_code": "420102",
        "industry_code": "C38",
        "size_band": "medium",
        "address": "武汉市江岸区解放大道1000号",
        "contact_name": "张经理",
        "contact_phone": "027-82345678",
    }
    data.update(overrides)
    return data


@pytest.fixture
def make_employer(client):
    def make(name: str = "武汉江城机电设备有限公司", region: str = "420102", verified: bool = True) -> Actor:
        """An employer account with its organisation, verified unless asked otherwise."""
        actor = register_and_login(client, "employer", "张经理")
        r = actor.post("/api/v1/employers", json=employer_payload(name=name, region_code=region))
        assert r.status_code == 201, r.get_json()
        assert r.get_json()["verification_status"] == "pending"
        if verified:
            verify_employer(client.application, r.get_json()["id"])
            r = actor.get("/api/v1/employers/me")
        actor.extra["employer"] = r.get_json()
        return actor

    return make


@pytest.fixture
def make_jobseeker(client):
    def make(name: str = "李娜", region: str = "420102", birth: str = "19950307") -> Actor:
        actor = register_and_login(client, "jobseeker", name)
        number = resident_id(region, birth)
        r = actor.post("/api/v1/jobseekers/me", json={
            "name": name, "resident_id": number, "current_region_code": "420106"})
        assert r.status_code == 201, r.get_json()
        actor.extra.update(profile=r.get_json(), resident_id=number)
        return actor

    return make


@pytest.fixture
def make_vacancy():
    def make(employer: Actor, **overrides) -> dict:
        r = employer.post("/api/v1/vacancies", json=vacancy_payload(**overrides))
        assert r.status_code == 201, r.get_json()
        return r.get_json()

    return make


@pytest.fixture
def make_staff(app, client):
    """Operators and admins are created by the CLI's service, then log in through the API."""

    def make(role: str = "operator", region_prefix: str | None = "4201") -> Actor:
        from recruit.accounts import service

        number = phone()
        with app.app_context():
            service.register(role=role, phone=number, password=PASSWORD, display_name="王科员",
                             region_prefix=region_prefix if role == "operator" else None)
        body = login(client, number)
        actor = Actor(client, body["access_token"], body["account"])
        actor.extra.update(phone=number, refresh_token=body["refresh_token"])
        return actor

    return make


def sync_search(app) -> dict:
    """Run the outbox worker once and make the results visible to search."""
    from recruit.search import indexer, mappings, sync

    with app.app_context():
        result = sync.drain()
        for index in mappings.INDICES:
            indexer.refresh(index)
    return result


def resume_payload(**overrides) -> dict:
    """A complete resume as the mobile app sends it (POST /jobseekers/me adds name, ID, region)."""
    data = {
        "location": {"lat": 30.5928, "lon": 114.3055},
        "education_level": "associate",
        "major": "电气自动化技术",
        "graduation_year": 2018,
        "experience_years": 5,
        "skills": ["低压电工证", "PLC编程"],
        "work_history": [{"employer_name": "武汉某机电公司", "title": "维修电工",
                          "start_date": "2019-03-01", "end_date": None}],
        "desired_occupations": ["6-31", "6-31-01-03"],
        "desired_regions": ["4201", "420106"],
        "expected_salary": 7000,
        "preferred_employment_types": ["full_time"],
        "available_from": "2020-06-01",
        "self_introduction": "五年设备维修经验，能倒班。",
        "visibility": "public",
    }
    data.update(overrides)
    return data


def update_vacancy(app, vacancy_id: int, **fields) -> None:
    """Put a vacancy into a state the vacancies API cannot produce yet (expired, closed, draft)."""
    from recruit.extensions import db
    from recruit.vacancies.models import Vacancy

    with app.app_context():
        row = db.session.get(Vacancy, vacancy_id)
        for key, value in fields.items():
            setattr(row, key, value)
        db.session.commit()

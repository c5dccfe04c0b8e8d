"""Load of the campaign's three kinds of users against the API (the cluster shape through nginx).

Run by bench/load_test.py and bench/fault_drill.py; by hand:

    LOAD_ACCOUNTS=/tmp/load-accounts.json .venv/bin/locust -f bench/locustfile.py --headless \\
        -H http://127.0.0.1:8110 -u 20 -r 5 -t 60s --csv /tmp/load

- jobseekers (weight 6): search with realistic queries, view a vacancy from the results,
  recommendations, apply (with an Idempotency-Key);
- employers (weight 2): post a vacancy, import a small CSV (3 rows), review the applicants of
  one of their vacancies;
- operators (weight 1): headline and breakdown reports (the dashboard), CSV export.

Accounts come from bench/load_setup.py (LOAD_ACCOUNTS, JSON). Every user signs in through the
API once (POST /auth/login), unless the accounts carry a token for it ("tokens": {phone: token},
signed in just before the run by bench/load_test.py --steps). With LOAD_EVENTS=path every request is written as one JSON line
{t, name, status, ms, retry_after} and every acknowledged (2xx) write as {t, write, id} — the
fault drill checks each of those after recovery. 409 on a second application to the same
vacancy and 429 are answers, not failures of the system; 5xx and connection errors are failures.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import threading
import time
import uuid
from datetime import date
from pathlib import Path

from locust import HttpUser, between, events, task

ACCOUNTS = json.loads(Path(os.environ["LOAD_ACCOUNTS"]).read_text()) if os.environ.get("LOAD_ACCOUNTS") else {}
_counters = {role: itertools.count() for role in ("employers", "jobseekers", "operators")}
_lock = threading.Lock()
# one line per request, open for the whole run (flushed per line)
_events = (open(os.environ["LOAD_EVENTS"], "a", buffering=1)  # noqa: SIM115
           if os.environ.get("LOAD_EVENTS") else None)

# what people type into the campaign's search box (titles, trades, places, perks, wages)
QUERIES = ["电焊工", "叉车司机", "普工 包吃住", "服务员", "快递员", "会计", "保安", "厨师", "销售 底薪",
           "护工", "仓库管理员", "司机 C1", "实习 高校毕业生", "程序员", "月薪6000", "武汉 普工",
           "装配工", "数控车床", "外卖骑手", "客服", "育婴师", "水电工", "保洁", "物流 分拣", "电工证",
           "dianhan", "文员 双休", "五险一金 操作工", "深圳 电子厂", "返岗 农民工"]
REGIONS = [None, None, None, "42", "4201", "44", "33"]
TITLES = ["冷库叉车司机", "电子厂普工", "仓储分拣员", "餐厅服务员", "快递派件员", "数控车床操作工"]
DESCRIPTION = "负责冷库货物叉车装卸与盘点，持叉车证上岗，缴纳五险一金，包吃住，欢迎返岗务工人员报名。"
REGION_CODES = ["420102", "420106", "420111", "440305", "330106", "320106"]


def _next(role: str) -> str:
    phones = ACCOUNTS[role]
    with _lock:
        return phones[next(_counters[role]) % len(phones)]


def record(**row) -> None:
    if _events:
        _events.write(json.dumps({"t": round(time.time(), 3), **row}, ensure_ascii=False) + "\n")


@events.request.add_listener
def _on_request(request_type, name, response_time, response_length, response=None, exception=None, **kw):
    if not _events:
        return
    status = getattr(response, "status_code", 0) if response is not None else 0
    retry_after = response.headers.get("Retry-After") if response is not None and status >= 400 else None
    record(name=name, status=status or 0, ms=round(response_time or 0, 1), retry_after=retry_after,
           error=None if exception is None or status else type(exception).__name__)


class _Signed(HttpUser):
    abstract = True
    role = ""
    token = ""

    def on_start(self) -> None:
        phone = _next(self.role)
        # signed in before the run (bench/load_test.py's step mode): no argon2 in the measured window
        if token := ACCOUNTS.get("tokens", {}).get(phone):
            self.token = token
            self.client.headers["Authorization"] = f"Bearer {token}"
            return
        for _ in range(10):
            with self.client.post("/api/v1/auth/login", json={"phone": phone, "password": ACCOUNTS["password"]},
                                  name="POST /auth/login", catch_response=True) as r:
                if r.status_code == 200:
                    self.token = r.json()["access_token"]
                    self.client.headers["Authorization"] = f"Bearer {self.token}"
                    return
                r.failure(f"login {r.status_code}")
            time.sleep(1)

    def ok(self, r, *also: int) -> bool:
        """2xx (and the statuses in also) are answers; 429 is the throttle answering."""
        if r.status_code < 300 or r.status_code in also or r.status_code == 429:
            r.success()
            return r.status_code < 300
        r.failure(f"{r.status_code}")
        return False


class Jobseeker(_Signed):
    role = "jobseekers"
    weight = 6
    wait_time = between(0.5, 2.5)

    def on_start(self) -> None:
        super().on_start()
        self.seen: list[int] = list(ACCOUNTS.get("vacancies", []))
        self.applied: set[int] = set()

    @task(10)
    def search(self) -> None:
        params = {"q": random.choice(QUERIES)}
        if region := random.choice(REGIONS):
            params["region"] = region
        if random.random() < 0.2:
            params["page"] = 2
        with self.client.get("/api/v1/search/vacancies", params=params, name="GET /search/vacancies",
                             catch_response=True) as r:
            if self.ok(r):
                ids = [h["id"] for h in r.json().get("hits", [])]
                self.seen.extend(ids[:5])
                del self.seen[:-200]

    @task(5)
    def view(self) -> None:
        if not self.seen:
            return
        with self.client.get(f"/api/v1/vacancies/{random.choice(self.seen)}", name="GET /vacancies/{id}",
                             catch_response=True) as r:
            self.ok(r, 404)  # closed or expired since it was listed

    @task(3)
    def recommendations(self) -> None:
        with self.client.get("/api/v1/me/recommendations", name="GET /me/recommendations",
                             catch_response=True) as r:
            self.ok(r)

    @task(2)
    def apply(self) -> None:
        candidates = [v for v in self.seen if v not in self.applied]
        if not candidates:
            return
        vacancy_id = random.choice(candidates)
        self.applied.add(vacancy_id)
        with self.client.post(f"/api/v1/vacancies/{vacancy_id}/applications", json={"channel": "search"},
                              headers={"Idempotency-Key": uuid.uuid4().hex},
                              name="POST /vacancies/{id}/applications", catch_response=True) as r:
            # 409 applied before (another user of the same account), 404/422 vacancy closed
            if self.ok(r, 409, 404, 422) and r.status_code == 201:
                record(write="application", id=r.json()["id"])


class Employer(_Signed):
    role = "employers"
    weight = 2
    wait_time = between(1, 4)

    @task(4)
    def post_vacancy(self) -> None:
        body = {"title": random.choice(TITLES), "description": DESCRIPTION,
                "region_code": random.choice(REGION_CODES), "occupation_code": "6-31",
                "headcount": random.choice([1, 2, 5, 10]), "salary_min": 5000, "salary_max": 8000}
        with self.client.post("/api/v1/vacancies", json=body, name="POST /vacancies", catch_response=True) as r:
            if self.ok(r):
                v = r.json()
                record(write="vacancy", id=v["id"], status=v.get("status"), title=v.get("title"))

    @task(1)
    def import_csv(self) -> None:
        tag = uuid.uuid4().hex[:10]
        lines = ["岗位编号,岗位名称,岗位描述,职业代码,工作地点区划代码,招聘人数,月薪下限,月薪上限"]
        for n in range(3):
            lines.append(f"L{tag}{n},{random.choice(TITLES)},{DESCRIPTION},6-31,{random.choice(REGION_CODES)},2,5000,7000")
        data = ("\n".join(lines) + "\n").encode()
        with self.client.post("/api/v1/employers/me/vacancy-imports", params={"submit": "true"},
                              files={"file": (f"import-{tag}.csv", data, "text/csv")},
                              name="POST /employers/me/vacancy-imports", catch_response=True) as r:
            if self.ok(r):
                record(write="import", id=r.json()["id"])

    @task(4)
    def review_applicants(self) -> None:
        with self.client.get("/api/v1/employers/me/vacancies", name="GET /employers/me/vacancies",
                             catch_response=True) as r:
            if not self.ok(r):
                return
            mine = [v["id"] for v in r.json()]
        if mine:
            with self.client.get(f"/api/v1/vacancies/{random.choice(mine)}/applications",
                                 name="GET /vacancies/{id}/applications", catch_response=True) as r:
                self.ok(r)


class Operator(_Signed):
    role = "operators"
    weight = 1
    wait_time = between(2, 5)

    @task(4)
    def headline(self) -> None:
        with self.client.get("/api/v1/reports/headline", params={"as_of": date.today().isoformat()},
                             name="GET /reports/headline", catch_response=True) as r:
            self.ok(r)

    @task(3)
    def breakdown(self) -> None:
        by = random.choice(["day", "region", "occupation", "channel"])
        with self.client.get("/api/v1/reports/breakdown", params={"as_of": date.today().isoformat(), "by": by},
                             name="GET /reports/breakdown", catch_response=True) as r:
            self.ok(r)

    @task(1)
    def export(self) -> None:
        with self.client.get("/api/v1/reports/export.csv", params={"as_of": date.today().isoformat(), "by": "region"},
                             name="GET /reports/export.csv", catch_response=True) as r:
            self.ok(r)

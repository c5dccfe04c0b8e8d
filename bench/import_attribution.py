"""Campaign attribution in the bulk importer: one 10,000-row file imported with no running
campaign, then with 20 (random rules: groups, regions, occupations, industries), then again,
timing the whole import and the chunk's one attribution statement
(`UPDATE vacancies ... FROM (ATTRIBUTION_SQL)`).

    BENCH_DB=postgresql+psycopg://recruit:...@127.0.0.1:55433/recruit_bench_attribution \\
    .venv/bin/python bench/import_attribution.py

Drops and recreates the schema of BENCH_DB. Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import sys
import time
import uuid
from pathlib import Path

from cryptography.fernet import Fernet

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.update({"SECRET_KEY": secrets.token_urlsafe(32), "JWT_SECRET_KEY": secrets.token_urlsafe(32),
                   "PII_ENCRYPTION_KEY": Fernet.generate_key().decode(),
                   "PII_HASH_KEY": secrets.token_urlsafe(32)})

from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import event, text  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.campaigns.models import Campaign  # noqa: E402
from recruit.employers.models import Employer  # noqa: E402
from recruit.extensions import db  # noqa: E402
from recruit.vacancies import importer  # noqa: E402

HEADER = "岗位编号,岗位名称,岗位描述,工作地点区划代码,职业代码,行业代码,招聘人数,月薪下限,月薪上限,欢迎群体"


def csv_file(rng: random.Random, tag: str) -> bytes:
    rows = [HEADER]
    for i in range(10_000):
        rows.append(",".join([
            f"{tag}{i}", f"电工{i}", "负责厂区设备的日常巡检与维修，持证上岗，缴纳五险一金。",
            rng.choice(["420102", "420106", "440103", "110101", "330102"]),
            rng.choice(["6-31", "4-01", "2-02", "6-28"]), rng.choice(["C38", "E47", "C13"]),
            str(rng.randrange(1, 20)), "4000", "8000", rng.choice(["高校毕业生", "农民工", ""])]))
    return "\n".join(rows).encode()


def campaigns(rng: random.Random, n: int) -> list[Campaign]:
    now = dt.datetime.now(dt.UTC)
    return [Campaign(name=f"专场{i}", kind="region", starts_at=now - dt.timedelta(days=1),
                     ends_at=now + dt.timedelta(days=9),
                     target_groups=rng.sample(["graduate", "migrant_worker", "veteran"], 2),
                     regions=rng.sample(["42", "4201", "44", "11", "33"], 2), industries=["C38"],
                     occupations=rng.sample(["6", "6-31", "4-01"], 2), rule_welcomes_group=True,
                     rule_employer_region=i % 3 == 0, rule_occupation=i % 2 == 0, rule_industry=i % 4 == 0)
            for i in range(n)]


def main() -> None:
    app = create_app({"SQLALCHEMY_DATABASE_URI": os.environ["BENCH_DB"],
                      "SEARCH_INDEX_PREFIX": f"bench-{uuid.uuid4().hex[:6]}"})
    rng = random.Random(1)
    with app.app_context():
        with db.engine.begin() as conn:
            conn.execute(text("drop schema public cascade"))
            conn.execute(text("create schema public"))
        upgrade()
        employer = Employer(name="测试公司", credit_code="91420102MA4K000000", region_code="420102",
                            industry_code="C38", verification_status="verified", size_band="medium",
                            contact_name="张", contact_phone="027-82345678")
        db.session.add(employer)
        db.session.commit()
        timings: list[float] = []

        def before(conn, cursor, statement, params, context, executemany):
            conn.info["t0"] = time.perf_counter()

        def after(conn, cursor, statement, params, context, executemany):
            if statement.lstrip().lower().startswith("update vacancies v set published_campaign_ids"):
                timings.append(time.perf_counter() - conn.info["t0"])

        event.listen(db.engine, "before_cursor_execute", before)
        event.listen(db.engine, "after_cursor_execute", after)
        for label, new_campaigns in (("no campaign running", 0), ("20 running", 20), ("20 running, again", 0)):
            db.session.add_all(campaigns(rng, new_campaigns))
            db.session.commit()
            timings.clear()
            started = time.perf_counter()
            batch = importer.import_file(employer_id=employer.id, account_id=None, filename="b.csv",
                                         data=csv_file(rng, f"{label[:2]}{new_campaigns}"), submit=True)
            total = time.perf_counter() - started
            pairs = db.session.scalar(text(
                "select coalesce(sum(cardinality(published_campaign_ids)), 0) from vacancies"))
            print(f"{label}: {batch.created} rows in {total:.2f} s; attribution statement "
                  f"{[round(t * 1000) for t in timings]} ms; (vacancy, campaign) pairs so far {pairs}")


if __name__ == "__main__":
    main()

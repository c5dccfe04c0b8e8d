"""Accounts for the load test and the fault drill, made with the project's services.

Run with the app hosts' settings (bench/load_test.py does it: the variables of
$CLUSTER_HOME/shared/app.env). Makes verified employers (each with a few published vacancies),
jobseekers with resumes and one operator (no second factor; admins need one), all with one
password, and writes {"password", "employers", "jobseekers", "operators", "vacancies"} as JSON to
--out. Idempotent enough: a second run adds more accounts.

    python bench/load_setup.py --employers 20 --jobseekers 40 --out /tmp/load-accounts.json
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from recruit import create_app  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employers", type=int, default=20)
    parser.add_argument("--vacancies-per-employer", type=int, default=3)
    parser.add_argument("--jobseekers", type=int, default=40)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    password = "Ld-" + secrets.token_urlsafe(12)
    app = create_app()
    with app.app_context():
        from recruit.accounts import service as accounts
        from recruit.accounts.models import Account
        from recruit.demo import Demo
        from recruit.extensions import db

        demo = Demo(seed=7000 + db.session.scalar(select(db.func.count()).select_from(Account)),
                    held_every=10**9, password=password)
        employers, jobseekers, vacancy_ids = [], [], []
        for _ in range(args.employers):
            account = demo.employer()
            employers.append(account.phone)
            for _ in range(args.vacancies_per_employer):
                vacancy = demo.vacancy(account)
                if vacancy.status == "published":
                    vacancy_ids.append(vacancy.id)
        for _ in range(args.jobseekers):
            demo.jobseeker()
        # demo.jobseeker() returns the profile; read the phones back (this run's password hash)
        jobseekers = list(db.session.scalars(
            select(Account.phone).where(Account.role == "jobseeker", Account.password_hash == demo.password_hash)))
        operator_phone = demo.phone()
        accounts.register(role="operator", phone=operator_phone, password=password,
                          display_name="压测运营", region_prefix="42")
    Path(args.out).write_text(json.dumps({
        "password": password, "employers": employers, "jobseekers": jobseekers,
        "operators": [operator_phone], "vacancies": vacancy_ids}))
    print(f"made {len(employers)} employers, {len(vacancy_ids)} published vacancies, "
          f"{len(jobseekers)} jobseekers, 1 operator → {args.out}")


if __name__ == "__main__":
    main()

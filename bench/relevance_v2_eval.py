"""relevance_v2 through the HTTP API: employers upload the set's CSV files, jobseekers' queries go
to GET /api/v1/search/vacancies, a plain multi_match baseline runs over the same rows.

    .venv/bin/python bench/relevance_v2_eval.py [--write docs/search-quality.md] [--limit N]

What bench/relevance_v2/RULES.md asks of a runner, step by step. Requests go through the whole
WSGI application (routing, schemas, access, services) by Flask's test client, so no port is
needed; the platform's database is a scratch one (DATABASE_URL's server, database
recruit_bench_relevance, dropped and made anew) and the indices use their own prefix.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import statistics
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).parent
SET = HERE / "relevance_v2"
sys.path.insert(0, str(SET))
sys.path.insert(0, str(HERE.parent))

import metrics  # noqa: E402
from sqlalchemy import create_engine, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from stdnum.cn import uscc  # noqa: E402

from recruit import config as config_module  # noqa: E402
from recruit import create_app  # noqa: E402
from recruit.accounts import service as accounts  # noqa: E402
from recruit.accounts.models import Account  # noqa: E402
from recruit.employers import verification  # noqa: E402
from recruit.extensions import db  # noqa: E402
from recruit.search import indexer  # noqa: E402
from recruit.search import sync as search_sync  # noqa: E402
from recruit.search.client import es  # noqa: E402
from recruit.vacancies.models import Vacancy  # noqa: E402

COLUMNS = ["external_ref", "title", "description", "occupation_code", "industry_code", "region_code",
           "headcount", "salary_min", "salary_max", "education_min", "experience_min_years",
           "employment_type", "benefits", "welcomed_groups"]
PASSWORD = "bench-" + uuid.uuid4().hex
BASELINE = {"properties": {"ref": {"type": "keyword"},
                           "title": {"type": "text", "analyzer": "standard"},
                           "description": {"type": "text", "analyzer": "standard"}}}


def _grading(folder: Path) -> ModuleType:
    """The set's own grading rules (each set folder carries a grading.py with grades_for, which
    may import its folder's other modules)."""
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location(f"grading_{folder.name}", folder / "grading.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


grading = _grading(SET)


def load(query_file: str = "queries.jsonl", folder: Path = SET) -> tuple[list[dict], list[dict]]:
    rows = [json.loads(x) for x in (folder / "vacancies.jsonl").read_text(encoding="utf-8").splitlines() if x]
    queries = [json.loads(x) for x in (folder / query_file).read_text(encoding="utf-8").splitlines() if x]
    return rows, queries


def scratch_app(prefix: str):
    base = make_url(config_module.load()["SQLALCHEMY_DATABASE_URI"])
    name = "recruit_bench_relevance"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"drop database if exists {name} with (force)"))
        conn.execute(text(f"create database {name}"))
    admin.dispose()
    app = create_app({"SQLALCHEMY_DATABASE_URI": base.set(database=name).render_as_string(
        hide_password=False), "SEARCH_INDEX_PREFIX": prefix,
        "RATE_LIMITS": dict.fromkeys(config_module.load()["RATE_LIMITS"], "1000000/minute"),
        "ARGON2_TIME_COST": 1, "ARGON2_MEMORY_COST": 1024})
    with app.app_context():
        from flask_migrate import upgrade

        upgrade()
        indexer.ensure_indices()
    return app


def _csv(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({c: "|".join(row[c]) if isinstance(row.get(c), list) else
                         ("" if row.get(c) is None else row[c]) for c in COLUMNS})
    return out.getvalue().encode("utf-8")


def _token(client, phone: str) -> dict:
    r = client.post("/api/v1/auth/login", json={"phone": phone, "password": PASSWORD})
    assert r.status_code == 200, r.get_json()
    return {"Authorization": f"Bearer {r.get_json()['access_token']}"}


def upload(app, rows: list[dict]) -> dict:
    """One employer per name, registered through the API; its rows uploaded as one CSV."""
    client = app.test_client()
    by_employer: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_employer[row["employer_name"]].append(row)
    made = {"rows": len(rows), "created": 0, "failed": 0, "errors": defaultdict(int)}
    with app.app_context():
        admin = accounts.register(role="admin", phone="13699999999", password=PASSWORD,
                                  display_name="评测")
    for n, (name, own) in enumerate(sorted(by_employer.items())):
        phone = f"137{n:08d}"
        with app.app_context():
            accounts.register(role="employer", phone=phone, password=PASSWORD, display_name="招聘专员")
        headers = _token(client, phone)
        body = "91" + "420102" + f"{n:09d}".replace("I", "1")
        r = client.post("/api/v1/employers", headers=headers, json={
            "name": name, "credit_code": body + uscc.calc_check_digit(body), "region_code": "420102",
            "industry_code": "C38", "size_band": "medium", "address": "湖北省武汉市", "contact_name": "招聘专员",
            "contact_phone": "027-82345678"})
        assert r.status_code == 201, r.get_json()
        with app.app_context():  # what the region's operator does before the employer may publish
            verification.decide(db.session.merge(admin), r.get_json()["id"], approve=True, reason=None)
        r = client.post("/api/v1/employers/me/vacancy-imports?submit=true", headers=headers,
                        data={"file": (io.BytesIO(_csv(own)), "vacancies.csv")},
                        content_type="multipart/form-data")
        assert r.status_code == 201, r.get_json()
        batch = r.get_json()
        made["created"] += batch["created"]
        made["failed"] += batch["failed"]
        for error in batch.get("errors", []):
            made["errors"][f"{error.get('column')}: {error.get('reason')}"] += 1
    return made


def publish_and_index(app) -> dict:
    """What an operator does with the held-back ads (approve), then the index catches up."""
    from recruit.vacancies import service as vacancies

    with app.app_context():
        admin = db.session.scalar(select(Account).where(Account.role == "admin"))
        held = list(db.session.scalars(select(Vacancy.id).where(Vacancy.status == "pending_review")))
        for vacancy_id in held:
            vacancies.approve(admin, vacancy_id)
        search_sync.drain(2000)
        indexer.refresh("vacancies")
        published = db.session.scalar(select(text("count(*)")).select_from(Vacancy).where(
            Vacancy.status == "published"))
        refs = dict(db.session.execute(select(Vacancy.id, Vacancy.external_ref)).all())
    return {"approved": len(held), "published": published, "refs": refs}


def baseline_index(rows: list[dict], name: str) -> None:
    es().indices.create(index=name, mappings=BASELINE, settings={"number_of_shards": 1,
                                                                  "number_of_replicas": 0})
    ops = []
    for row in rows:
        ops += [{"index": {"_index": name, "_id": row["external_ref"]}},
                {"ref": row["external_ref"], "title": row["title"], "description": row["description"]}]
    for i in range(0, len(ops), 2000):
        es().bulk(operations=ops[i:i + 2000])
    es().indices.refresh(index=name)


def platform_search(client, q: str, refs: dict[int, str]) -> tuple[list[str], dict, float]:
    started = time.perf_counter()
    r = client.get("/api/v1/search/vacancies", query_string={"q": q, "per_page": 50})
    took = time.perf_counter() - started
    assert r.status_code == 200, (q, r.get_json())
    body = r.get_json()
    return [refs.get(h["id"], f"?{h['id']}") for h in body["hits"]], body, took


def baseline_search(name: str, q: str) -> list[str]:
    resp = es().search(index=name, size=50, query={"multi_match": {"query": q,
                                                                  "fields": ["title", "description"]}})
    return [h["_id"] for h in resp["hits"]["hits"]]


def evaluate(app, rows, queries, refs, baseline: str, dump: list | None = None) -> dict:
    client = app.test_client()
    titles = {row["external_ref"]: row["title"] for row in rows}
    per: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    levels: dict[str, int] = defaultdict(int)
    latencies = []
    for query in queries:
        grades = grading.grades_for(query, rows)
        ours, body, took = platform_search(client, query["q"], refs)
        latencies.append(took)
        theirs = baseline_search(baseline, query["q"])
        levels[str(body.get("match_level"))] += 1
        cat = query["category"]
        answerable = query["intent"].get("answerable", True)
        if dump is not None:
            dump.append(_explain(query, grades, ours, theirs, body, titles))
        for side, ranked in (("platform", ours), ("baseline", theirs)):
            if answerable:
                for metric, value in (("ndcg", metrics.ndcg_at_k(ranked, grades, 10)),
                                      ("recall", metrics.recall_at_k(ranked, grades, 50, relevant_min=2))):
                    if value is not None:
                        per[cat][f"{side}_{metric}"].append(value)
                        per["_all"][f"{side}_{metric}"].append(value)
                per[cat][f"{side}_zero"].append(not ranked)
                per["_all"][f"{side}_zero"].append(not ranked)
            else:
                false_hits = sum(1 for ref in ranked[:10] if not grades.get(ref))
                per["_unanswerable"][f"{side}_empty"].append(not ranked)
                per["_unanswerable"][f"{side}_false_top10"].append(false_hits)
    return {"per": per, "levels": dict(levels), "latency_ms_median": 1000 * statistics.median(latencies)}


def _explain(query: dict, grades: dict, ours: list[str], theirs: list[str], body: dict,
             titles: dict[str, str]) -> dict:
    """One query's outcome, for reading failures (--dump)."""
    def ndcg(ranked: list[str]) -> float | None:
        return metrics.ndcg_at_k(ranked, grades, 10)
    missed = [r for r, g in sorted(grades.items(), key=lambda kv: -kv[1]) if g >= 2 and r not in ours[:50]]
    return {"q": query["q"], "category": query["category"], "intent": query["intent"],
            "ndcg": ndcg(ours), "baseline_ndcg": ndcg(theirs), "match_level": body.get("match_level"),
            "understood": body.get("understood"), "total": body.get("total"),
            "top10": [(titles.get(r, r), grades.get(r, 0)) for r in ours[:10]],
            "baseline_top10": [(titles.get(r, r), grades.get(r, 0)) for r in theirs[:10]],
            "relevant": sum(1 for g in grades.values() if g >= 2),
            "missed": [(titles.get(r, r), grades[r]) for r in missed[:10]]}


def _mean(xs: list) -> float:
    return sum(xs) / len(xs) if xs else float("nan")


def report(result: dict, loaded: dict, command: str) -> str:
    per = result["per"]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=HERE).stdout.strip()
    lines = [f"Command: `{command}` (commit {commit}); {loaded['rows']} rows uploaded, "
             f"{loaded['created']} created, {loaded['failed']} refused, {loaded['approved']} approved "
             f"after screening, {loaded['published']} published.", "",
             "| category | queries | NDCG@10 | baseline | recall@50 | baseline | zero-result | baseline |",
             "|---|---|---|---|---|---|---|---|"]
    for cat in sorted(c for c in per if not c.startswith("_")) + ["_all"]:
        m = per[cat]
        lines.append(f"| {'overall' if cat == '_all' else cat} | {len(m['platform_zero'])} | "
                     f"{_mean(m['platform_ndcg']):.3f} | {_mean(m['baseline_ndcg']):.3f} | "
                     f"{_mean(m['platform_recall']):.3f} | {_mean(m['baseline_recall']):.3f} | "
                     f"{_mean(m['platform_zero']):.3f} | {_mean(m['baseline_zero']):.3f} |")
    u = per["_unanswerable"]
    lines += ["", f"Queries without an answer ({len(u['platform_empty'])}): empty page "
              f"{sum(u['platform_empty'])} (baseline {sum(u['baseline_empty'])}); unrelated hits in the "
              f"top 10, mean {_mean(u['platform_false_top10']):.1f} (baseline "
              f"{_mean(u['baseline_false_top10']):.1f}).",
              f"match_level of the answers: {result['levels']}; median latency through the app "
              f"{result['latency_ms_median']:.0f} ms.", ""]
    if loaded["errors"]:
        lines.append("Refused rows: " + "; ".join(f"{k} ×{v}" for k, v in sorted(loaded["errors"].items())))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", help="replace the relevance_v2 section of this markdown file")
    parser.add_argument("--limit", type=int, help="only the first N vacancies (a quick try)")
    parser.add_argument("--dump", help="write each query's outcome (JSON lines) here, for reading failures")
    parser.add_argument("--queries", default="queries.jsonl",
                        help="the query file in bench/relevance_v2 (holdout.jsonl: the held-out set, HOLDOUT.md)")
    parser.add_argument("--set", type=Path, default=SET,
                        help="another set's folder (vacancies.jsonl, the query file, grading.py), e.g. "
                             "bench/relevance_v3")
    args = parser.parse_args()
    global grading
    grading = _grading(args.set)
    dump: list | None = [] if args.dump else None
    rows, queries = load(args.queries, args.set)
    rows = rows[: args.limit] if args.limit else rows
    prefix = f"bench-rel2-{uuid.uuid4().hex[:6]}"
    app = scratch_app(prefix)
    baseline = f"{prefix}-baseline"
    try:
        loaded = upload(app, rows)
        with app.app_context():
            published = publish_and_index(app)
            refs = published.pop("refs")
            loaded.update(published)
            baseline_index(rows, baseline)
            result = evaluate(app, rows, queries, refs, baseline, dump)
    finally:
        with app.app_context():
            es().indices.delete(index=baseline, ignore_unavailable=True)
            indexer.drop_indices()
    text_out = report(result, loaded, "bench/relevance_v2_eval.py" + (" " + " ".join(sys.argv[1:])
                                                                        if sys.argv[1:] else ""))
    print(text_out)
    if dump is not None:
        Path(args.dump).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dump),
                                   encoding="utf-8")
    if args.write:
        path = Path(args.write)
        doc = path.read_text(encoding="utf-8")
        name = args.set.name + ("" if args.queries == "queries.jsonl" else "_" + Path(args.queries).stem)
        start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
        block = f"{start}\n{text_out}\n{end}"
        if start in doc:
            doc = doc[: doc.index(start)] + block + doc[doc.index(end) + len(end):]
        else:
            doc += f"\n## {name} (written apart from the code)\n\n" + block + "\n"
        path.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
